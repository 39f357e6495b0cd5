// One transaction per save: row + change-journal row + audit row, or nothing at all.
#include "models/store/recordtable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace concerto {

namespace {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void bindAll(QSqlQuery &q, const QVariantList &values) {
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}
} // namespace

QString signedFicheLockedMessage() {
    return QCoreApplication::translate(
        "Store",
        "This fiche is signed and can no longer be changed. Create an amendment (a new version) instead.");
}

// The JSON array of a record's field names, as the journal and the audit log keep it. Field names
// are the domain's own identifiers (letters and digits), so they need no escaping.
QByteArray RecordTable::fieldList(const QStringList &fields) {
    QByteArray list = "[";
    for (const QString &field : fields) {
        if (list.size() > 1)
            list += ',';
        list += '"' + field.toLatin1() + '"';
    }
    return list + ']';
}

RecordTable::RecordTable(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns)) {
    QStringList names{QStringLiteral("id"),         QStringLiteral("version"), QStringLiteral("updated_at"),
                      QStringLiteral("updated_by"), QStringLiteral("deleted"), QStringLiteral("body")};
    names += m_columns;
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}

QSqlQuery &RecordTable::prepared(const QString &sql) const {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

int RecordTable::scalar(QSqlQuery &query) {
    const int value = query.exec() && query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return value;
}

StoreResult RecordTable::failed(const QSqlQuery &q) const {
    const QString detail = q.lastError().text();
    if (detail.contains(QLatin1String("signed fiche is immutable")))
        return StoreResult::failure(signedFicheLockedMessage());
    if (detail.contains(QLatin1String("FOREIGN KEY")))
        return StoreResult::failure(QCoreApplication::translate(
            "Store", "This record refers to a session, patient or case that does not exist."));
    return StoreResult::failure(
        QCoreApplication::translate("Store", "The local database refused the change: %1").arg(detail));
}

std::vector<StoredRow> RecordTable::rows(QSqlQuery &query) const {
    std::vector<StoredRow> result;
    while (query.next()) {
        StoredRow row;
        row.meta.id = QUuid::fromString(query.value(0).toString());
        row.meta.version = query.value(1).toLongLong();
        row.meta.updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        row.meta.updatedBy = query.value(3).toString();
        row.meta.deleted = query.value(4).toBool();
        row.body = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        result.push_back(std::move(row));
    }
    query.finish();
    return result;
}

std::optional<StoredRow> RecordTable::find(const QUuid &id) const {
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectColumns(), m_table));
    q.bindValue(0, json::idText(id));
    if (!q.exec())
        return std::nullopt;
    std::vector<StoredRow> found = rows(q);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

StoreResult RecordTable::save(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body) {
    return write(meta, columnValues, body, false);
}

QByteArray RecordTable::compactBody(const QJsonObject &body) {
    return compact(body);
}

StoreResult RecordTable::insert(PreparedRecord &record) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(
            QCoreApplication::translate("Store", "The local database is busy or read-only: %1")
                .arg(tx.error()));
    if (!record.meta.updatedAt.isValid())
        record.meta.updatedAt = m_db.now();
    record.meta.updatedBy = m_db.actor();
    if (StoreResult r = insertRow(record); !r)
        return r;
    return tx.commit() ? StoreResult::success()
                       : StoreResult::failure(
                             QCoreApplication::translate("Store", "The change could not be saved: %1")
                                 .arg(tx.error()));
}

StoreResult RecordTable::insertRow(const PreparedRecord &record) {
    const RecordMeta &meta = record.meta;
    QSqlQuery &q = prepared(m_insertSql);
    bindAll(q, QVariantList{json::idText(meta.id), 0, json::timeText(meta.updatedAt), meta.updatedBy, 0,
                            record.body} +
                   record.columnValues);
    if (!q.exec())
        return failed(q);
    if (StoreResult r = journal(meta, QStringLiteral("insert"), 0, record.fields); !r)
        return r;
    return audit(meta, QStringLiteral("create"), "{\"fields\":" + record.fields + '}');
}

