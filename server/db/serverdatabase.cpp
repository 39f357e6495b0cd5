// Opening the embedded SQLite database, per-thread connections, migrations and write transactions.
#include "server/db/serverdatabase.h"

#include "server/db/servermigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace concerto::server {

namespace {

// The application id of the server's file ("CoSv"), so that a desktop file is never taken for it.
constexpr qint32 kServerApplicationId = 0x436F5376;

bool run(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = QStringLiteral("%1 (%2)").arg(query.lastError().text(), sql.section(QLatin1Char(' '), 0, 2));
    return false;
}

} // namespace

ServerDatabase::ServerDatabase(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("concerto-server-%1-").arg(QUuid::createUuid().toString(QUuid::Id128))) {}

ServerDatabase::~ServerDatabase() {
    // Connections of other threads are left to the end of the process (their threads own them).
    const QString name = m_prefix + QString::number(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<ServerDatabase> ServerDatabase::openEmbedded(const QString &dataDir, QString *error) {
    const QFileInfo dir(dataDir);
    if (!dir.isDir()) {
        if (error)
            *error = QStringLiteral("the data folder %1 does not exist").arg(dataDir);
        return nullptr;
    }
    std::unique_ptr<ServerDatabase> database(
        new ServerDatabase(QDir(dataDir).filePath(QStringLiteral("server.db"))));
    if (!database->connection().isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open %1").arg(database->m_path);
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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return db;
    QString ignored;
    run(db, QStringLiteral("PRAGMA journal_mode=WAL"), &ignored);
    run(db, QStringLiteral("PRAGMA synchronous=FULL"), &ignored);
    run(db, QStringLiteral("PRAGMA foreign_keys=ON"), &ignored);
    return db;
}

int ServerDatabase::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool ServerDatabase::write(const std::function<bool(QSqlDatabase &)> &work, QString *error) const {
    QSqlDatabase db = connection();
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    if (work(db) && run(db, QStringLiteral("COMMIT"), error))
        return true;
    QString ignored;
    run(db, QStringLiteral("ROLLBACK"), &ignored);
    return false;
}

bool ServerDatabase::migrate(QString *error) {
    return write(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
                return false;
            const qint32 applicationId = query.value(0).toInt();
            query.finish();
            int version = schemaVersion();
            if (version < 0)
                return false;
            if (applicationId != kServerApplicationId && (applicationId != 0 || version != 0)) {
                if (error)
                    *error = QStringLiteral("%1 is not a Concerto server database").arg(m_path);
                return false;
            }
            const auto &migrations = serverMigrations();
            if (version > migrations.size()) {
                if (error)
                    *error = QStringLiteral("%1 was made by a newer concerto-server (schema %2)")
                                 .arg(m_path)
                                 .arg(version);
                return false;
            }
            for (; version < migrations.size(); ++version) {
                for (const QString &statement : migrations[version])
                    if (!run(db, statement, error))
                        return false;
            }
            return run(db, QStringLiteral("PRAGMA application_id=%1").arg(kServerApplicationId), error) &&
                   run(db, QStringLiteral("PRAGMA user_version=%1").arg(version), error);
        },
        error);
}

} // namespace concerto::server
