// Resolves a conflict: the server's copy applied as the base, then the settled body saved over it.
#include "models/store/conflictresolution.h"

#include "models/store/repositories.h"
#include "models/store/serverapply.h"
#include "models/store/storeerror.h"
#include "models/store/syncconflicts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace concerto {

namespace {

// Saves `merged` over the stored record of `entity` (already the server's copy) through its repository,
// so that the write is checked, journaled and audited like any other.
template <typename T>
StoreResult saveOver(Database &db, const QUuid &id, const std::optional<QJsonObject> &merged) {
    Repository<T> repository(db);
    if (!merged)
        return repository.remove(id);
    const StoreRead<std::optional<T>> stored = repository.find(id);
    if (!stored.ok())
        return StoreResult::failure(stored.error);
    T record = T::fromJson(*merged);
    if (*stored)
        record.meta = (*stored)->meta;
    else
        record.meta.id = id;
    return repository.save(record);
}

StoreResult saveSettled(Database &db, const QString &entity, const QUuid &id,
                        const std::optional<QJsonObject> &merged) {
    if (entity == QLatin1String("organisation"))
        return saveOver<Organisation>(db, id, merged);
    if (entity == QLatin1String("professional"))
        return saveOver<Professional>(db, id, merged);
    if (entity == QLatin1String("rcp"))
        return saveOver<Rcp>(db, id, merged);
    if (entity == QLatin1String("session"))
        return saveOver<Session>(db, id, merged);
    if (entity == QLatin1String("patient"))
        return saveOver<Patient>(db, id, merged);
    if (entity == QLatin1String("inscription"))
        return saveOver<Inscription>(db, id, merged);
    if (entity == QLatin1String("fiche"))
        return saveOver<Fiche>(db, id, merged);
    return StoreResult::failure(
        QCoreApplication::translate("Store", "Records of kind %1 are not synchronised.").arg(entity));
}

StoreResult exec(Database &db, const QString &sql, const QVariantList &binds, const char *what) {
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        logStoreError(what, QStringLiteral("sync_conflict"), q.lastError());
        return StoreResult::failure(storeErrorMessage(q.lastError(), db.path()));
    }
    return StoreResult::success();
}

} // namespace

StoreResult resolveConflict(Database &db, qint64 seq, const std::optional<QJsonObject> &merged) {
    WriteTransaction tx(db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    const StoreRead<std::vector<SyncConflict>> open = openConflicts(db);
    if (!open.ok())
        return StoreResult::failure(open.error);
    const auto it =
        std::find_if(open->begin(), open->end(), [seq](const SyncConflict &c) { return c.seq == seq; });
    if (it == open->end())
        return StoreResult::failure(QCoreApplication::translate(
            "Store", "This conflict is no longer open: it was settled meanwhile."));
    const SyncConflict &c = *it;
    if (c.reason != QLatin1String(conflictreason::pendingChanges) || c.recordId != c.localId)
        return StoreResult::failure(QCoreApplication::translate(
            "Store",
            "This conflict is not between two versions of one record; it cannot be settled field by field."));
    const QString id = c.recordId.toString(QUuid::WithoutBraces);
    // The local changes the conflict held give way, then the server's copy comes in as the base.
    if (StoreResult r =
            exec(db, QStringLiteral("DELETE FROM change_journal WHERE entity = ? AND record_id = ?"),
                 {c.entity, id}, "settling");
        !r)
        return r;
    if (StoreResult r =
            exec(db, QStringLiteral("DELETE FROM sync_conflict WHERE seq = ?"), {seq}, "settling");
        !r)
        return r;
    ServerApplyResult applied =
        ServerApply(db).apply({{c.entity, c.recordId, c.server.version, c.server.updatedAt,
                                c.server.updatedBy, c.server.deleted, c.server.body}});
    if (!applied.result)
        return applied.result;
    if (applied.applied.empty() && applied.unchanged.empty())
        return StoreResult::failure(QCoreApplication::translate(
            "Store", "The server's copy could not be applied: it meets another conflict."));
    // What the person chose, written over the server's copy unless it is that copy.
    const QJsonObject theirs = QJsonDocument::fromJson(c.server.body).object();
    const bool sameAsServer = merged ? (!c.server.deleted && *merged == theirs) : c.server.deleted;
    if (!sameAsServer)
        if (StoreResult r = saveSettled(db, c.entity, c.recordId, merged); !r)
            return r;
    const QJsonObject note{{QStringLiteral("conflict"), seq},
                           {QStringLiteral("serverVersion"), c.server.version},
                           {QStringLiteral("kept"),
                            sameAsServer ? QStringLiteral("server")
                                         : (merged ? QStringLiteral("merged") : QStringLiteral("deleted"))}};
    if (StoreResult r =
            exec(db,
                 QStringLiteral("INSERT INTO audit_log (at, actor, entity, record_id, action, changes)"
                                " VALUES (?,?,?,?,?,?)"),
                 {json::timeText(db.now()), db.actor(), c.entity, id, QStringLiteral("conflict-resolved"),
                  QJsonDocument(note).toJson(QJsonDocument::Compact)},
                 "auditing");
        !r)
        return r;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

} // namespace concerto
