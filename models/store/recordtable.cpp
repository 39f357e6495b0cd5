// One transaction per save: row + change-journal row + audit row, or nothing at all. A save of a record
// read earlier is refused when the stored copy changed since (optimistic concurrency).
#include "models/store/recordtable.h"
#include "models/domain/boardtime.h"
#include "models/store/storelog.h"
#include "models/store/tables.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <algorithm>

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
    , m_columns(std::move(columns))
    , m_derived(derived::columnsOf(m_table)) {
    QStringList names{QStringLiteral("id"),         QStringLiteral("version"), QStringLiteral("updated_at"),
                      QStringLiteral("updated_by"), QStringLiteral("deleted"), QStringLiteral("body")};
    names += m_columns;
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    // The derived columns read the body: it is bound again at each place an expression names it (Qt
    // numbers positional parameters itself, so they cannot name the body's).
    for (const DerivedColumn &d : m_derived) {
        names << d.name;
        marks << d.expression.arg(QStringLiteral("?"));
        m_bodyUses += int(d.expression.count(QStringLiteral("%1")));
    }
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

StoreRead<int> RecordTable::scalar(QSqlQuery &query) const {
    if (!query.exec() || !query.next()) {
        const QString error = readError(query);
        query.finish();
        return StoreRead<int>::failure(error);
    }
    const int value = query.value(0).toInt();
    query.finish();
    return StoreRead<int>::success(value);
}

StoreResult RecordTable::failed(const QSqlQuery &q, const char *what) const {
    logStoreError(what, m_table, q.lastError());
    return StoreResult::failure(storeErrorMessage(q.lastError(), m_db.path()));
}

QString RecordTable::readError(const QSqlQuery &q) const {
    return readFailure("reading", m_table, q, m_db.path());
}

StoreRead<std::vector<StoredRow>> RecordTable::rows(QSqlQuery &query, int keyColumns) const {
    using Read = StoreRead<std::vector<StoredRow>>;
    std::vector<StoredRow> result;
    while (query.next()) {
        StoredRow row;
        row.meta.id = QUuid::fromString(query.value(0).toString());
        row.meta.version = query.value(1).toLongLong();
        row.meta.updatedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        row.meta.updatedBy = query.value(3).toString();
        row.meta.deleted = query.value(4).toBool();
        QJsonParseError parse;
        const QJsonDocument body = QJsonDocument::fromJson(query.value(5).toByteArray(), &parse);
        if (parse.error != QJsonParseError::NoError || !body.isObject() || row.meta.id.isNull()) {
            // The id is read before finish(): the query has no row after it.
            const QString id = query.value(0).toString();
            qCWarning(lcStore).noquote() << "damaged record in" << m_table << id << parse.errorString();
            query.finish();
            return Read::failure(
                QCoreApplication::translate("Store", "A record of the database %1 is damaged (%2 %3): it "
                                                     "cannot be read. Restore the file from a backup or "
                                                     "synchronise it again.")
                    .arg(QDir::toNativeSeparators(m_db.path()), m_table, id));
        }
        row.body = body.object();
        for (int k = 0; k < keyColumns; ++k)
            row.listKey << query.value(6 + k);
        result.push_back(std::move(row));
    }
    // next() is false at the end of the rows and when a step fails: only the error tells them apart.
    if (query.lastError().isValid()) {
        const QString error = readError(query);
        query.finish();
        return Read::failure(error);
    }
    query.finish();
    return Read::success(std::move(result));
}

StoreRead<std::vector<StoredRow>> RecordTable::select(const QString &where, const QVariantList &binds) const {
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(selectColumns(), m_table, where));
    bindAll(q, binds);
    if (!q.exec())
        return StoreRead<std::vector<StoredRow>>::failure(readError(q));
    return rows(q);
}

StoreRead<std::optional<StoredRow>> RecordTable::find(const QUuid &id) const {
    return firstOf(select(QStringLiteral("id = ?"), {json::idText(id)}));
}

ListOrder ListOrder::parse(const QString &orderBy) {
    ListOrder order;
    for (const QString &part : orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        order.columns << words.first();
        order.descending << (words.size() > 1 &&
                             words.at(1).compare(QLatin1String("DESC"), Qt::CaseInsensitive) == 0);
    }
    return order;
}

StoreRead<PageOf<StoredRow>> RecordTable::page(const QString &filter, const QVariantList &binds,
                                               const ListOrder &order, const PageKey &from, bool forward,
                                               int limit) const {
    return page(m_table, filter, binds, order, from, forward, limit);
}

