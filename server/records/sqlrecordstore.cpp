// The synced records in the server's database (SQLite or PostgreSQL).
#include "server/records/sqlrecordstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>
#include <memory>

namespace concerto::server {

namespace {

QString idText(const QUuid &id) {
    return id.toString(QUuid::WithoutBraces);
}

const char *const kColumns =
    "entity, id, version, seq, updated_at, updated_by, deleted, body, unique_key, origin";

StoredRecord recordOf(const QSqlQuery &q) {
    StoredRecord r;
    r.copy.entity = q.value(0).toString();
    r.copy.id = QUuid::fromString(q.value(1).toString());
    r.copy.version = q.value(2).toLongLong();
    r.seq = q.value(3).toLongLong();
    r.copy.updatedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.copy.updatedBy = q.value(5).toString();
    r.copy.deleted = q.value(6).toBool();
    r.copy.body = q.value(7).toByteArray();
    r.uniqueKey = q.value(8).toString();
    r.origin = q.value(9).toString();
    return r;
}

// The statement of `sql` on this thread's connection, prepared once per thread and kept (a push runs
// each of them once per mutation); false when it cannot be prepared.
QSqlQuery *prepared(const ServerDatabase &database, const QString &sql) {
    thread_local std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    const QSqlDatabase db = database.connection();
    const QString key = db.connectionName() + QLatin1Char('\n') + sql;
    auto it = statements.find(key);
    if (it == statements.end()) {
        auto q = std::make_unique<QSqlQuery>(db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return nullptr;
        it = statements.emplace(key, std::move(q)).first;
    }
    return it->second.get();
}

// One use of a kept statement: executed with its binds, read, and finished when it goes out of scope
// (so that no kept statement holds a read open).
class Statement {
public:
    explicit Statement(const ServerDatabase &database)
        : m_database(database) {}
    ~Statement() {
        if (m_q)
            m_q->finish();
    }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool run(const QString &sql, const QVariantList &binds) {
        m_q = prepared(m_database, sql);
        if (!m_q)
            return false;
        for (int i = 0; i < binds.size(); ++i)
            m_q->bindValue(i, binds.at(i));
        return m_q->exec();
    }
    bool next() { return m_q->next(); }
    QVariant value(int i) const { return m_q->value(i); }
    QSqlError lastError() const { return m_q->lastError(); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    const QSqlQuery &query() const { return *m_q; }

private:
    const ServerDatabase &m_database;
    QSqlQuery *m_q = nullptr;
};

bool run(Statement &q, const QString &sql, const QVariantList &binds) {
    return q.run(sql, binds);
}

// The first row's record, if any; false when the step failed.
bool oneRecord(Statement &q, std::optional<StoredRecord> *found) {
    found->reset();
    if (q.next())
        *found = recordOf(q.query());
    else if (q.lastError().isValid())
        return false;
    return true;
}

// "EXISTS (… organisation IN ('*', ?, …))" and its binds.
QString scopeCondition(const Visibility &visibility, QVariantList *binds) {
    if (visibility.region)
        return QStringLiteral("1 = 1");
    QStringList marks{QStringLiteral("?")};
    *binds << kRegionScope;
    for (const QString &organisation : visibility.organisations) {
        marks << QStringLiteral("?");
        *binds << organisation;
    }
    return QStringLiteral("EXISTS (SELECT 1 FROM record_scopes s WHERE s.entity = r.entity AND s.id = r.id"
                          " AND s.organisation IN (%1))")
        .arg(marks.join(QLatin1Char(',')));
}

} // namespace

bool SqlRecordStore::writeUnit(const std::function<bool()> &work, QString *error) {
    return m_database.write([&work](QSqlDatabase &) { return work(); }, error);
}

bool SqlRecordStore::auditedRead(const std::function<bool()> &work, QString *error) {
    return m_database.audited([&work](QSqlDatabase &) { return work(); }, error);
}

bool SqlRecordStore::audit(const AuditEvent &event) {
    return AuditLog(m_database).record(event); // in the open transaction, else in one of its own
}

bool SqlRecordStore::find(const QString &entity, const QUuid &id, std::optional<StoredRecord> *found) {
    Statement q(m_database);
    return run(q,
               QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?")
                   .arg(QLatin1String(kColumns)),
               {entity, idText(id)}) &&
           oneRecord(q, found);
}

bool SqlRecordStore::scopesOf(const QString &entity, const QUuid &id, QStringList *scopes) {
    Statement q(m_database);
    if (!run(q, QStringLiteral("SELECT organisation FROM record_scopes WHERE entity = ? AND id = ?"),
             {entity, idText(id)}))
        return false;
    scopes->clear();
    while (q.next())
        *scopes << q.value(0).toString();
    return !q.lastError().isValid();
}

bool SqlRecordStore::appliedMutation(const QUuid &mutationId, std::optional<qint64> *version) {
    Statement q(m_database);
    if (!run(q, QStringLiteral("SELECT version FROM mutations WHERE mutation_id = ?"), {idText(mutationId)}))
        return false;
    version->reset();
    if (q.next())
        *version = q.value(0).toLongLong();
    return !q.lastError().isValid();
}

bool SqlRecordStore::holderOf(const QString &entity, const QString &uniqueKey, const QUuid &except,
                              std::optional<StoredRecord> *holder) {
    Statement q(m_database);
    return run(q,
               QStringLiteral(
                   "SELECT %1 FROM records WHERE entity = ? AND unique_key = ? AND id <> ? LIMIT 1")
                   .arg(QLatin1String(kColumns)),
               {entity, uniqueKey, idText(except)}) &&
           oneRecord(q, holder);
}

bool SqlRecordStore::organisationExists(const QString &code, bool *exists) {
    Statement q(m_database);
    if (!run(q, QStringLiteral("SELECT 1 FROM organisations WHERE code = ?"), {code}))
        return false;
    *exists = q.next();
    return !q.lastError().isValid();
}

bool SqlRecordStore::nextSeq(qint64 *seq) {
    Statement q(m_database);
    if (!run(q, QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM records"), {}) || !q.next())
        return false;
    *seq = q.value(0).toLongLong();
    return true;
}

bool SqlRecordStore::put(StoredRecord &record) {
    if (!nextSeq(&record.seq))
        return false;
    const sync::WireRecord &c = record.copy;
    Statement q(m_database);
    return run(q,
               QStringLiteral("INSERT INTO records (%1) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (entity, id)"
                              " DO UPDATE SET version = excluded.version, seq = excluded.seq,"
                              " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
                              " deleted = excluded.deleted, body = excluded.body,"
                              " unique_key = excluded.unique_key, origin = excluded.origin")
                   .arg(QLatin1String(kColumns)),
               {c.entity, idText(c.id), c.version, record.seq,
                c.updatedAt.toUTC().toString(Qt::ISODateWithMs), c.updatedBy, c.deleted ? 1 : 0,
                QString::fromUtf8(c.body),
                record.uniqueKey.isEmpty() ? QVariant() : QVariant(record.uniqueKey), record.origin});
}

bool SqlRecordStore::addScope(const QString &entity, const QUuid &id, const QString &organisation,
                              bool *added) {
    Statement q(m_database);
    if (!run(q,
             QStringLiteral("INSERT INTO record_scopes (entity, id, organisation) VALUES (?,?,?)"
                            " ON CONFLICT DO NOTHING"),
             {entity, idText(id), organisation}))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

bool SqlRecordStore::touch(const QString &entity, const QUuid &id) {
    qint64 seq = 0;
    if (!nextSeq(&seq))
        return false;
    Statement q(m_database);
    return run(q, QStringLiteral("UPDATE records SET seq = ? WHERE entity = ? AND id = ?"),
               {seq, entity, idText(id)});
}

bool SqlRecordStore::rememberMutation(const QUuid &mutationId, const QString &entity, const QUuid &id,
                                      qint64 version, const QString &deviceId, qint64 userId, qint64 now) {
    Statement q(m_database);
    return run(q,
               QStringLiteral("INSERT INTO mutations (mutation_id, entity, id, version, device_id, user_id,"
                              " applied_at) VALUES (?,?,?,?,?,?,?)"),
               {idText(mutationId), entity, idText(id), version, deviceId, userId, now});
}

bool SqlRecordStore::feed(qint64 afterSeq, const Visibility &visibility, int limit,
                          std::vector<StoredRecord> *records) {
    QVariantList binds{afterSeq};
    const QString visible = scopeCondition(visibility, &binds);
    binds << limit;
    Statement q(m_database);
    if (!run(q,
             QStringLiteral("SELECT %1 FROM records r WHERE seq > ? AND %2 ORDER BY seq LIMIT ?")
                 .arg(QLatin1String(kColumns), visible),
             binds))
        return false;
    records->clear();
    while (q.next())
        records->push_back(recordOf(q.query()));
    return !q.lastError().isValid();
}

bool SqlRecordStore::isVisible(const QString &entity, const QUuid &id, const Visibility &visibility,
                               bool *visible) {
    QVariantList binds{entity, idText(id)};
    const QString condition = scopeCondition(visibility, &binds);
    Statement q(m_database);
    if (!run(q, QStringLiteral("SELECT 1 FROM records r WHERE entity = ? AND id = ? AND %1").arg(condition),
             binds))
        return false;
    *visible = q.next();
    return !q.lastError().isValid();
}

} // namespace concerto::server
