// What the directory's records need for the national documents: the FINESS, type and address of an
// establishment; the FINESS, national identifier and address of a 3C; the national identifier of the
// network and of an RCP; a physician's RPPS and national specialty. One message a fault, in words a
// secretary reads; the FRCP document header cannot be written for a record that fails.
#pragma once

#include "models/domain/organisation.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/validation/check.h"

namespace concerto::validation {

// - every organisation: a name; a postal code, when given, of the right form;
// - establishment: FINESS (key checked), a national establishment type (TRE_R02), street, postal code
//   and city;
// - 3C: the FINESS of its legal entity or host establishment, its national identifier (digits), street,
//   postal code and city;
// - network: its national identifier (digits).
Check checkOrganisation(const Organisation &organisation);

// An RPPS number (key checked), a last name, a profession, and for a physician a specialty of the
// national list (or "other").
Check checkProfessional(const Professional &professional);

// A name and the RCP's national identifier (digits); the specialties of its quorum rule are national
// codes.
Check checkRcpDirectory(const Rcp &rcp);

} // namespace concerto::validation
