// A session's cases and what each lacks for its committee, read from the store (the rule is
// models/validation/completeness.h).
#include "services/sessioncompleteness.h"

#include "models/domain/boardtime.h"
#include "models/store/repositories.h"
#include "services/agendaservice.h"

#include <QCoreApplication>

namespace concerto::validation {

StoreRead<int> incompleteCases(Database &db, const Session &session, const Rcp &rcp) {
    const StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).forSession(session.meta.id);
    if (!cases.ok())
        return StoreRead<int>::failure(cases.error);
    const bool needsAge = rcp.requiredCaseFields.contains(QLatin1String("geriatric-screening"));
    const QDate meeting = toBoardTime(session.startsAt).date();
    PatientRepository patients(db);
    int incomplete = 0;
    for (const Inscription &i : *cases) {
        int age = -1;
        if (needsAge) {
            const StoreRead<std::optional<Patient>> patient = patients.find(i.patientId);
            if (!patient.ok())
                return StoreRead<int>::failure(patient.error);
            age = patient.value ? ageOn(patient.value->birthDate, meeting) : -1;
        }
        incomplete += checkCompleteness(i, age, rcp).complete() ? 0 : 1;
    }
    return StoreRead<int>::success(incomplete);
}

StoreRead<SessionCompleteness> sessionCompleteness(Database &db, const QUuid &sessionId) {
    using Result = StoreRead<SessionCompleteness>;
    const StoreRead<std::optional<Session>> session = SessionRepository(db).find(sessionId);
    if (!session.ok())
        return Result::failure(session.error);
    if (!session.value)
        return Result::failure(
            QCoreApplication::translate("Completeness", "This session does not exist (any more)."));
    SessionCompleteness summary;
    summary.session = *session.value;
    const StoreRead<std::optional<Rcp>> rcp = RcpRepository(db).find(summary.session.rcpId);
    if (!rcp.ok())
        return Result::failure(rcp.error);
    const Rcp committee = rcp.value ? *rcp.value : Rcp{};
    summary.committee =
        rcp.value ? rcp.value->name : QCoreApplication::translate("Completeness", "Unknown committee");
    StoreRead<std::vector<Inscription>> cases = agenda::read(db, sessionId);
    if (!cases.ok())
        return Result::failure(cases.error);
    const QDate meeting = toBoardTime(summary.session.startsAt).date();
    PatientRepository patients(db);
    ProfessionalRepository professionals(db);
    for (Inscription &i : *cases) {
        CaseInSession c;
        const StoreRead<std::optional<Patient>> patient = patients.find(i.patientId);
        if (!patient.ok())
            return Result::failure(patient.error);
        if (patient.value) {
            c.patient = patient.value->displayName();
            c.birthDate = patient.value->birthDate;
        } else {
            c.patient = QCoreApplication::translate("Completeness", "Unknown patient");
        }
        if (!i.requesterId.isNull()) {
            const StoreRead<std::optional<Professional>> requester = professionals.find(i.requesterId);
            if (!requester.ok())
                return Result::failure(requester.error);
            c.requester = requester.value ? requester.value->displayName()
                                          : QCoreApplication::translate(
                                                "Completeness", "Requesting physician not in the directory");
        }
        c.completeness = checkCompleteness(i, ageOn(c.birthDate, meeting), committee);
        c.inscription = std::move(i);
        summary.cases.push_back(std::move(c));
    }
    return Result::success(std::move(summary));
}

} // namespace concerto::validation
