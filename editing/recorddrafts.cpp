// Drafts of records in the local table record_draft (see recorddrafts.h).
#include "editing/recorddrafts.h"

#include "models/domain/record.h"
#include "models/store/storeerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace concerto::editing {

namespace {
QString failure(const QSqlQuery &q, const char *what, const Database &db) {
    logStoreError(what, QStringLiteral("record_draft"), q.lastError());
    return storeErrorMessage(q.lastError(), db.path());
}
} // namespace

StoreResult RecordDraftStore::write(const QUuid &id, const QJsonObject &json, const QDateTime &at) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO record_draft (entity, record_id, json, saved_at, author) VALUES (?,?,?,?,?)"));
    q.addBindValue(m_entity);
    q.addBindValue(json::idText(id));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    q.addBindValue(json::timeText(at));
    q.addBindValue(m_db.actor());
    if (!q.exec())
        return StoreResult::failure(failure(q, "writing a draft in", m_db));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

StoreResult RecordDraftStore::remove(const QUuid &id) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM record_draft WHERE entity = ? AND record_id = ?"));
    q.addBindValue(m_entity);
    q.addBindValue(json::idText(id));
    if (!q.exec())
        return StoreResult::failure(failure(q, "removing a draft from", m_db));
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

StoreRead<std::optional<RecordDraft>> RecordDraftStore::find(const QUuid &id) const {
    using Read = StoreRead<std::optional<RecordDraft>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT json, saved_at, author FROM record_draft WHERE entity = ? AND record_id = ?"));
    q.addBindValue(m_entity);
    q.addBindValue(json::idText(id));
    if (!q.exec())
        return Read::failure(failure(q, "reading a draft from", m_db));
    if (!q.next())
        return Read::success(std::nullopt);
    RecordDraft draft;
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(q.value(0).toByteArray(), &parse);
    if (parse.error != QJsonParseError::NoError)
        draft.damage = QCoreApplication::translate("Drafts", "it is not JSON (%1 at byte %2)")
                           .arg(parse.errorString())
                           .arg(parse.offset);
    else if (!json.isObject())
        draft.damage = QCoreApplication::translate("Drafts", "it is not a JSON object");
    draft.json = json.object();
    draft.savedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    draft.author = q.value(2).toString();
    return Read::success(std::move(draft));
}

} // namespace concerto::editing
