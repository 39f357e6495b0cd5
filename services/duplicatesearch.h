// Where the registry is searched for identities that may be the same person (identity::resemblance):
// before a new identity is saved, at the import of patients, and over the whole registry.
#pragma once

#include "models/identity/duplicates.h"
#include "models/store/repositories.h"

namespace concerto::identity {

// The living identities that may be the same person as `patient` (itself left out), in the list's order.
StoreRead<std::vector<DuplicateCandidate>> duplicatesOf(const PatientRepository &patients,
                                                        const Patient &patient);

// Every pair of living identities of the registry that may be the same person. Reads the folded names
// of all patients grouped by birth date and sex (never all pairs), then the records of the likely pairs.
StoreRead<std::vector<DuplicatePair>> findAllDuplicates(const PatientRepository &patients);

} // namespace concerto::identity
