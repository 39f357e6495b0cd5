// Appending to the hash-chained audit log and walking the chain.
#include "server/db/auditlog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <map>
#include <memory>

namespace concerto::server {

namespace {

const char *const kColumns =
    "seq, at, user_id, actor, action, entity, record_id, version, detail, prev_hash, hash";

void netstring(QByteArray &out, const QByteArray &field) {
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ',';
}

// The statement of `sql` on this thread's connection, prepared once per thread (an audited push appends
// one row per change).
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

AuditRow rowOf(const QSqlQuery &q) {
    AuditRow row;
    row.seq = q.value(0).toLongLong();
    row.at = q.value(1).toString();
    if (!q.value(2).isNull())
        row.userId = q.value(2).toLongLong();
    row.actor = q.value(3).toString();
    row.action = q.value(4).toString();
    row.entity = q.value(5).toString();
    row.recordId = q.value(6).toString();
    row.version = q.value(7).toLongLong();
    row.detail = q.value(8).toString().toUtf8();
    row.prevHash = q.value(9).toString().toLatin1();
    row.hash = q.value(10).toString().toLatin1();
    return row;
}

// An empty text as '' (never NULL: the columns are NOT NULL).
QString text(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value;
}

bool failed(QString *error, const QString &what) {
    if (error)
        *error = what;
    return false;
}

} // namespace

QByteArray auditCanonical(const AuditRow &row) {
    QByteArray out;
    out.reserve(row.detail.size() + 200);
    netstring(out, QByteArray::number(row.seq));
    netstring(out, row.at.toUtf8());
    netstring(out, row.userId ? QByteArray::number(*row.userId) : QByteArray());
    netstring(out, row.actor.toUtf8());
    netstring(out, row.action.toUtf8());
    netstring(out, row.entity.toUtf8());
    netstring(out, row.recordId.toUtf8());
    netstring(out, QByteArray::number(row.version));
    netstring(out, row.detail);
    return out;
}

QByteArray auditHash(const QByteArray &prevHash, const AuditRow &row) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash);
    hash.addData(auditCanonical(row));
    return hash.result().toHex();
}

bool AuditLog::append(const AuditEvent &event, QString *error) const {
    if (!m_database.inTransaction())
        return failed(error, QStringLiteral("the audit is appended inside a transaction only"));
    return insert(event, error);
}

bool AuditLog::record(const AuditEvent &event, QString *error) const {
    if (m_database.engine() == DatabaseEngine::Postgres && !m_database.inTransaction())
        return insert(event, error); // the append function alone: a transaction of its own
    return m_database.audited([&](QSqlDatabase &) { return append(event, error); }, error);
}

bool AuditLog::insert(const AuditEvent &event, QString *error) const {
    AuditRow row;
    row.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (event.userId > 0)
        row.userId = event.userId;
    row.actor = text(event.actor);
    row.action = text(event.action);
    row.entity = text(event.entity);
    row.recordId = text(event.recordId);
    row.version = event.version;
    row.detail = QJsonDocument(event.detail).toJson(QJsonDocument::Compact);
    const QVariant userId = row.userId ? QVariant(*row.userId) : QVariant(QMetaType(QMetaType::LongLong));
    if (m_database.engine() == DatabaseEngine::Postgres) {
        // Lock, last row, hash and insert in the database's own function (migration 5).
        QSqlQuery *append = prepared(m_database, QStringLiteral("SELECT audit_log_append(?,?,?,?,?,?,?,?)"));
        if (!append)
            return failed(error, QStringLiteral("cannot append to the audit log"));
        const QVariantList binds{row.at,     userId,       row.actor,   row.action,
                                 row.entity, row.recordId, row.version, QString::fromUtf8(row.detail)};
        for (int i = 0; i < binds.size(); ++i)
            append->bindValue(i, binds.at(i));
        const bool done = append->exec();
        const QString why = done ? QString() : append->lastError().text().trimmed();
        append->finish();
        return done || failed(error, QStringLiteral("cannot append to the audit log: %1").arg(why));
    }
    // SQLite: the transaction's write lock serialises the appends of every process; the chain's last
    // row is read once a transaction.
    qint64 lastSeq = 0;
    if (m_database.auditHead(&lastSeq, &row.prevHash)) {
        row.seq = lastSeq + 1;
    } else {
        QSqlQuery *head =
            prepared(m_database, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!head || !head->exec())
            return failed(error, QStringLiteral("cannot read the audit log's last row"));
        if (head->next()) {
            row.seq = head->value(0).toLongLong() + 1;
            row.prevHash = head->value(1).toString().toLatin1();
        } else if (head->lastError().isValid()) {
            head->finish();
            return failed(error, QStringLiteral("cannot read the audit log's last row"));
        } else {
            row.seq = 1;
            row.prevHash = auditGenesisHash();
        }
        head->finish();
    }
    row.hash = auditHash(row.prevHash, row);
    QSqlQuery *insert = prepared(m_database, QStringLiteral("INSERT INTO audit_log (%1) VALUES "
                                                            "(?,?,?,?,?,?,?,?,?,?,?)")
                                                 .arg(QLatin1String(kColumns)));
    if (!insert)
        return failed(error, QStringLiteral("cannot append to the audit log"));
    const QVariantList binds{row.seq,
                             row.at,
                             userId,
                             row.actor,
                             row.action,
                             row.entity,
                             row.recordId,
                             row.version,
                             QString::fromUtf8(row.detail),
                             QString::fromLatin1(row.prevHash),
                             QString::fromLatin1(row.hash)};
    for (int i = 0; i < binds.size(); ++i)
        insert->bindValue(i, binds.at(i));
    const bool done = insert->exec();
    const QString why = done ? QString() : insert->lastError().text().trimmed();
    insert->finish();
    if (done)
        m_database.setAuditHead(row.seq, row.hash);
    return done || failed(error, QStringLiteral("cannot append to the audit log: %1").arg(why));
}

