// A patient's reads for the screens and the writes of the duplicate review.
#include "services/patientservice.h"

#include "models/store/ficherepository.h"
#include "models/store/readworker.h"
#include "models/store/repositories.h"
#include "services/identityform.h"
#include "services/rights.h"

#include <map>

namespace concerto {

StoreRead<std::optional<Patient>> PatientService::find(const QUuid &id) const {
    return PatientRepository(m_db).find(id);
}

StoreRead<int> PatientService::count() const {
    return PatientRepository(m_db).count();
}

namespace {

// A patient's cases read on `db` (the window's connection or the read worker's).
StoreRead<std::vector<PatientCase>> casesIn(Database &db, const QUuid &patientId) {
    using Answer = StoreRead<std::vector<PatientCase>>;
    const StoreRead<std::vector<Inscription>> inscriptions = InscriptionRepository(db).forPatient(patientId);
    if (!inscriptions.ok())
        return Answer::failure(inscriptions.error);
    const StoreRead<std::vector<Fiche>> fiches = FicheRepository(db).forPatient(patientId);
    if (!fiches.ok())
        return Answer::failure(fiches.error);
    // The committees are few: read once. Sessions are read once each, however many cases they hold.
    const StoreRead<std::vector<Rcp>> committees = RcpRepository(db).all();
    if (!committees.ok())
        return Answer::failure(committees.error);
    std::map<QUuid, const Rcp *> committeeById;
    for (const Rcp &r : *committees)
        committeeById[r.meta.id] = &r;
    std::map<QUuid, std::optional<Session>> sessionById;
    SessionRepository sessions(db);
    std::vector<PatientCase> found;
    for (const Inscription &i : *inscriptions) {
        auto known = sessionById.find(i.sessionId);
        if (known == sessionById.end()) {
            StoreRead<std::optional<Session>> session = sessions.find(i.sessionId);
            if (!session.ok())
                return Answer::failure(session.error);
            known = sessionById.emplace(i.sessionId, std::move(session.value)).first;
        }
        PatientCase c{i, known->second, std::nullopt, {}};
        if (c.session) {
            if (const auto r = committeeById.find(c.session->rcpId); r != committeeById.end())
                c.committee = *r->second;
            else if (const StoreRead<std::optional<Rcp>> gone = RcpRepository(db).find(c.session->rcpId);
                     gone.ok()) // a tombstoned committee keeps its name on old cases
                c.committee = gone.value;
            else
                return Answer::failure(gone.error);
        }
        for (const Fiche &f : *fiches)
            if (f.inscriptionId == i.meta.id)
                c.fiches.push_back(f);
        found.push_back(std::move(c));
    }
    return Answer::success(std::move(found));
}

} // namespace

StoreRead<std::vector<PatientCase>> PatientService::cases(const QUuid &patientId) const {
    return casesIn(m_db, patientId);
}

void PatientService::readCases(const QUuid &patientId, QObject *context,
                               std::function<void(const StoreRead<std::vector<PatientCase>> &)> answer) {
    m_reader.read<std::vector<PatientCase>>(
        [patientId](Database &db) { return casesIn(db, patientId); },
        [context = QPointer<QObject>(context),
         answer = std::move(answer)](StoreRead<std::vector<PatientCase>> &cases) {
            if (context)
                answer(cases);
        });
}

StoreResult PatientService::clearDuplicateMark(const QUuid &patientId) {
    if (StoreResult may = allowed(m_actor, Action::EditIdentities); !may)
        return may;
    return identity::clearDuplicateMark(m_db, patientId);
}

bool PatientService::mayDelete(const QUuid &patientId, QString *why) const {
    return identity::mayDelete(m_db, patientId, why);
}

StoreResult PatientService::remove(const QUuid &patientId) {
    if (StoreResult may = allowed(m_actor, Action::EditIdentities); !may)
        return may;
    return identity::deletePatient(m_db, patientId);
}

} // namespace concerto
