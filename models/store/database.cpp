// Opening the local database and the write transaction that every save runs in.
#include "models/store/database.h"
#include "models/store/migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace concerto {

namespace {

bool pragma(QSqlDatabase &db, const QString &statement, QString *result, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        *error = q.lastError().text();
        return false;
    }
    if (result && q.next())
        *result = q.value(0).toString();
    return true;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_actor(qEnvironmentVariable("USER", QStringLiteral("local"))) {}

Database::~Database() {
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath() {
    // Independent of the application's names, so that the desktop app and concerto-cli share it.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("concerto/concerto.db"));
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error) {
    static QAtomicInt counter;
    QString localError;
    QString &err = error ? *error : localError;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        err =
            QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath());
        return nullptr;
    }
    const QString name = QStringLiteral("concerto-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        err = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                  .arg(path, db.lastError().text());
        return nullptr;
    }
    QString mode, detail;
    // 8 KiB pages (new files only): a fiche's body is about 2 KiB, and 4 KiB pages hold only one.
    if (!pragma(db, QStringLiteral("PRAGMA page_size=8192"), nullptr, &detail) ||
        !pragma(db, QStringLiteral("PRAGMA journal_mode=WAL"), &mode, &detail) ||
        mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 ||
        !pragma(db, QStringLiteral("PRAGMA synchronous=FULL"), nullptr, &detail) ||
        !pragma(db, QStringLiteral("PRAGMA foreign_keys=ON"), nullptr, &detail) ||
        // 64 MiB of page cache: record ids are random, so large files touch pages all over their indexes.
        !pragma(db, QStringLiteral("PRAGMA cache_size=-65536"), nullptr, &detail)) {
        err =
            QCoreApplication::translate("Database", "%1 is not a Concerto database or cannot be written: %2")
                .arg(path, detail);
        return nullptr;
    }
    if (!migrations::upgrade(db, migrations::latestVersion(), &detail)) {
        err = QCoreApplication::translate("Database", "Cannot upgrade the database %1: %2").arg(path, detail);
        return nullptr;
    }
    return database;
}

int Database::schemaVersion() const {
    return migrations::currentVersion(connection());
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db) {
    if (m_db.m_transactionDepth == 0) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_error = q.lastError().text();
            return;
        }
        m_db.m_rollbackOnly = false;
    }
    ++m_db.m_transactionDepth;
    m_active = true;
}

bool WriteTransaction::commit() {
    if (!m_active || m_done)
        return false;
    m_done = true;
    if (--m_db.m_transactionDepth > 0)
        return true; // the outermost unit commits
    QSqlQuery q(m_db.connection());
    if (m_db.m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_error = QCoreApplication::translate("Database",
                                              "An earlier step of this change failed; nothing was saved.");
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = q.lastError().text();
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

WriteTransaction::~WriteTransaction() {
    if (!m_active || m_done)
        return;
    if (--m_db.m_transactionDepth > 0) {
        m_db.m_rollbackOnly = true;
        return;
    }
    QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
}

} // namespace concerto
