// The write path of records from the regional server (a pull): each is stored with the server's version
// and author, without a journal (outbox) row, and becomes the record's base copy. A batch is one
// transaction with foreign keys checked at its end, so parents and children may come in any order; a
// batch with one bad record writes nothing and says why. A record with local changes not yet confirmed
// is never overwritten: the server's copy is kept as a conflict beside it (syncconflicts.h), as is a
// copy that meets a signed fiche it differs from, or a fiche version number held here by another fiche
// (two amendments of one version made apart: the first the server numbered wins, the other is a
// conflict for a person, never an error), or a second living session of a committee on one day.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "models/store/syncbase.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace concerto {

// One record as the server sends it.
struct ServerRecord {
    QString entity; // table: organisation, professional, rcp, session, patient, inscription, fiche
    QUuid id;
    qint64 version = 0; // the server's version, from 1
    QDateTime updatedAt;
    QString updatedBy;
    bool deleted = false;
    QByteArray body; // a JSON object, the record's fields
};

struct RecordRef {
    QString entity;
    QUuid id;
    bool operator==(const RecordRef &o) const { return entity == o.entity && id == o.id; }
};

struct ServerApplyResult {
    // Failed: nothing of the batch was written (nor the cursor); `result.error` says which record and why.
    StoreResult result;
    std::vector<RecordRef> applied;    // written, with their base copies
    std::vector<RecordRef> unchanged;  // this file holds that version or a later one already
    std::vector<RecordRef> conflicted; // kept as open conflicts, the local copies untouched
};

class ServerApply final {
public:
    explicit ServerApply(Database &db);
    ~ServerApply();
    Q_DISABLE_COPY_MOVE(ServerApply)

    // Applies `batch` in one transaction (joining one already open). With a `cursor`, the sync state
    // takes it (and the time of the change as the last sync) in the same transaction.
    ServerApplyResult apply(const std::vector<ServerRecord> &batch,
                            const std::optional<QString> &cursor = std::nullopt);

private:
    struct Table;
    enum class Outcome { Applied, Unchanged, Conflicted };
    // Applies one record; an empty error means it was applied, left or kept as a conflict (`outcome`).
    QString applyOne(const ServerRecord &record, Outcome *outcome);
    // The local record holding the place `record` would take (`holder`, null when none): another fiche
    // with its version number, another living session of its committee that day. An error if unread.
    QString placeTaken(const ServerRecord &record, const QJsonObject &body, QUuid *holder,
                       const char **reason);
    // Keeps `base` as the record's last confirmed copy and settles its open conflict, if any.
    QString keepBase(const ServerRecord &record, const RecordCopy &base);
    QString keepConflict(const ServerRecord &record, const QByteArray &body, const char *reason,
                         const QUuid &localId);
    // Why the applied records cannot stay: one names a parent that is neither here nor in the batch.
    QString missingParent(const std::vector<RecordRef> &applied);
    QString failed(const QSqlQuery &q, const char *what, const ServerRecord &record) const;
    // Steps an executed query to its first row (`row`: whether there is one; finished when not); an error
    // when the step failed, never taken for "no row".
    QString firstRow(QSqlQuery &q, const ServerRecord &record, bool *row) const;
    const Table &table(const QString &entity);
    QSqlQuery &prepared(const QString &sql);

    Database &m_db;
    std::map<QString, std::unique_ptr<Table>> m_tables;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace concerto