StoreResult RecordTable::remove(const QUuid &id) {
    const std::optional<StoredRow> existing = find(id);
    if (!existing)
        return StoreResult::failure(
            QCoreApplication::translate("Store", "The record to delete no longer exists."));
    if (existing->meta.deleted)
        return StoreResult::success(); // already deleted: nothing to journal again
    RecordMeta meta = existing->meta;
    return write(meta, {}, existing->body, true);
}

StoreResult RecordTable::write(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body,
                               bool tombstone) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(
            QCoreApplication::translate("Store", "The local database is busy or read-only: %1")
                .arg(tx.error()));
    // A record without an id is new: it gets one, and there is no stored row to compare with.
    const bool isNew = meta.id.isNull();
    if (isNew)
        meta.id = RecordMeta::newId();
    const QDateTime now = m_db.now();
    const std::optional<StoredRow> existing = isNew ? std::nullopt : find(meta.id);
    RecordMeta saved = existing ? existing->meta : meta;
    saved.updatedAt = now;
    saved.updatedBy = m_db.actor();

    if (!existing) {
        PreparedRecord record{saved, columnValues, compact(body), fieldList(body.keys())};
        if (StoreResult r = insertRow(record); !r)
            return r;
    } else {
        QJsonObject changes;
        QStringList keys = existing->body.keys() + body.keys();
        keys.removeDuplicates();
        for (const QString &key : keys)
            if (existing->body.value(key) != body.value(key))
                changes.insert(key, QJsonArray{existing->body.value(key), body.value(key)});
        if (!tombstone && changes.isEmpty() && !existing->meta.deleted) {
            meta = existing->meta;
            return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
        }
        saved.deleted = tombstone;
        QStringList sets{QStringLiteral("updated_at=?"), QStringLiteral("updated_by=?"),
                         QStringLiteral("deleted=?"), QStringLiteral("body=?")};
        if (!tombstone)
            for (const QString &c : m_columns)
                sets << c + QStringLiteral("=?");
        QSqlQuery &q =
            prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(m_table, sets.join(QLatin1Char(','))));
        QVariantList values{json::timeText(now), saved.updatedBy, tombstone ? 1 : 0, compact(body)};
        if (!tombstone)
            values += columnValues;
        values << json::idText(meta.id);
        bindAll(q, values);
        if (!q.exec())
            return failed(q);
        const QString operation = tombstone ? QStringLiteral("delete") : QStringLiteral("update");
        if (StoreResult r = journal(saved, operation, existing->meta.version, fieldList(changes.keys())); !r)
            return r;
        if (StoreResult r = audit(saved, operation, compact(changes)); !r)
            return r;
    }
    if (!tx.commit())
        return StoreResult::failure(
            QCoreApplication::translate("Store", "The change could not be saved: %1").arg(tx.error()));
    meta = saved;
    return StoreResult::success();
}

StoreResult RecordTable::journal(const RecordMeta &meta, const QString &operation, qint64 baseVersion,
                                 const QByteArray &fields) {
    if (m_db.localOnly())
        return StoreResult::success();
    QSqlQuery &q =
        prepared(QStringLiteral("INSERT INTO change_journal (mutation_id, entity, record_id, operation,"
                                " base_version, fields, created_at, created_by) VALUES (?,?,?,?,?,?,?,?)"));
    bindAll(q, {json::idText(QUuid::createUuid()), m_table, json::idText(meta.id), operation, baseVersion,
                fields, json::timeText(meta.updatedAt), meta.updatedBy});
    return q.exec() ? StoreResult::success() : failed(q);
}

StoreResult RecordTable::audit(const RecordMeta &meta, const QString &action, const QByteArray &changes) {
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, record_id, action, changes) VALUES (?,?,?,?,?,?)"));
    bindAll(
        q, {json::timeText(meta.updatedAt), meta.updatedBy, m_table, json::idText(meta.id), action, changes});
    return q.exec() ? StoreResult::success() : failed(q);
}

} // namespace concerto
