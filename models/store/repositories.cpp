// Queries of the directory and case repositories.
#include "models/store/repositories.h"
#include "models/domain/boardtime.h"
#include "models/store/patientsearch.h"

#include <QCoreApplication>

namespace concerto {

StoreRead<std::optional<Professional>> ProfessionalRepository::findByRpps(const QString &rpps) const {
    return firstOf(select(QStringLiteral("rpps = ? AND deleted = 0 LIMIT 1"), {rpps}));
}

StoreRead<std::vector<Session>> SessionRepository::between(const QDateTime &from, const QDateTime &to) const {
    return select(QStringLiteral("starts_at >= ? AND starts_at < ? AND deleted = 0 ORDER BY starts_at, id"),
                  {json::timeText(from), json::timeText(to)});
}

StoreRead<std::vector<Session>> SessionRepository::onDays(const QDate &from, const QDate &to) const {
    return between(fromBoardTime(from, QTime(0, 0)), fromBoardTime(to.addDays(1), QTime(0, 0)));
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
    return firstOf(select(QStringLiteral("ins = ? AND deleted = 0 LIMIT 1"), {normalizedIns(ins)}));
}

StoreRead<std::optional<Patient>> PatientRepository::findByIpp(const QString &ipp) const {
    return firstOf(select(QStringLiteral("ipp = ? AND deleted = 0 LIMIT 1"), {ipp.trimmed()}));
}

StoreRead<std::vector<Patient>> PatientRepository::bornOn(const QDate &birthDate, Sex sex) const {
    if (!birthDate.isValid() || sex == Sex::Unknown)
        return StoreRead<std::vector<Patient>>::success({});
    return select(QStringLiteral("birth_date = ? AND sex = ? AND deleted = 0 ORDER BY search_name, id"),
                  {json::dateText(birthDate), Patient::sexCode(sex)});
}

StoreRead<int> PatientRepository::casesAndFiches(const QUuid &patientId) const {
    QSqlQuery &q = m_table.prepared(
        QStringLiteral("SELECT (SELECT count(*) FROM inscription WHERE patient_id = ? AND deleted = 0)"
                       " + (SELECT count(*) FROM fiche WHERE patient_id = ?)"));
    q.bindValue(0, json::idText(patientId));
    q.bindValue(1, json::idText(patientId));
    return m_table.scalar(q);
}

StoreResult PatientRepository::remove(const QUuid &id) {
    const StoreRead<int> used = casesAndFiches(id);
    if (!used.ok())
        return StoreResult::failure(used.error);
    if (*used > 0)
        return StoreResult::failure(QCoreApplication::translate(
            "Store", "This patient has a case or a fiche: the identity is kept and cannot be deleted."));
    return Repository::remove(id);
}

StoreRead<std::vector<PatientRepository::FoldedIdentity>> PatientRepository::foldedIdentities() const {
    using Read = StoreRead<std::vector<FoldedIdentity>>;
    QSqlQuery &q = m_table.prepared(QStringLiteral(
        "SELECT id, birth_date, sex, replace(search_birth, ' ', ''), replace(search_used, ' ', ''),"
        " replace(search_given, ' ', '') FROM patient WHERE deleted = 0 AND birth_date > '' ORDER BY "
        "birth_date, sex"));
    const QString path = database().path();
    if (!q.exec())
        return Read::failure(readFailure("reading", m_table.table(), q, path));
    std::vector<FoldedIdentity> all;
    StoreRead<int> patients = count();
    if (patients.ok())
        all.reserve(std::size_t(*patients));
    while (q.next()) {
        QString sex = q.value(2).toString();
        if (sex == QLatin1String("M") || sex == QLatin1String("F"))
            all.push_back({q.value(0).toString(), q.value(1).toString(), std::move(sex),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    if (q.lastError().isValid()) {
        const QString error = readFailure("reading", m_table.table(), q, path);
        q.finish();
        return Read::failure(error);
    }
    q.finish();
    return Read::success(std::move(all));
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

StoreRead<std::vector<Inscription>>
InscriptionRepository::forSessionsBetween(const QDateTime &from, const QDateTime &to, const QUuid &rcpId,
                                          const QString &agendaState) const {
    QString sessions =
        QStringLiteral("SELECT id FROM session WHERE starts_at >= ? AND starts_at < ? AND deleted = 0");
    QVariantList binds{json::timeText(from), json::timeText(to)};
    if (!rcpId.isNull()) {
        sessions += QStringLiteral(" AND rcp_id = ?");
        binds << json::idText(rcpId);
    }
    QString where = QStringLiteral("deleted = 0 AND session_id IN (%1)").arg(sessions);
    if (!agendaState.isEmpty()) {
        where += QStringLiteral(" AND agenda_state = ?");
        binds << agendaState;
    }
    where += QStringLiteral(" ORDER BY (SELECT starts_at FROM session s WHERE s.id = session_id), rowid");
    return select(where, binds);
}

StoreRead<std::vector<Inscription>> InscriptionRepository::forPatient(const QUuid &patientId) const {
    return select(QStringLiteral("patient_id = ? AND deleted = 0"), {json::idText(patientId)});
}

} // namespace concerto