StoreRead<PageOf<StoredRow>> RecordTable::page(const QString &source, const QString &filter,
                                               const QVariantList &binds, const ListOrder &order,
                                               const PageKey &from, bool forward, int limit) const {
    using Read = StoreRead<PageOf<StoredRow>>;
    const bool joined = source != m_table;
    const int n = int(order.columns.size());
    // Paging backwards walks the list in the opposite order, then turns the page around.
    auto descending = [&](int i) { return order.descending.at(i) != !forward; };
    QStringList orderBy;
    for (int i = 0; i < n; ++i)
        orderBy << order.columns.at(i) + (descending(i) ? QStringLiteral(" DESC") : QString());
    QStringList conditions{joined ? m_table + QStringLiteral(".deleted = 0") : QStringLiteral("deleted = 0")};
    if (!filter.isEmpty())
        conditions << QLatin1Char('(') + filter + QLatin1Char(')');
    QVariantList values = binds;
    if (!from.isEmpty()) {
        // Rows after the key: c1 > k1 OR (c1 = k1 AND (c2 > k2 OR …)), with a plain range on c1 first so
        // that SQLite seeks into the index instead of scanning it from the start.
        auto op = [&](int i, bool orEqual) {
            return QLatin1String(descending(i) ? (orEqual ? " <= ?" : " < ?") : (orEqual ? " >= ?" : " > ?"));
        };
        conditions << order.columns.at(0) + op(0, true);
        values << from.value(0);
        QString after;
        for (int i = n - 1; i >= 0; --i) {
            const QString strict = order.columns.at(i) + op(i, false);
            after = after.isEmpty()
                        ? strict
                        : QStringLiteral("%1 OR (%2 = ? AND (%3))").arg(strict, order.columns.at(i), after);
        }
        conditions << QLatin1Char('(') + after + QLatin1Char(')');
        for (int i = 0; i < n; ++i) {
            values << from.value(i);
            if (i < n - 1)
                values << from.value(i);
        }
    }
    values << limit;
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %5 LIMIT ?")
            .arg(joined ? qualifiedColumns() : selectColumns(), order.columns.join(QLatin1String(", ")),
                 source, conditions.join(QLatin1String(" AND ")), orderBy.join(QLatin1String(", "))));
    bindAll(q, values);
    if (!q.exec())
        return Read::failure(readError(q));
    StoreRead<std::vector<StoredRow>> found = rows(q, n);
    if (!found.ok())
        return Read::failure(found.error);
    PageOf<StoredRow> result;
    result.items = std::move(found.value);
    if (!forward)
        std::reverse(result.items.begin(), result.items.end());
    if (!result.items.empty()) {
        result.firstKey = result.items.front().listKey;
        result.lastKey = result.items.back().listKey;
    }
    return Read::success(std::move(result));
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
        return refused(tx.error());
    if (!record.meta.updatedAt.isValid())
        record.meta.updatedAt = m_db.now();
    record.meta.updatedBy = m_db.actor();
    if (StoreResult r = insertRow(record); !r)
        return r;
    return tx.commit() ? StoreResult::success() : refused(tx.error());
}

StoreResult RecordTable::conflict(const RecordMeta &stored) const {
    qCWarning(lcStore).noquote() << "a write to" << m_table << json::idText(stored.id)
                                 << "was refused: the stored copy changed since it was read";
    const QDateTime local = toBoardTime(stored.updatedAt);
    return StoreResult::conflicting(
        QCoreApplication::translate("Store", "This record was changed by %1 on %2 at %3 since it was opened. "
                                             "Your change was not saved; the other change is kept.")
            .arg(stored.updatedBy, local.toString(QStringLiteral("dd/MM/yyyy")),
                 local.toString(QStringLiteral("HH:mm:ss"))));
}

StoreResult RecordTable::refused(const QString &error) const {
    qCWarning(lcStore).noquote() << "a write to" << m_table << "was refused";
    return StoreResult::failure(error);
}

