// Queries of the directory and case repositories.
#include "models/store/repositories.h"

namespace concerto {

std::optional<Professional> ProfessionalRepository::findByRpps(const QString &rpps) const {
    std::vector<Professional> found = select(QStringLiteral("rpps = ? AND deleted = 0 LIMIT 1"), {rpps});
    return found.empty() ? std::nullopt : std::optional<Professional>(found.front());
}

std::vector<Session> SessionRepository::between(const QDateTime &from, const QDateTime &to) const {
    return select(QStringLiteral("starts_at >= ? AND starts_at < ? AND deleted = 0 ORDER BY starts_at, id"),
                  {json::timeText(from), json::timeText(to)});
}

std::vector<Session> SessionRepository::forRcp(const QUuid &rcpId) const {
    return select(QStringLiteral("rcp_id = ? AND deleted = 0 ORDER BY starts_at, id"), {json::idText(rcpId)});
}

std::vector<Patient> PatientRepository::search(const QString &text, int limit) const {
    const QString key = searchKey(text);
    const QString compactText = validation::normalizedIns(text);
    if (key.isEmpty())
        return page(0, limit);
    // Prefix match on the whole folded name or on any later word of it (the key holds only letters,
    // digits and spaces, so it needs no LIKE escaping), or an exact INS or IPP.
    const QString start = key + QLatin1Char('%');
    const QString word = QStringLiteral("% ") + key + QLatin1Char('%');
    return select(
        QStringLiteral("deleted = 0 AND (search_name LIKE ? OR search_name LIKE ? OR ins = ? OR ipp = ?)"
                       " ORDER BY search_name, id LIMIT ?"),
        {start, word, compactText, text.trimmed(), limit});
}

std::optional<Patient> PatientRepository::findByIns(const QString &ins) const {
    std::vector<Patient> found =
        select(QStringLiteral("ins = ? AND deleted = 0 LIMIT 1"), {validation::normalizedIns(ins)});
    return found.empty() ? std::nullopt : std::optional<Patient>(found.front());
}

std::vector<Patient> PatientRepository::lookAlikes(const Patient &patient) const {
    std::vector<Patient> result;
    if (!patient.birthDate.isValid())
        return result;
    const QString birthName = searchKey(patient.birthName);
    const QString given = searchKey(patient.firstGivenName());
    for (Patient &other :
         select(QStringLiteral("birth_date = ? AND deleted = 0 AND id != ?"),
                {json::dateText(patient.birthDate), patient.meta.id.toString(QUuid::WithoutBraces)})) {
        const bool sameName = !birthName.isEmpty() && (searchKey(other.birthName) == birthName ||
                                                       searchKey(other.usedName) == birthName);
        const bool sameGiven = !given.isEmpty() && searchKey(other.firstGivenName()) == given;
        if (sameName || sameGiven)
            result.push_back(std::move(other));
    }
    return result;
}

std::vector<Inscription> InscriptionRepository::forSession(const QUuid &sessionId) const {
    return select(QStringLiteral("session_id = ? AND deleted = 0"), {json::idText(sessionId)});
}

std::vector<Inscription> InscriptionRepository::forPatient(const QUuid &patientId) const {
    return select(QStringLiteral("patient_id = ? AND deleted = 0"), {json::idText(patientId)});
}

} // namespace concerto
