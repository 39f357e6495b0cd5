// Queries of the directory and case repositories.
#include "models/store/repositories.h"

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
    const QString key = searchKey(text);
    const QString compactText = validation::normalizedIns(text);
    if (key.isEmpty()) {
        StoreRead<PageOf<Patient>> firstPage = pageAfter({}, limit);
        if (!firstPage.ok())
            return StoreRead<std::vector<Patient>>::failure(firstPage.error);
        return StoreRead<std::vector<Patient>>::success(std::move(firstPage->items));
    }
    // Prefix match on the whole folded name or on any later word of it (the key holds only letters,
    // digits and spaces, so it needs no LIKE escaping), or an exact INS or IPP.
    const QString start = key + QLatin1Char('%');
    const QString word = QStringLiteral("% ") + key + QLatin1Char('%');
    return select(
        QStringLiteral("deleted = 0 AND (search_name LIKE ? OR search_name LIKE ? OR ins = ? OR ipp = ?)"
                       " ORDER BY search_name, id LIMIT ?"),
        {start, word, compactText, text.trimmed(), limit});
}

StoreRead<std::optional<Patient>> PatientRepository::findByIns(const QString &ins) const {
    return firstOf(
        select(QStringLiteral("ins = ? AND deleted = 0 LIMIT 1"), {validation::normalizedIns(ins)}));
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

StoreRead<int> InscriptionRepository::countForSession(const QUuid &sessionId) const {
    QSqlQuery &q = m_table.prepared(
        QStringLiteral("SELECT count(*) FROM %1 WHERE session_id = ? AND deleted = 0").arg(m_table.table()));
    q.bindValue(0, json::idText(sessionId));
    return m_table.scalar(q);
}

StoreRead<std::vector<Inscription>> InscriptionRepository::forPatient(const QUuid &patientId) const {
    return select(QStringLiteral("patient_id = ? AND deleted = 0"), {json::idText(patientId)});
}

} // namespace concerto
