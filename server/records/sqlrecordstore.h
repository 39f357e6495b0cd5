// The RecordStore on the server's database, SQLite or PostgreSQL alike (SQL both understand): tables
// `records`, `record_scopes` and `mutations` (migration 4), on the calling thread's connection. Writes run
// in ServerDatabase::write, which serialises every writer of every process (BEGIN IMMEDIATE on SQLite, a
// transaction-level advisory lock on PostgreSQL): the next sequence, max(seq) + 1 read inside the write,
// therefore follows the commit order, and no reader of the feed can see a later seq committed before an
// earlier one (which a plain PostgreSQL sequence would allow: it is taken before commit, in any order).
#pragma once

#include "server/db/serverdatabase.h"
#include "server/records/recordstore.h"

namespace concerto::server {

class SqlRecordStore final : public RecordStore {
public:
    explicit SqlRecordStore(const ServerDatabase &database)
        : m_database(database) {}

    bool writeUnit(const std::function<bool()> &work, QString *error) override;
    bool auditedRead(const std::function<bool()> &work, QString *error) override;
    bool audit(const AuditEvent &event) override;
    bool find(const QString &entity, const QUuid &id, std::optional<StoredRecord> *found) override;
    bool scopesOf(const QString &entity, const QUuid &id, QStringList *scopes) override;
    bool appliedMutation(const QUuid &mutationId, std::optional<qint64> *version) override;
    bool holderOf(const QString &entity, const QString &uniqueKey, const QUuid &except,
                  std::optional<StoredRecord> *holder) override;
    bool organisationExists(const QString &code, bool *exists) override;
    bool put(StoredRecord &record) override;
    bool addScope(const QString &entity, const QUuid &id, const QString &organisation, bool *added) override;
    bool touch(const QString &entity, const QUuid &id) override;
    bool rememberMutation(const QUuid &mutationId, const QString &entity, const QUuid &id, qint64 version,
                          const QString &deviceId, qint64 userId, qint64 now) override;
    bool feed(qint64 afterSeq, const Visibility &visibility, int limit,
              std::vector<StoredRecord> *records) override;
    bool isVisible(const QString &entity, const QUuid &id, const Visibility &visibility,
                   bool *visible) override;

private:
    bool nextSeq(qint64 *seq);

    const ServerDatabase &m_database;
};

} // namespace concerto::server
