// The server's own database (its schema, not the desktop's): the embedded default is one SQLite file,
// DIR/server.db, in WAL mode with a busy timeout so that several server processes and admin commands can
// share it. Each thread gets its own connection (Qt Sql connections belong to the thread that opened
// them). Migrations run on open, in one BEGIN IMMEDIATE transaction.
//
// PostgreSQL (`--database postgresql://…`, for a region with several server processes) is to come: it
// would be a second way to open a ServerDatabase (QPSQL, one connection per thread, SET TIME ZONE 'UTC');
// the repositories only use the connection and SQL both engines understand.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace concerto::server {

class ServerDatabase final {
public:
    // Opens (and creates) DIR/server.db and brings its schema up to date; null with `error` set when the
    // folder or the file cannot be used or a migration failed (nothing of it is kept).
    static std::unique_ptr<ServerDatabase> openEmbedded(const QString &dataDir, QString *error);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // This thread's connection (opened on first use); invalid if it could not be opened.
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT on this thread's connection; rolls back and returns
    // false when `work` returns false or the commit fails (`error` then says why, without values).
    bool write(const std::function<bool(QSqlDatabase &)> &work, QString *error = nullptr) const;

private:
    explicit ServerDatabase(QString path);
    bool migrate(QString *error);

    QString m_path;
    QString m_prefix; // connection names: m_prefix + the thread's id
};

} // namespace concerto::server
