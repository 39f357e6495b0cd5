// The sync's rules on the server, over a RecordStore: a push applies each mutation idempotently (a mutation
// id seen before answers `duplicate` with the version it made), with optimistic concurrency on the record's
// version (another base: `conflict`, with the server's copy, nothing written), after the models' checks
// (`rejected`, invalid, with the reasons) and the user's rights (`rejected`, forbidden: the role must allow
// the write, and the record must belong to one of the user's organisations); a signed fiche refuses every
// edit (`rejected`, signed-fiche: only an amendment, a new version, may follow it); a fiche version number
// taken by another fiche of the same document is a `conflict`. A pull reads the change feed in commit
// order, the records the user sees only, with the parents the client's store needs beside them.
//
// Who sees a record: a committee belongs to the organisation of its 3C (the server organisation whose code
// is the 3C record's national id, or its id); a session to its committee's, a case and a fiche to their
// session's or committee's; a patient to the organisations of the user who sent it and of every case or
// fiche naming it (the feed carries the patient again when an organisation starts seeing it); the
// directory (organisations, professionals) to the whole region.
//
// The audit (auditlog.h): each mutation applied appends a create, update or delete row (with the fields
// written, or changed with their values before and after) in the push's transaction, and each refused
// as forbidden a write-refused row; a record read appends a read (or read-refused) row in the read's
// transaction; a pull page carrying patients, cases or fiches appends a pull row with their ids, committed
// before the page is answered (a failed append answers nothing). `client` is where the request came from
// (its address, X-Forwarded-For), kept in each row's detail.
#pragma once

#include "server/auth/principal.h"
#include "server/records/recordstore.h"

#include <functional>

namespace concerto::server {

struct PushResult {
    bool ok = false; // false: the database failed, nothing of the batch was written
    QString error;
    std::vector<sync::MutationAnswer> answers;
};

struct PullPage {
    bool ok = false;
    bool changed = false;                  // the feed moved after the cursor (even if nothing is sent)
    std::vector<sync::WireRecord> records; // parents first
    qint64 lastSeq = 0;                    // the cursor after this page
    bool more = false;
};

class SyncService final {
public:
    SyncService(RecordStore &store, std::function<qint64()> clock)
        : m_store(store)
        , m_clock(std::move(clock)) {}

    PushResult push(const Principal &principal, const QString &deviceId,
                    const std::vector<sync::Mutation> &mutations, const QJsonObject &client = {});
    // `device`: the puller's device id; the copies its own pushes made are left out (it has them).
    PullPage pull(const Principal &principal, qint64 afterSeq, int limit, const QString &device = {},
                  const std::optional<QString> &organisation = std::nullopt, const QJsonObject &client = {});
    // The record if the user sees it; `found` false when it is not there or not theirs (one answer).
    bool read(const Principal &principal, const QString &entity, const QUuid &id,
              std::optional<sync::WireRecord> *found, const QJsonObject &client = {});

    static Visibility visibilityOf(const Principal &principal);

private:
    // One mutation inside the push's transaction; false only when the database failed.
    bool applyOne(const Principal &principal, const QString &deviceId, const sync::Mutation &mutation,
                  const QJsonObject &client, sync::MutationAnswer *answer);
    // The audit row of an applied mutation (`before`: the copy it replaced).
    bool auditApplied(const Principal &principal, const QString &deviceId, const sync::Mutation &mutation,
                      const sync::WireRecord &written, const std::optional<StoredRecord> &before,
                      const QJsonObject &client);
    bool auditRefused(const Principal &principal, const QString &deviceId, const sync::Mutation &mutation,
                      const QString &why, const QJsonObject &client);
    // The organisations a new copy of a record belongs to; false when the database failed, an empty
    // list with `why` when it cannot be told.
    bool scopesFor(const Principal &principal, const sync::WireRecord &record, QStringList *scopes,
                   QString *why);

    RecordStore &m_store;
    std::function<qint64()> m_clock;
};

} // namespace concerto::server
