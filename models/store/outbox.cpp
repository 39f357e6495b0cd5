// The outbox read for a push and emptied by the server's confirmations.
#include "models/store/outbox.h"
#include "models/domain/record.h"
#include "models/store/storelog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concerto {

namespace {
// Journal rows of records that may leave this computer.
const char *const kSent = "NOT EXISTS (SELECT 1 FROM local_only_record l"
                          " WHERE l.entity = j.entity AND l.record_id = j.record_id)";
} // namespace

Outbox::Outbox(Database &db)
    : m_db(db) {}

StoreResult Outbox::failed(const QSqlQuery &q, const char *what) const {
    logStoreError(what, QStringLiteral("change_journal"), q.lastError());
    return StoreResult::failure(storeErrorMessage(q.lastError(), m_db.path()));
}

QSqlQuery &Outbox::prepared(const QString &sql) const {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

StoreRead<std::vector<PendingMutation>> Outbox::pending(int limit, qint64 afterSeq) const {
    using Read = StoreRead<std::vector<PendingMutation>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mutation_id, entity, record_id, operation, base_version, fields,"
                             " created_at, created_by FROM change_journal j WHERE seq > ? AND %1"
                             " ORDER BY seq LIMIT ?")
                  .arg(QLatin1String(kSent)));
    q.bindValue(0, afterSeq);
    q.bindValue(1, limit);
    if (!q.exec())
        return Read::failure(readFailure("reading", QStringLiteral("change_journal"), q, m_db.path()));
    std::vector<PendingMutation> all;
    while (q.next()) {
        PendingMutation m;
        m.seq = q.value(0).toLongLong();
        m.mutationId = QUuid::fromString(q.value(1).toString());
        m.entity = q.value(2).toString();
        m.recordId = QUuid::fromString(q.value(3).toString());
        m.operation = q.value(4).toString();
        m.baseVersion = q.value(5).toLongLong();
        for (const QJsonValue &field : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
            m.fields << field.toString();
        m.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        m.createdBy = q.value(8).toString();
        all.push_back(std::move(m));
    }
    if (q.lastError().isValid())
        return Read::failure(readFailure("reading", QStringLiteral("change_journal"), q, m_db.path()));
    q.finish();
    for (PendingMutation &m : all) {
        // The journal names a table of its own file: one the sync does not know means a damaged file.
        const StoreRead<std::optional<RecordCopy>> record =
            isSyncedTable(m.entity)
                ? storedCopy(prepared(storedCopySql(m.entity)), m_db, m.entity, m.recordId)
                : StoreRead<std::optional<RecordCopy>>::success(std::nullopt);
        if (!record.ok())
            return Read::failure(record.error);
        if (!*record || m.mutationId.isNull()) {
            qCWarning(lcStore).noquote() << "a change of the outbox has no record:" << m.entity << m.seq;
            // No error on the finished query: read as a damaged file.
            return Read::failure(readFailure("reading", QStringLiteral("change_journal"), q, m_db.path()));
        }
        m.record = **record;
    }
    return Read::success(std::move(all));
}

StoreRead<int> Outbox::count() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM change_journal j WHERE %1").arg(QLatin1String(kSent))) ||
        !q.next())
        return StoreRead<int>::failure(
            readFailure("counting", QStringLiteral("change_journal"), q, m_db.path()));
    return StoreRead<int>::success(q.value(0).toInt());
}

StoreResult Outbox::confirm(const PendingMutation &mutation, qint64 serverVersion) {
    if (!isSyncedTable(mutation.entity) || serverVersion < 1)
        return StoreResult::failure(QStringLiteral("not a confirmation")); // a programming error
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery &done = prepared(QStringLiteral("DELETE FROM change_journal WHERE mutation_id = ?"));
    done.bindValue(0, json::idText(mutation.mutationId));
    if (!done.exec())
        return failed(done, "confirming");
    if (done.numRowsAffected() == 0) // confirmed before: the answer was replayed
        return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
    const QString id = json::idText(mutation.recordId);
    // Only the version column changes: the signed-fiche triggers allow it.
    QSqlQuery &version = prepared(
        QStringLiteral("UPDATE %1 SET version = ? WHERE id = ? AND version < ?").arg(mutation.entity));
    version.bindValue(0, serverVersion);
    version.bindValue(1, id);
    version.bindValue(2, serverVersion);
    if (!version.exec())
        return failed(version, "confirming");
    // The later changes of the record were made on top of this one: the server now knows it.
    QSqlQuery &rebase = prepared(
        QStringLiteral("UPDATE change_journal SET base_version = ? WHERE entity = ? AND record_id = ?"));
    rebase.bindValue(0, serverVersion);
    rebase.bindValue(1, mutation.entity);
    rebase.bindValue(2, id);
    if (!rebase.exec())
        return failed(rebase, "confirming");
    RecordCopy base = mutation.record;
    base.version = serverVersion;
    if (StoreResult r =
            saveSyncBase(prepared(saveSyncBaseSql()), m_db, mutation.entity, mutation.recordId, base);
        !r)
        return r;
    m_db.recordChange(mutation.entity, mutation.recordId, ChangeKind::Updated);
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

StoreRead<int> pendingChangeCount(Database &db) {
    return Outbox(db).count();
}

StoreRead<int> localOnlyRecordCount(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM local_only_record")) || !q.next())
        return StoreRead<int>::failure(
            readFailure("counting", QStringLiteral("local_only_record"), q, db.path()));
    return StoreRead<int>::success(q.value(0).toInt());
}

} // namespace concerto
