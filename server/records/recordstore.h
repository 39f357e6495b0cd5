// Where the server keeps the synced records, behind one interface (SqlRecordStore, sqlrecordstore.h,
// implements it on SQLite and PostgreSQL alike): the latest copy of each record with its place in the
// change feed (`seq`, whose order is the commit order), the organisations that see it, the mutations
// applied (for idempotent pushes). The sync's rules (versions, conflicts, rights) are the SyncService's,
// not the store's; every method answers false when the database failed (never taken for "not found").
#pragma once

#include "server/db/auditlog.h"
#include "sync/protocol.h"

#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace concerto::server {

inline const QString kRegionScope = QStringLiteral("*"); // a record every signed-in user sees

struct StoredRecord {
    sync::WireRecord copy;
    qint64 seq = 0;
    QString uniqueKey; // a fiche's "set/version number"; empty when none
    QString origin;    // the device whose push made this copy (its pull skips it: it has it)
};

// What a reader sees: the whole region, or the records of these organisations (and the region's).
struct Visibility {
    bool region = false;
    QStringList organisations;
};

class RecordStore {
public:
    virtual ~RecordStore() = default;

    // Runs `work` as one write transaction, serialised with every other: sequences given inside follow
    // the commit order. Rolls back when `work` returns false or the commit fails.
    virtual bool writeUnit(const std::function<bool()> &work, QString *error) = 0;
    // Runs `work`, a read that leaves an audit row, as one transaction serialised with the audit's other
    // appends only (ServerDatabase::audited).
    virtual bool auditedRead(const std::function<bool()> &work, QString *error) = 0;
    // Appends `event` to the audit log, inside the open writeUnit or auditedRead, else in a transaction of
    // its own.
    virtual bool audit(const AuditEvent &event) = 0;

    virtual bool find(const QString &entity, const QUuid &id, std::optional<StoredRecord> *found) = 0;
    virtual bool scopesOf(const QString &entity, const QUuid &id, QStringList *scopes) = 0;
    // The version a mutation id made, if it was applied before.
    virtual bool appliedMutation(const QUuid &mutationId, std::optional<qint64> *version) = 0;
    // The record of `entity` other than `except` holding `uniqueKey`, if any.
    virtual bool holderOf(const QString &entity, const QString &uniqueKey, const QUuid &except,
                          std::optional<StoredRecord> *holder) = 0;
    virtual bool organisationExists(const QString &code, bool *exists) = 0;

    // Writes `record` (insert or replace) with the next sequence, set in `record.seq`.
    virtual bool put(StoredRecord &record) = 0;
    // Adds an organisation that sees the record; `added` says whether it was new.
    virtual bool addScope(const QString &entity, const QUuid &id, const QString &organisation,
                          bool *added) = 0;
    // Gives the record the next sequence, so that the feed carries it again (a record newly seen).
    virtual bool touch(const QString &entity, const QUuid &id) = 0;
    virtual bool rememberMutation(const QUuid &mutationId, const QString &entity, const QUuid &id,
                                  qint64 version, const QString &deviceId, qint64 userId, qint64 now) = 0;

    // The visible records after `afterSeq`, in feed order, at most `limit`.
    virtual bool feed(qint64 afterSeq, const Visibility &visibility, int limit,
                      std::vector<StoredRecord> *records) = 0;
    virtual bool isVisible(const QString &entity, const QUuid &id, const Visibility &visibility,
                           bool *visible) = 0;
};

} // namespace concerto::server
