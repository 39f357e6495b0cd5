// The patients' use cases outside the identity editor (services/identityform.h): a patient read, the
// registry's size, a patient's cases with their sessions, committees and fiches for the patient card, the
// duplicate-review mark cleared, and the delete of a patient who has no case.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/patient.h"
#include "models/domain/rcp.h"
#include "models/domain/roles.h"
#include "models/domain/session.h"
#include "models/store/storeresult.h"

#include <QPointer>
#include <functional>
#include <optional>
#include <vector>

namespace concerto {

class Database;
class ReadWorker;

// One case of a patient, with what the card shows beside it.
struct PatientCase {
    Inscription inscription;
    std::optional<Session> session;
    std::optional<Rcp> committee;
    std::vector<Fiche> fiches; // its fiches, every version
};

class PatientService final {
public:
    // `reader` answers the reads made off the window's thread.
    // Writes as `actor`, who must be allowed to change identities.
    PatientService(Database &db, ReadWorker &reader, const Actor &actor)
        : m_db(db)
        , m_reader(reader)
        , m_actor(actor) {}

    StoreRead<std::optional<Patient>> find(const QUuid &id) const;
    StoreRead<int> count() const;
    // The patient's cases, in the store's order, each with its session, committee and fiches.
    StoreRead<std::vector<PatientCase>> cases(const QUuid &patientId) const;
    // The same, read off the window's thread: `answer` runs later on this thread, unless `context` was
    // destroyed meanwhile.
    void readCases(const QUuid &patientId, QObject *context,
                   std::function<void(const StoreRead<std::vector<PatientCase>> &)> answer);

    // A person looked at both identities of a duplicate-review mark: different people, the mark goes.
    StoreResult clearDuplicateMark(const QUuid &patientId);
    // Whether the patient may be deleted (no case, no fiche); `why` says why not or why it is unknown.
    bool mayDelete(const QUuid &patientId, QString *why = nullptr) const;
    StoreResult remove(const QUuid &patientId);

private:
    Database &m_db;
    ReadWorker &m_reader;
    const Actor &m_actor;
};

} // namespace concerto
