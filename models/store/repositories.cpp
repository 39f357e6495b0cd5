// Queries of the directory and case repositories.
#include "models/store/repositories.h"
#include "models/store/patientsearch.h"

namespace concerto {

StoreRead<std::optional<Professional>> ProfessionalRepository::findByRpps(const QString &rpps) const {
    return firstOf(select(QStringLiteral("rpps = ? AND deleted = 0 LIMIT 1"), {rpps}));
}

StoreRead<std::vector<Session>> SessionRepository::between(const QDateTime &from, const QDateTime &to) const {
    return select(QStringLiteral("starts_at >= ? AND starts_at < ? AND deleted = 0 ORDER BY starts_at, id"),
                  {json::timeText(from), json::timeText(to)});
}

StoreRead<std::vector<Session>> SessionRepository::forRcp(const QUuid &rcpId) const {
    return select(QStringLiteral("rcp_id = ? AND deleted = 0 ORDER BY starts_at, id"), {json::idText(rcpId)});
}

StoreRead<std::vector<Patient>> PatientRepository::search(const QString &text, int limit) const {
    const PatientSearch search(*this, text);
    StoreRead<PageOf<Patient>> page = search.isEmpty() ? pageAfter({}, limit) : search.pageAfter({}, limit);
    if (!page.ok())
        return StoreRead<std::vector<Patient>>::failure(page.error);
    return StoreRead<std::vector<Patient>>::success(std::move(page->items));
}

StoreRead<std::optional<Patient>> PatientRepository::findByIns(const QString &ins) const {
    return firstOf(
        select(QStringLiteral("ins = ? AND deleted = 0 LIMIT 1"), {validation::normalizedIns(ins)}));
}

StoreRead<std::optional<Patient>> PatientRepository::findByIpp(const QString &ipp) const {
    return firstOf(select(QStringLiteral("ipp = ? AND deleted = 0 LIMIT 1"), {ipp.trimmed()}));
}

StoreRead<std::vector<Patient>> PatientRepository::lookAlikes(const Patient &patient) const {
    std::vector<Patient> result;
    if (!patient.birthDate.isValid())
        return StoreRead<std::vector<Patient>>::success(result);
    const QString birthName = searchKey(patient.birthName);
    const QString given = searchKey(patient.firstGivenName());
    StoreRead<std::vector<Patient>> sameBirthDate =
        select(QStringLiteral("birth_date = ? AND deleted = 0 AND id != ?"),
               {json::dateText(patient.birthDate), patient.meta.id.toString(QUuid::WithoutBraces)});
    if (!sameBirthDate.ok())
        return sameBirthDate;
    for (Patient &other : *sameBirthDate) {
        const bool sameName = !birthName.isEmpty() && (searchKey(other.birthName) == birthName ||
                                                       searchKey(other.usedName) == birthName);
        const bool sameGiven = !given.isEmpty() && searchKey(other.firstGivenName()) == given;
        if (sameName || sameGiven)
            result.push_back(std::move(other));
    }
    return StoreRead<std::vector<Patient>>::success(std::move(result));
}

StoreRead<std::vector<Inscription>> InscriptionRepository::forSession(const QUuid &sessionId) const {
    return select(QStringLiteral("session_id = ? AND deleted = 0"), {json::idText(sessionId)});
}

StoreRead<std::vector<Inscription>> InscriptionRepository::forPatient(const QUuid &patientId) const {
    return select(QStringLiteral("patient_id = ? AND deleted = 0"), {json::idText(patientId)});
}

} // namespace concerto
