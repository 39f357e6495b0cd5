// Small, fully filled domain records for tests: one of each aggregate, linked together.
#pragma once

#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

namespace concerto::test {

Patient samplePatient();
Rcp sampleRcp();
Session sampleSession(const QUuid &rcpId);
Inscription sampleInscription(const QUuid &sessionId, const QUuid &patientId);
Fiche sampleFiche(const Inscription &inscription);

// Saves a patient, an RCP, a session, a case and its draft fiche, ready to sign; returns the fiche.
Fiche saveSampleCase(Database &db);

// What tests/crashwriter needs in a database: a session its cases go to, and a patient whose used name
// it rewrites at every unit (the counter). Saves an RCP, the session and the counter.
struct WriterSeed {
    QUuid sessionId;
    QUuid counterId;
};
WriterSeed saveWriterSeed(Database &db);

} // namespace concerto::test
