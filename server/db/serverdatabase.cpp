// Opening the server's database (SQLite file or PostgreSQL), per-thread connections, migrations and
// serialised write transactions.
#include "server/db/serverdatabase.h"

#include "server/db/servermigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <map>

namespace concerto::server {

namespace {

// The application id of the server's database ("CoSv"), so that a desktop file (or another program's
// PostgreSQL database) is never taken for it; on PostgreSQL also the key of the writers' advisory lock.
constexpr qint32 kServerApplicationId = 0x436F5376;
// The transaction a thread has open on a database: nested write() calls join it.
struct OpenTransaction {
    int depth = 0;
    bool writers = false; // holds the writers' lock (a write(), not an audited read)
    bool innerFailed = false;
    qint64 auditSeq = 0; // the audit row this transaction appended last (0: none yet)
    QByteArray auditHash;
};

OpenTransaction &openTransaction(const void *database) {
    thread_local std::map<const void *, OpenTransaction> open;
    return open[database];
}

bool run(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), sql.section(QLatin1Char(' '), 0, 2));
    return false;
}

// The first column of the first row of `sql`; invalid when it failed or gave no row.
QVariant valueOf(QSqlDatabase &db, const QString &sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

ServerDatabase::ServerDatabase(DatabaseEngine engine, QString path)
    : m_engine(engine)
    , m_path(std::move(path))
    , m_prefix(QStringLiteral("concerto-server-%1-").arg(QUuid::createUuid().toString(QUuid::Id128))) {}

ServerDatabase::~ServerDatabase() {
    // Connections of other threads are left to the end of the process (their threads own them).
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<ServerDatabase> ServerDatabase::open(const DatabaseLocation &location, QString *error) {
    return location.url.isEmpty() ? openEmbedded(location.dataDir, error) : openPostgres(location.url, error);
}

std::unique_ptr<ServerDatabase> ServerDatabase::openEmbedded(const QString &dataDir, QString *error) {
    const QFileInfo dir(dataDir);
    if (!dir.isDir()) {
        if (error)
            *error = QStringLiteral("the data folder %1 does not exist").arg(dataDir);
        return nullptr;
    }
    std::unique_ptr<ServerDatabase> database(
        new ServerDatabase(DatabaseEngine::Sqlite, QDir(dataDir).filePath(QStringLiteral("server.db"))));
    if (!database->connection().isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(database->m_path);
        return nullptr;
    }
    if (!database->migrate(error))
        return nullptr;
    return database;
}

std::unique_ptr<ServerDatabase> ServerDatabase::openPostgres(const QString &url, QString *error) {
    const auto address = parsePostgresUrl(url, error);
    if (!address)
        return nullptr;
    std::unique_ptr<ServerDatabase> database(new ServerDatabase(DatabaseEngine::Postgres, address->shown()));
    database->m_postgres = *address;
    const QSqlDatabase db = database->connection();
    if (!db.isOpen()) {
        if (error) {
            *error =
                QStringLiteral("cannot open %1: %2").arg(database->m_path, db.lastError().text().trimmed());
            if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
                *error += QStringLiteral(" (Qt's PostgreSQL driver is missing: install libqt6sql6-psql)");
        }
        return nullptr;
    }
    if (!database->migrate(error))
        return nullptr;
    return database;
}

QSqlDatabase ServerDatabase::connection() const {
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QString ignored;
    if (m_engine == DatabaseEngine::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_postgres.host);
        if (m_postgres.port > 0)
            db.setPort(m_postgres.port);
        db.setUserName(m_postgres.user);
        db.setPassword(m_postgres.password);
        db.setDatabaseName(m_postgres.database);
        db.setConnectOptions(m_postgres.options.join(QLatin1Char(';')));
        if (db.open())
            run(db, QStringLiteral("SET TIME ZONE 'UTC'"), &ignored);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return db;
    run(db, QStringLiteral("PRAGMA journal_mode=WAL"), &ignored);
    run(db, QStringLiteral("PRAGMA synchronous=FULL"), &ignored);
    run(db, QStringLiteral("PRAGMA foreign_keys=ON"), &ignored);
    return db;
}

int ServerDatabase::schemaVersion() const {
    QSqlDatabase db = connection();
    const QVariant version = valueOf(db, m_engine == DatabaseEngine::Postgres
                                             ? QStringLiteral("SELECT version FROM concerto_server_schema")
                                             : QStringLiteral("PRAGMA user_version"));
    return version.isValid() ? version.toInt() : -1;
}

bool ServerDatabase::write(const std::function<bool(QSqlDatabase &)> &work, QString *error) const {
    return transaction(true, work, error);
}

bool ServerDatabase::audited(const std::function<bool(QSqlDatabase &)> &work, QString *error) const {
    return transaction(false, work, error);
}

bool ServerDatabase::transaction(bool writers, const std::function<bool(QSqlDatabase &)> &work,
                                 QString *error) const {
    QSqlDatabase db = connection();
    OpenTransaction &open = openTransaction(this);
    if (open.depth > 0) {
        // Inside the thread's open transaction: one commit for both. An audited read inside a write is
        // covered by the write's locks; a write inside an audited read is refused on PostgreSQL (it would
        // write without the writers' lock).
        if (writers && !open.writers && m_engine == DatabaseEngine::Postgres) {
            if (error)
                *error = QStringLiteral("a write cannot start inside an audited read");
            open.innerFailed = true;
            return false;
        }
        ++open.depth;
        const bool done = work(db);
        --open.depth;
        if (!done)
            open.innerFailed = true;
        return done;
    }
    if (m_engine == DatabaseEngine::Postgres) {
        // READ COMMITTED (the default): each statement after the lock sees every write committed before.
        if (!run(db, QStringLiteral("BEGIN"), error))
            return false;
        if (writers &&
            !run(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kServerApplicationId), error)) {
            QString ignored;
            run(db, QStringLiteral("ROLLBACK"), &ignored);
            return false;
        }
    } else if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    open = OpenTransaction{1, writers, false, 0, {}};
    const bool done = work(db) && !open.innerFailed;
    open = OpenTransaction{};
    if (done && run(db, QStringLiteral("COMMIT"), error))
        return true;
    QString ignored;
    run(db, QStringLiteral("ROLLBACK"), &ignored);
    return false;
}

bool ServerDatabase::inTransaction() const {
    return openTransaction(this).depth > 0;
}

bool ServerDatabase::auditHead(qint64 *seq, QByteArray *hash) const {
    const OpenTransaction &open = openTransaction(this);
    if (open.depth == 0 || open.auditSeq == 0)
        return false;
    *seq = open.auditSeq;
    *hash = open.auditHash;
    return true;
}

void ServerDatabase::setAuditHead(qint64 seq, const QByteArray &hash) const {
    OpenTransaction &open = openTransaction(this);
    if (open.depth == 0)
        return;
    open.auditSeq = seq;
    open.auditHash = hash;
}

bool ServerDatabase::checkSqliteFile(QSqlDatabase &db, int *version, QString *error) {
    const QVariant applicationId = valueOf(db, QStringLiteral("PRAGMA application_id"));
    const QVariant userVersion = valueOf(db, QStringLiteral("PRAGMA user_version"));
    if (!applicationId.isValid() || !userVersion.isValid())
        return false;
    *version = userVersion.toInt();
    if (applicationId.toInt() != kServerApplicationId && (applicationId.toInt() != 0 || *version != 0)) {
        if (error)
            *error = QStringLiteral("%1 is not a Concerto server database").arg(m_path);
        return false;
    }
    return true;
}

bool ServerDatabase::checkPostgresDatabase(QSqlDatabase &db, int *version, QString *error) {
    const QVariant marked = valueOf(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE"
                                                       " table_schema = current_schema() AND"
                                                       " table_name = 'concerto_server_schema'"));
    if (!marked.isValid())
        return false;
    if (marked.toInt() == 0) {
        // A database of its own: an empty one is made ours, one with other tables is refused.
        const QVariant tables = valueOf(db, QStringLiteral("SELECT count(*) FROM information_schema.tables"
                                                           " WHERE table_schema = current_schema()"));
        if (!tables.isValid())
            return false;
        if (tables.toInt() != 0) {
            if (error)
                *error = QStringLiteral("%1 is not a Concerto server database").arg(m_path);
            return false;
        }
        *version = 0;
        return run(db,
                   QStringLiteral("CREATE TABLE concerto_server_schema (application_id BIGINT NOT NULL,"
                                  " version INTEGER NOT NULL)"),
                   error) &&
               run(db,
                   QStringLiteral("INSERT INTO concerto_server_schema VALUES (%1, 0)")
                       .arg(kServerApplicationId),
                   error);
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT application_id, version FROM concerto_server_schema")) ||
        !query.next())
        return false;
    *version = query.value(1).toInt();
    if (query.value(0).toLongLong() != kServerApplicationId) {
        if (error)
            *error = QStringLiteral("%1 is not a Concerto server database").arg(m_path);
        return false;
    }
    return true;
}

