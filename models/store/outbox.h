// The change journal (outbox): the changes waiting to be sent to the regional server, in the order they
// were made, with what the sync sends of each (its mutation id, base version and the record's current
// values); a change leaves only when the server confirms it. Records written on this computer only
// (demo data, local_only_record) are never listed, nor counted.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "models/store/syncbase.h"

#include <QSqlQuery>
#include <map>
#include <memory>
#include <vector>

namespace concerto {

struct PendingMutation {
    qint64 seq = 0;   // order of the change in the journal
    QUuid mutationId; // what makes a replayed push a duplicate on the server
    QString entity;   // table
    QUuid recordId;
    QString operation;      // insert, update, delete
    qint64 baseVersion = 0; // the server version the change was made on (0: a new record)
    QStringList fields;     // the fields it changed
    QDateTime createdAt;
    QString createdBy;
    RecordCopy record; // the record as it stands now: what is sent
};

class Outbox final {
public:
    explicit Outbox(Database &db);
    Q_DISABLE_COPY_MOVE(Outbox)

    // The first `limit` pending changes after `afterSeq` (0: from the start), oldest first.
    StoreRead<std::vector<PendingMutation>> pending(int limit, qint64 afterSeq = 0) const;
    StoreRead<int> count() const;
    // The server accepted `mutation` (as it was sent) as version `serverVersion`, in one transaction:
    // the journal row leaves, the record takes the server version, what was sent becomes its base copy,
    // and its later pending changes are rebased on that version. A mutation already confirmed (a
    // replayed answer) changes nothing.
    StoreResult confirm(const PendingMutation &mutation, qint64 serverVersion);

private:
    StoreResult failed(const QSqlQuery &q, const char *what) const;
    // The statement of `sql`, prepared once for this outbox (a push confirms hundreds of changes).
    QSqlQuery &prepared(const QString &sql) const;

    Database &m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

// Rows of the change journal not yet confirmed by the server (Outbox::count).
StoreRead<int> pendingChangeCount(Database &db);

// Records written on this computer only (demo data, even edited later): a file holding any holds a local
// demo, which a region's records must not be pulled on top of (the same generator makes look-alikes).
StoreRead<int> localOnlyRecordCount(Database &db);

} // namespace concerto