AuditCheck verifyAudit(const ServerDatabase &database) {
    AuditCheck check;
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One snapshot for the whole walk, without blocking the servers' appends.
    const bool postgres = database.engine() == DatabaseEngine::Postgres;
    if (!q.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                         : QStringLiteral("BEGIN"))) {
        check.fault = QStringLiteral("cannot read the audit log: %1").arg(q.lastError().text().trimmed());
        return check;
    }
    constexpr int kPage = 5000;
    QByteArray previous = auditGenesisHash();
    qint64 expected = 1;
    bool more = true;
    bool readable = true;
    while (more && check.brokenSeq == 0) {
        q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT %2")
                      .arg(QLatin1String(kColumns))
                      .arg(kPage));
        q.addBindValue(expected);
        if (!q.exec()) {
            readable = false;
            check.fault = QStringLiteral("cannot read the audit log: %1").arg(q.lastError().text().trimmed());
            break;
        }
        int got = 0;
        while (q.next()) {
            ++got;
            const AuditRow row = rowOf(q);
            QString fault;
            if (row.seq != expected)
                fault = expected == 1
                            ? (row.seq == 2
                                   ? QStringLiteral("row 1 is missing (the log starts at row 2)")
                                   : QStringLiteral("rows 1 to %1 are missing (the log starts at row %2)")
                                         .arg(row.seq - 1)
                                         .arg(row.seq))
                        : row.seq == expected + 1
                            ? QStringLiteral("row %1 is missing (this row follows row %2)")
                                  .arg(expected)
                                  .arg(expected - 1)
                            : QStringLiteral("rows %1 to %2 are missing (this row follows row %3)")
                                  .arg(expected)
                                  .arg(row.seq - 1)
                                  .arg(expected - 1);
            else if (row.prevHash != previous)
                fault = expected == 1
                            ? QStringLiteral("its previous hash is not the chain's start")
                            : QStringLiteral("it does not follow row %1: its previous hash is not that row's "
                                             "hash (a row removed, inserted or moved before it, or row %1 "
                                             "rewritten with a new hash)")
                                  .arg(expected - 1);
            else if (auditHash(row.prevHash, row) != row.hash)
                fault = QStringLiteral("its content does not match its hash: it was changed after it was "
                                       "written");
            if (!fault.isEmpty()) {
                check.brokenSeq = row.seq;
                check.broken = row;
                check.fault = fault;
                break;
            }
            ++check.rows;
            previous = row.hash;
            expected = row.seq + 1;
        }
        if (readable && q.lastError().isValid()) {
            readable = false;
            check.fault = QStringLiteral("cannot read the audit log: %1").arg(q.lastError().text().trimmed());
        }
        more = got == kPage;
    }
    q.finish();
    q.exec(QStringLiteral("ROLLBACK"));
    check.readable = readable;
    check.head = previous;
    return check;
}

} // namespace concerto::server
