// Drafts of open cases in the local table case_draft (see casedrafts.h).
#include "editing/casedrafts.h"

#include "models/domain/record.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace concerto::editing {

namespace {

QString failure(const QSqlQuery &q, const char *what, const Database &db) {
    logStoreError(what, QStringLiteral("case_draft"), q.lastError());
    return storeErrorMessage(q.lastError(), db.path());
}

CaseDraft draftOf(const QSqlQuery &q) {
    CaseDraft d;
    d.inscriptionId = QUuid::fromString(q.value(0).toString());
    d.isNew = q.value(1).toBool();
    d.patientId = QUuid::fromString(q.value(2).toString());
    d.sessionId = QUuid::fromString(q.value(3).toString());
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(q.value(4).toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        d.damage = QCoreApplication::translate("Drafts", "it is not JSON (%1 at byte %2)")
                       .arg(parse.errorString())
                       .arg(parse.offset);
    else if (!json.isObject())
        d.damage = QCoreApplication::translate("Drafts", "it is not a JSON object");
    d.json = json.object();
    d.savedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    d.author = q.value(6).toString();
    return d;
}

const char *const kColumns = "inscription_id, is_new, patient_id, session_id, json, saved_at, author";

} // namespace

StoreResult CaseDraftStore::write(const CaseDraft &draft) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO case_draft (%1) VALUES (?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(json::idText(draft.inscriptionId));
    q.addBindValue(draft.isNew ? 1 : 0);
    q.addBindValue(json::idText(draft.patientId));
    q.addBindValue(json::idText(draft.sessionId));
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.json).toJson(QJsonDocument::Compact)));
    q.addBindValue(json::timeText(draft.savedAt));
    q.addBindValue(m_db.actor());
    if (!q.exec())
        return StoreResult::failure(failure(q, "writing a draft in", m_db));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

StoreResult CaseDraftStore::remove(const QUuid &inscriptionId) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM case_draft WHERE inscription_id = ?"));
    q.addBindValue(json::idText(inscriptionId));
    if (!q.exec())
        return StoreResult::failure(failure(q, "removing a draft from", m_db));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

StoreRead<std::optional<CaseDraft>> CaseDraftStore::find(const QUuid &inscriptionId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM case_draft WHERE inscription_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(json::idText(inscriptionId));
    if (!q.exec())
        return StoreRead<std::optional<CaseDraft>>::failure(failure(q, "reading a draft from", m_db));
    if (!q.next())
        return StoreRead<std::optional<CaseDraft>>::success(std::nullopt);
    return StoreRead<std::optional<CaseDraft>>::success(draftOf(q));
}

StoreRead<std::vector<CaseDraft>> CaseDraftStore::newCasesOf(const QUuid &patientId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM case_draft WHERE patient_id = ? AND is_new = 1"
                             " ORDER BY saved_at DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(json::idText(patientId));
    if (!q.exec())
        return StoreRead<std::vector<CaseDraft>>::failure(failure(q, "reading drafts from", m_db));
    std::vector<CaseDraft> drafts;
    while (q.next())
        drafts.push_back(draftOf(q));
    return StoreRead<std::vector<CaseDraft>>::success(std::move(drafts));
}

} // namespace concerto::editing
