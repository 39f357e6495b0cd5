// The server's own database (its schema, not the desktop's), on one of two engines:
// - embedded (the default): one SQLite file, DIR/server.db, in WAL mode with a busy timeout so that
//   several server processes and admin commands can share it; writes in BEGIN IMMEDIATE;
// - PostgreSQL (`--database postgresql://…`, a region with several server processes on one database):
//   QPSQL, `SET TIME ZONE 'UTC'` on each connection; every write transaction first takes one
//   transaction-level advisory lock (pg_advisory_xact_lock), so that writers run one at a time across
//   all the processes, as SQLite's BEGIN IMMEDIATE makes them, and what a write numbers inside (the change
//   feed's seq) follows the commit order.
// The audit log (auditlog.h) is appended to inside these transactions; on PostgreSQL its rows are chained
// under an advisory lock of its own (a second key, taken by the append function of migration 5), so that
// an audited read (audited()) does not take the writers' lock, and a write takes the writers' lock then,
// when it audits, the audit's: always in that order.
// Each thread gets its own connection (Qt Sql connections belong to the thread that opened them).
// Migrations run on open, in one write transaction; the repositories use SQL both engines understand,
// the migrations are written per engine (servermigrations.h).
#pragma once

#include "server/db/postgresurl.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace concerto::server {

enum class DatabaseEngine { Sqlite, Postgres };

// Where the server keeps its data: a PostgreSQL URL, else the SQLite file under the data folder.
struct DatabaseLocation {
    QString dataDir;
    QString url; // postgresql://…; empty: embedded SQLite under dataDir
};

class ServerDatabase final {
public:
    // Opens `location` (the PostgreSQL database of its URL, else DIR/server.db) and brings its schema
    // up to date; null with `error` set when it cannot be used or a migration failed (nothing kept).
    static std::unique_ptr<ServerDatabase> open(const DatabaseLocation &location, QString *error);
    // Opens (and creates) DIR/server.db.
    static std::unique_ptr<ServerDatabase> openEmbedded(const QString &dataDir, QString *error);
    // Opens the PostgreSQL database of `url` (which must exist; its tables are made on first open).
    static std::unique_ptr<ServerDatabase> openPostgres(const QString &url, QString *error);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // This thread's connection (opened on first use); invalid if it could not be opened.
    QSqlDatabase connection() const;
    DatabaseEngine engine() const { return m_engine; }
    // The file, or the PostgreSQL URL without its password (for messages).
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `work` inside one write transaction on this thread's connection, serialised with every other
    // writer (of any process); rolls back and returns false when `work` returns false or the commit
    // fails (`error` then says why, without values).
    // Called inside another write() (or audited()) of this thread, `work` joins that transaction: it is
    // committed with it, and its failure rolls the whole of it back.
    bool write(const std::function<bool(QSqlDatabase &)> &work, QString *error = nullptr) const;
    // A transaction for a read that leaves an audit row (a record read): on PostgreSQL without the
    // writers' lock (the audit's lock is taken by the append), on SQLite a BEGIN IMMEDIATE as every
    // write. Joins an open transaction as write() does.
    bool audited(const std::function<bool(QSqlDatabase &)> &work, QString *error = nullptr) const;
    // Whether this thread has a transaction open on this database (write() or audited()).
    bool inTransaction() const;
    // The audit chain's last row as the open transaction last appended it (SQLite: the transaction holds
    // the file's write lock, so nothing else appends meanwhile); false when this transaction did not
    // append yet.
    bool auditHead(qint64 *seq, QByteArray *hash) const;
    void setAuditHead(qint64 seq, const QByteArray &hash) const;

private:
    ServerDatabase(DatabaseEngine engine, QString path);
    bool migrate(QString *error);
    bool checkSqliteFile(QSqlDatabase &db, int *version, QString *error);
    bool checkPostgresDatabase(QSqlDatabase &db, int *version, QString *error);
    bool setVersion(QSqlDatabase &db, int version, QString *error);
    bool transaction(bool writers, const std::function<bool(QSqlDatabase &)> &work, QString *error) const;

    DatabaseEngine m_engine;
    QString m_path;
    PostgresAddress m_postgres;
    QString m_prefix; // connection names: m_prefix + the thread's id
};

} // namespace concerto::server
