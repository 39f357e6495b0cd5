// Applies the server's records: checks each, keeps local changes from being overwritten (a conflict
// instead), writes the rest with the server's version and author, and checks parents at the end.
#include "models/store/serverapply.h"
#include "models/store/storelog.h"
#include "models/store/syncbase.h"
#include "models/store/syncconflicts.h"
#include "models/store/syncstate.h"
#include "models/store/tables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <functional>

namespace concerto {

// How the records of one table are written: its query columns (filled from the body by the domain's
// own reader), derived columns and foreign keys.
struct ServerApply::Table {
    QString name;
    QStringList columns;
    std::function<QVariantList(const QJsonObject &)> values;
    int bodyUses = 0;
    QString insertSql;
    QString updateSql;
    std::vector<std::pair<QString, QString>> parents; // (column, parent table)
};

namespace {

template <typename T>
std::function<QVariantList(const QJsonObject &)> valuesOf() {
    return [](const QJsonObject &body) { return TableTraits<T>::values(T::fromJson(body)); };
}

std::function<QVariantList(const QJsonObject &)> valuesFor(const QString &entity) {
    if (entity == QLatin1String("organisation"))
        return valuesOf<Organisation>();
    if (entity == QLatin1String("professional"))
        return valuesOf<Professional>();
    if (entity == QLatin1String("rcp"))
        return valuesOf<Rcp>();
    if (entity == QLatin1String("session"))
        return valuesOf<Session>();
    if (entity == QLatin1String("patient"))
        return valuesOf<Patient>();
    if (entity == QLatin1String("inscription"))
        return valuesOf<Inscription>();
    return valuesOf<Fiche>();
}

QStringList columnsFor(const QString &entity) {
    if (entity == QLatin1String("organisation"))
        return TableTraits<Organisation>::columns();
    if (entity == QLatin1String("professional"))
        return TableTraits<Professional>::columns();
    if (entity == QLatin1String("rcp"))
        return TableTraits<Rcp>::columns();
    if (entity == QLatin1String("session"))
        return TableTraits<Session>::columns();
    if (entity == QLatin1String("patient"))
        return TableTraits<Patient>::columns();
    if (entity == QLatin1String("inscription"))
        return TableTraits<Inscription>::columns();
    return TableTraits<Fiche>::columns();
}

QString recordName(const ServerRecord &r) {
    return QStringLiteral("%1 %2").arg(r.entity, json::idText(r.id));
}

} // namespace

ServerApply::ServerApply(Database &db)
    : m_db(db) {}

ServerApply::~ServerApply() = default;

QSqlQuery &ServerApply::prepared(const QString &sql) {
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

const ServerApply::Table &ServerApply::table(const QString &entity) {
    auto it = m_tables.find(entity);
    if (it != m_tables.end())
        return *it->second;
    auto t = std::make_unique<Table>();
    t->name = entity;
    t->columns = columnsFor(entity);
    t->values = valuesFor(entity);
    QStringList names{QStringLiteral("id"),         QStringLiteral("version"), QStringLiteral("updated_at"),
                      QStringLiteral("updated_by"), QStringLiteral("deleted"), QStringLiteral("body")};
    names += t->columns;
    QStringList marks(names.size(), QStringLiteral("?"));
    QStringList sets;
    for (int i = 1; i < names.size(); ++i)
        sets << names.at(i) + QStringLiteral("=?");
    for (const DerivedColumn &d : derived::columnsOf(entity)) {
        names << d.name;
        marks << d.expression.arg(QStringLiteral("?"));
        sets << d.name + QLatin1Char('=') + d.expression.arg(QStringLiteral("?"));
        t->bodyUses += int(d.expression.count(QStringLiteral("%1")));
    }
    t->insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(entity, names.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
    t->updateSql = QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(entity, sets.join(QLatin1Char(',')));
    // Only for saying which parent is missing: the foreign keys themselves are checked by SQLite at commit.
    QSqlQuery fks(m_db.connection());
    if (fks.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(entity)))
        while (fks.next())
            t->parents.emplace_back(fks.value(3).toString(), fks.value(2).toString());
    return *m_tables.emplace(entity, std::move(t)).first->second;
}

QString ServerApply::failed(const QSqlQuery &q, const char *what, const ServerRecord &record) const {
    logStoreError(what, record.entity, q.lastError());
    return QCoreApplication::translate("Store", "The server's record %1 could not be written: %2")
        .arg(recordName(record), storeErrorMessage(q.lastError(), m_db.path()));
}

QString ServerApply::firstRow(QSqlQuery &q, const ServerRecord &record, bool *row) const {
    *row = q.next();
    if (*row)
        return {};
    // next() is false at the end of the rows and when a step fails: only the error tells them apart.
    if (q.lastError().isValid()) {
        const QString why = failed(q, "reading", record);
        q.finish();
        return why;
    }
    q.finish();
    return {};
}

ServerApplyResult ServerApply::apply(const std::vector<ServerRecord> &batch,
                                     const std::optional<QString> &cursor) {
    ServerApplyResult out;
    const auto refuse = [&out](const QString &why) {
        qCWarning(lcStore).noquote() << "a batch from the server was not applied";
        ServerApplyResult refused;
        refused.result = StoreResult::failure(
            why + QLatin1Char(' ') + QCoreApplication::translate("Store", "Nothing of it was applied."));
        out = std::move(refused);
        return out;
    };
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return refuse(tx.error());
    // Parents are checked when the batch is done (reset by SQLite at the end of the transaction).
    QSqlQuery defer(m_db.connection());
    if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys=ON")))
        return refuse(storeErrorMessage(defer.lastError(), m_db.path()));
    for (const ServerRecord &record : batch) {
        Outcome outcome = Outcome::Applied;
        if (const QString why = applyOne(record, &outcome); !why.isEmpty())
            return refuse(why);
        const RecordRef ref{record.entity, record.id};
        (outcome == Outcome::Applied     ? out.applied
         : outcome == Outcome::Unchanged ? out.unchanged
                                         : out.conflicted)
            .push_back(ref);
    }
    if (const QString why = missingParent(out.applied); !why.isEmpty())
        return refuse(why);
    if (cursor)
        if (StoreResult r = saveSyncCursor(m_db, *cursor, m_db.now()); !r)
            return refuse(r.error);
    if (!tx.commit())
        return refuse(tx.error());
    return out;
}

QString ServerApply::applyOne(const ServerRecord &record, Outcome *outcome) {
    // Checked before anything is written: a record the server should never have sent.
    if (!isSyncedTable(record.entity))
        return QCoreApplication::translate("Store", "The server sent a record of an unknown kind (%1).")
            .arg(record.entity.left(40));
    if (record.id.isNull() || record.version < 1 || !record.updatedAt.isValid() || record.updatedBy.isEmpty())
        return QCoreApplication::translate("Store",
                                           "The server's record %1 lacks its id, version, time or author.")
            .arg(recordName(record));
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(record.body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject())
        return QCoreApplication::translate(
                   "Store", "The server's record %1 is damaged (its fields are not a JSON object).")
            .arg(recordName(record));
    const QJsonObject body = document.object();
    const QByteArray compact = document.toJson(QJsonDocument::Compact);
    const QString id = json::idText(record.id);

    const StoreRead<std::optional<RecordCopy>> stored =
        storedCopy(prepared(storedCopySql(record.entity)), m_db, record.entity, record.id);
    if (!stored.ok())
        return stored.error;
    if (*stored && record.version <= (*stored)->version) {
        *outcome = Outcome::Unchanged;
        return {};
    }
    *outcome = Outcome::Conflicted;
    if (*stored) {
        QSqlQuery &pending = prepared(
            QStringLiteral("SELECT 1 FROM change_journal WHERE entity = ? AND record_id = ? LIMIT 1"));
        pending.bindValue(0, record.entity);
        pending.bindValue(1, id);
        if (!pending.exec())
            return failed(pending, "reading", record);
        bool hasPending = false;
        if (const QString why = firstRow(pending, record, &hasPending); !why.isEmpty())
            return why;
        if (hasPending)
            return keepConflict(record, compact, conflictreason::pendingChanges, record.id);
    }
    if (record.entity == QLatin1String("fiche")) {
        // A signed fiche here never changes (the triggers hold it): the server's copy of it is taken
        // when it says the same (its version only), kept as a conflict otherwise.
        QSqlQuery &lock = prepared(QStringLiteral("SELECT signed_at IS NOT NULL FROM fiche WHERE id = ?"));
        lock.bindValue(0, id);
        if (!lock.exec())
            return failed(lock, "reading", record);
        bool isSigned = false;
        if (const QString why = firstRow(lock, record, &isSigned); !why.isEmpty())
            return why;
        isSigned = isSigned && lock.value(0).toBool();
        lock.finish();
        if (isSigned) {
            const QJsonObject mine = QJsonDocument::fromJson((*stored)->body).object();
            if (mine != body || (*stored)->deleted != record.deleted)
                return keepConflict(record, compact, conflictreason::signedFiche, record.id);
            QSqlQuery &version = prepared(QStringLiteral("UPDATE fiche SET version = ? WHERE id = ?"));
            version.bindValue(0, record.version);
            version.bindValue(1, id);
            if (!version.exec())
                return failed(version, "writing", record);
            RecordCopy base = **stored;
            base.version = record.version;
            if (const QString why = keepBase(record, base); !why.isEmpty())
                return why;
            m_db.recordChange(record.entity, record.id, ChangeKind::Updated);
            *outcome = Outcome::Applied;
            return {};
        }
    }
    QUuid holder;
    const char *reason = nullptr;
    if (const QString why = placeTaken(record, body, &holder, &reason); !why.isEmpty())
        return why;
    if (!holder.isNull())
        return keepConflict(record, compact, reason, holder);

    const Table &t = table(record.entity);
    QSqlQuery &write = prepared(*stored ? t.updateSql : t.insertSql);
    QVariantList values;
    if (!*stored)
        values << id;
    values << record.version << json::timeText(record.updatedAt) << record.updatedBy
           << (record.deleted ? 1 : 0) << compact;
    values += t.values(body);
    for (int i = 0; i < t.bodyUses; ++i)
        values << compact;
    if (*stored)
        values << id;
    for (int i = 0; i < values.size(); ++i)
        write.bindValue(i, values.at(i));
    if (!write.exec())
        return failed(write, "writing", record);
    if (const QString why =
            keepBase(record, {record.version, record.updatedAt, record.updatedBy, record.deleted, compact});
        !why.isEmpty())
        return why;
    QSqlQuery &audit = prepared(QStringLiteral(
        "INSERT INTO audit_log (at, actor, entity, record_id, action, changes) VALUES (?,?,?,?,'pull',?)"));
    const QVariantList auditValues{json::timeText(m_db.now()), record.updatedBy, record.entity, id,
                                   QStringLiteral("{\"version\":%1}").arg(record.version)};
    for (int i = 0; i < auditValues.size(); ++i)
        audit.bindValue(i, auditValues.at(i));
    if (!audit.exec())
        return failed(audit, "auditing", record);
    m_db.recordChange(record.entity, record.id,
                      !*stored         ? ChangeKind::Inserted
                      : record.deleted ? ChangeKind::Deleted
                                       : ChangeKind::Updated);
    *outcome = Outcome::Applied;
    return {};
}

QString ServerApply::placeTaken(const ServerRecord &record, const QJsonObject &body, QUuid *holder,
                                const char **reason) {
    QSqlQuery *q = nullptr;
    if (record.entity == QLatin1String("fiche")) {
        // Who numbers a fiche's versions: a device numbers an amendment v+1 on its own; the server keeps
        // the first of a number it receives. A version held here by another fiche is kept as a conflict.
        const Fiche fiche = Fiche::fromJson(body);
        q = &prepared(
            QStringLiteral("SELECT id FROM fiche WHERE set_id = ? AND version_number = ? AND id <> ?"));
        q->bindValue(0, json::idText(fiche.setId));
        q->bindValue(1, fiche.versionNumber);
        q->bindValue(2, json::idText(record.id));
        *reason = conflictreason::versionTaken;
    } else if (record.entity == QLatin1String("session") && !record.deleted) {
        // One living session a day per committee (schema 12): two planned apart are a conflict too.
        const Session session = Session::fromJson(body);
        if (session.status == SessionStatus::Cancelled)
            return {};
        q = &prepared(QStringLiteral("SELECT id FROM session WHERE rcp_id = ? AND board_day = ?"
                                     " AND deleted = 0 AND status <> 'cancelled' AND id <> ?"));
        const QVariantList values = TableTraits<Session>::values(session);
        q->bindValue(0, values.at(0));
        q->bindValue(1, values.at(3));
        q->bindValue(2, json::idText(record.id));
        *reason = conflictreason::sessionDayTaken;
    } else {
        return {};
    }
    if (!q->exec())
        return failed(*q, "reading", record);
    bool held = false;
    if (const QString why = firstRow(*q, record, &held); !why.isEmpty())
        return why;
    if (held)
        *holder = QUuid::fromString(q->value(0).toString());
    q->finish();
    return {};
}

QString ServerApply::keepBase(const ServerRecord &record, const RecordCopy &base) {
    if (StoreResult r = saveSyncBase(prepared(saveSyncBaseSql()), m_db, record.entity, record.id, base); !r)
        return r.error;
    // A newer server copy that applies leaves an earlier conflict of the record without object.
    QSqlQuery &settled =
        prepared(QStringLiteral("DELETE FROM sync_conflict WHERE entity = ? AND record_id = ?"));
    settled.bindValue(0, record.entity);
    settled.bindValue(1, json::idText(record.id));
    if (!settled.exec())
        return failed(settled, "writing", record);
    return {};
}

QString ServerApply::keepConflict(const ServerRecord &record, const QByteArray &body, const char *reason,
                                  const QUuid &localId) {
    const StoreRead<std::optional<RecordCopy>> local = storedCopy(m_db, record.entity, localId);
    if (!local.ok())
        return local.error;
    const StoreRead<std::optional<RecordCopy>> base = syncBase(m_db, record.entity, record.id);
    if (!base.ok())
        return base.error;
    SyncConflict c;
    c.entity = record.entity;
    c.recordId = record.id;
    c.reason = QLatin1String(reason);
    c.foundAt = m_db.now();
    c.server = {record.version, record.updatedAt, record.updatedBy, record.deleted, body};
    c.localId = localId;
    c.local = local->value_or(RecordCopy{});
    c.base = *base;
    if (StoreResult r = recordConflict(m_db, c); !r)
        return r.error;
    qCInfo(lcStore).noquote() << "a record from the server was kept as a conflict:" << reason;
    return {};
}

QString ServerApply::missingParent(const std::vector<RecordRef> &applied) {
    for (const RecordRef &ref : applied) {
        const Table &t = table(ref.entity);
        for (const auto &[column, parent] : t.parents) {
            QSqlQuery &q = prepared(QStringLiteral("SELECT c.%1 FROM %2 c WHERE c.id = ? AND c.%1 IS NOT NULL"
                                                   " AND NOT EXISTS (SELECT 1 FROM %3 p WHERE p.id = c.%1)")
                                        .arg(column, ref.entity, parent));
            q.bindValue(0, json::idText(ref.id));
            if (!q.exec())
                return failed(q, "reading", ServerRecord{ref.entity, ref.id, 0, {}, {}, false, {}});
            bool missing = false;
            if (const QString why =
                    firstRow(q, ServerRecord{ref.entity, ref.id, 0, {}, {}, false, {}}, &missing);
                !why.isEmpty())
                return why;
            const QString parentId = missing ? q.value(0).toString() : QString();
            q.finish();
            if (missing)
                return QCoreApplication::translate(
                           "Store",
                           "The server's record %1 names a %2 (%3) that is neither in this file nor in what "
                           "the server sent.")
                    .arg(QStringLiteral("%1 %2").arg(ref.entity, json::idText(ref.id)), parent, parentId);
        }
    }
    return {};
}

} // namespace concerto
