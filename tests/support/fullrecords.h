// Records with every field set to a value other than its default, one of each aggregate, and the same
// aggregates as a newer version of Concerto writes them (tests/data/newer-version).
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"

namespace concerto::test {

Organisation fullOrganisation();
Professional fullProfessional();
Rcp fullRcp();
Session fullSession();
Patient fullPatient();
Inscription fullInscription();
Fiche fullFiche();

// tests/data/newer-version/NAME.json; an empty object when it cannot be read.
QJsonObject newerVersion(const QString &name);

} // namespace concerto::test