StoreResult RecordTable::insertRow(const PreparedRecord &record) {
    const RecordMeta &meta = record.meta;
    QSqlQuery &q = prepared(m_insertSql);
    QVariantList values{json::idText(meta.id), 0, json::timeText(meta.updatedAt),
                        meta.updatedBy,        0, record.body};
    values += record.columnValues;
    for (int i = 0; i < m_bodyUses; ++i)
        values << record.body;
    bindAll(q, values);
    if (!q.exec())
        return failed(q, "inserting into");
    if (StoreResult r = journal(meta, QStringLiteral("insert"), 0, record.fields); !r)
        return r;
    if (m_db.localOnly()) {
        // Written on this computer only (demo data): the outbox never lists it, nor its later changes.
        QSqlQuery &local =
            prepared(QStringLiteral("INSERT INTO local_only_record (entity, record_id) VALUES (?,?)"));
        bindAll(local, {m_table, json::idText(meta.id)});
        if (!local.exec())
            return failed(local, "marking local-only");
    }
    if (StoreResult r = audit(meta, QStringLiteral("create"), "{\"fields\":" + record.fields + '}'); !r)
        return r;
    m_db.recordChange(m_table, meta.id, ChangeKind::Inserted);
    return StoreResult::success();
}

StoreResult RecordTable::remove(const QUuid &id) {
    const StoreRead<std::optional<StoredRow>> existing = find(id);
    if (!existing.ok())
        return refused(existing.error);
    if (!existing.value)
        return StoreResult::failure(
            QCoreApplication::translate("Store", "The record to delete no longer exists."));
    if (existing.value->meta.deleted)
        return StoreResult::success(); // already deleted: nothing to journal again
    RecordMeta meta = existing.value->meta;
    return write(meta, {}, existing.value->body, true);
}

StoreResult RecordTable::write(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body,
                               bool tombstone) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return refused(tx.error());
    // A record without an id is new: it gets one, and there is no stored row to compare with.
    const bool isNew = meta.id.isNull();
    if (isNew)
        meta.id = RecordMeta::newId();
    QDateTime now = m_db.now();
    std::optional<StoredRow> existing;
    if (!isNew) {
        StoreRead<std::optional<StoredRow>> stored = find(meta.id);
        if (!stored.ok())
            return refused(stored.error);
        existing = std::move(stored.value);
    }
    // updated_at is the record's revision: strictly later at each change, even under a fixed clock or
    // a clock set back, so that two saves never leave the same mark.
    if (existing && existing->meta.updatedAt.isValid() && now <= existing->meta.updatedAt)
        now = existing->meta.updatedAt.addMSecs(1);
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
            return tx.commit() ? StoreResult::success() : refused(tx.error());
        }
        // The caller read the record at meta.updatedAt: a stored copy changed since is kept, never
        // overwritten. A meta without a time (imports, bulk paths: no read before) writes as before.
        if (meta.updatedAt.isValid() &&
            (existing->meta.updatedAt != meta.updatedAt || existing->meta.version != meta.version))
            return conflict(existing->meta);
        saved.deleted = tombstone;
        QStringList sets{QStringLiteral("updated_at=?"), QStringLiteral("updated_by=?"),
                         QStringLiteral("deleted=?"), QStringLiteral("body=?")};
        if (!tombstone) {
            for (const QString &c : m_columns)
                sets << c + QStringLiteral("=?");
            for (const DerivedColumn &d : m_derived) // from the body, bound again
                sets << d.name + QLatin1Char('=') + d.expression.arg(QStringLiteral("?"));
        }
        QSqlQuery &q =
            prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(m_table, sets.join(QLatin1Char(','))));
        const QByteArray stored = compact(body);
        QVariantList values{json::timeText(now), saved.updatedBy, tombstone ? 1 : 0, stored};
        if (!tombstone) {
            values += columnValues;
            for (int i = 0; i < m_bodyUses; ++i)
                values << stored;
        }
        values << json::idText(meta.id);
        bindAll(q, values);
        if (!q.exec())
            return failed(q, "updating");
        const QString operation = tombstone ? QStringLiteral("delete") : QStringLiteral("update");
        if (StoreResult r = journal(saved, operation, existing->meta.version, fieldList(changes.keys())); !r)
            return r;
        if (StoreResult r = audit(saved, operation, compact(changes)); !r)
            return r;
        m_db.recordChange(m_table, meta.id, tombstone ? ChangeKind::Deleted : ChangeKind::Updated);
    }
    if (!tx.commit())
        return refused(tx.error());
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
    return q.exec() ? StoreResult::success() : failed(q, "journaling");
}

StoreResult RecordTable::audit(const RecordMeta &meta, const QString &action, const QByteArray &changes) {
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, record_id, action, changes) VALUES (?,?,?,?,?,?)"));
    bindAll(
        q, {json::timeText(meta.updatedAt), meta.updatedBy, m_table, json::idText(meta.id), action, changes});
    return q.exec() ? StoreResult::success() : failed(q, "auditing");
}

} // namespace concerto