bool ServerDatabase::setVersion(QSqlDatabase &db, int version, QString *error) {
    if (m_engine == DatabaseEngine::Postgres)
        return run(db, QStringLiteral("UPDATE concerto_server_schema SET version = %1").arg(version), error);
    return run(db, QStringLiteral("PRAGMA application_id=%1").arg(kServerApplicationId), error) &&
           run(db, QStringLiteral("PRAGMA user_version=%1").arg(version), error);
}

bool ServerDatabase::migrate(QString *error) {
    return write(
        [&](QSqlDatabase &db) {
            int version = 0;
            if (!(m_engine == DatabaseEngine::Postgres ? checkPostgresDatabase(db, &version, error)
                                                       : checkSqliteFile(db, &version, error)))
                return false;
            const auto &migrations = serverMigrations(m_engine);
            if (version > migrations.size()) {
                if (error)
                    *error = QStringLiteral("%1 was made by a newer concerto-server (schema %2)")
                                 .arg(m_path)
                                 .arg(version);
                return false;
            }
            const int before = version;
            for (; version < migrations.size(); ++version) {
                for (const QString &statement : migrations[version])
                    if (!run(db, statement, error))
                        return false;
            }
            return version == before || setVersion(db, version, error);
        },
        error);
}

} // namespace concerto::server
