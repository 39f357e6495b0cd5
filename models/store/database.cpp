// Opening the local database (after checking the file, before writing to it), the write transaction
// that every save runs in, and the announcement of what a commit changed.
#include "models/store/database.h"
#include "models/domain/clock.h"
#include "models/store/cipher.h"
#include "models/store/keyring.h"
#include "models/store/migrations.h"
#include "models/store/schemacheck.h"
#include "models/store/storeerror.h"
#include "models/store/storelog.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace concerto {

namespace {

QString uniqueConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("concerto-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the file says of itself, read without writing to it.
struct FileHeader {
    bool sqlite = false;
    qint32 applicationId = 0;
    int userVersion = 0;
    QStringList tables;
    // For a Concerto file at the latest schema: how its schema was altered outside Concerto.
    bool schemaChecked = false;
    QStringList alterations;
    QString error;           // set when the file could not be read
    QString cipherError;     // set when the connection's SQLite has no ciphers: nothing was read
    bool keyRefused = false; // an encrypted file (or no SQLite file) that the key given does not open
};

// The first 16 bytes of every SQLite 3 file.
bool hasSqliteMagic(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool exec(QSqlDatabase &db, const QString &statement, QSqlError *error) {
    QSqlQuery q(db);
    if (q.exec(statement))
        return true;
    *error = q.lastError();
    return false;
}

// Reads the application id, the schema version and the table names through a read-only connection
// (which also sees what a write-ahead log holds), and checks the schema of a Concerto file that needs no
// upgrade: nothing is written to the file, even to one found altered.
// An encrypted file (no SQLite header) is read with `key`.
FileHeader readHeader(const QString &path, const QByteArray &key) {
    FileHeader header;
    header.sqlite = hasSqliteMagic(path);
    if (!header.sqlite && key.isEmpty())
        return header;
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a write-ahead log beside it, the file is read as immutable: SQLite then creates no
        // -wal or -shm file next to a file it may refuse. With one, it is read through the log.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        QSqlQuery q(db);
        if (!db.open()) {
            header.error = db.lastError().databaseText();
        } else if (!cipher::connectionHasCipher(db, path, &header.cipherError)) {
            // Nothing is read from the file by a SQLite that has no ciphers.
        } else if (QSqlError keyError; !header.sqlite && !cipher::applyKey(db, key, &keyError)) {
            header.error = keyError.databaseText();
        } else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            header.error = q.lastError().databaseText();
            header.keyRefused = !header.sqlite && cipher::notADatabase(q.lastError());
        } else {
            header.applicationId = q.value(0).toInt();
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                header.userVersion = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                while (q.next())
                    header.tables << q.value(0).toString();
            if (q.lastError().isValid())
                header.error = q.lastError().databaseText();
            q.finish();
            if (header.error.isEmpty() && header.applicationId == kApplicationId &&
                header.userVersion == migrations::latestVersion()) {
                StoreRead<QStringList> altered = schemacheck::alterations(db, path);
                if (altered.ok()) {
                    header.schemaChecked = true;
                    header.alterations = std::move(altered.value);
                } else {
                    header.error = altered.error;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return header;
}

// A file written before Concerto marked its files (schemas 1 to 5): no application id, and its tables.
bool isUnmarkedConcertoFile(const FileHeader &h) {
    return h.applicationId == 0 && h.userVersion >= 1 && h.userVersion <= 5 &&
           h.tables.contains(QLatin1String("fiche")) && h.tables.contains(QLatin1String("change_journal")) &&
           h.tables.contains(QLatin1String("audit_log"));
}

// A file nobody may write to (no write permission bit): opened read-only, even by the superuser.
bool markedReadOnly(const QFileInfo &info) {
    // The permission bits of the file itself: WriteUser would say what the current user may do, which
    // for the superuser is everything.
    return !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
}

// A folder where SQLite cannot make the -wal and -shm files a write needs: the current user may not
// write to it, or no write permission bit is set (which holds for the superuser too, as for files).
bool folderRefusesWriting(const QString &folder) {
    const QFileInfo info(folder);
    return !info.isWritable() ||
           !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
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
    return openChecked(path, false, error, nullptr);
}

std::unique_ptr<Database> Database::create(const QString &path, QString *error, bool createFolder,
                                           bool *created) {
    QString localError;
    QString &err = error ? *error : localError;
    const QFileInfo info(path);
    if (!path.isEmpty() && createFolder && !info.absoluteDir().exists() &&
        !QDir().mkpath(info.absolutePath())) {
        err = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    return openChecked(path, true, error, created);
}

std::unique_ptr<Database> Database::openChecked(const QString &path, bool allowNew, QString *error,
                                                bool *created) {
    QString localError;
    QString &err = error ? *error : localError;
    if (created)
        *created = false;
    if (path.trimmed().isEmpty()) {
        err = tr("No database file was given.");
        return nullptr;
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.absoluteDir().exists()) {
        err = tr("%1 cannot be opened: the folder %2 does not exist. Check the path of the database.")
                  .arg(shown, QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    bool newFile = false;
    if (!info.exists()) {
        if (!allowNew) {
            err = tr("There is no Concerto database at %1. Check the path, or create a new database with "
                     "\"concerto-cli init --db FILE\".")
                      .arg(shown);
            return nullptr;
        }
        newFile = true;
    } else if (info.isDir()) {
        err = tr("%1 is a folder, not a database file.").arg(shown);
        return nullptr;
    } else if (info.size() == 0) {
        if (!allowNew) {
            err = tr("%1 is an empty file, not a Concerto database. \"concerto-cli init\" can make it one.")
                      .arg(shown);
            return nullptr;
        }
        newFile = true;
    }

    bool readOnly = false;
    QStringList alterations;
    bool schemaChecked = false;
    // Every file Concerto makes is encrypted: a file with SQLite's header in clear is one made before
    // (it opens as it is, until `concerto-cli encrypt`) or another program's. Any other file is read with
    // the key of the process's key source (keyring.h), which the key must open.
    QByteArray key;
    bool plainFile = false;
    if (!newFile) {
        plainFile = hasSqliteMagic(info.absoluteFilePath());
        if (!plainFile) {
            const keyring::Key found = keyring::keyFor(info.absoluteFilePath(), false);
            if (!found.ok()) {
                err = found.error + QLatin1Char(' ') + tr("The file was left as it was.");
                return nullptr;
            }
            key = found.bytes;
        }
        const FileHeader header = readHeader(info.absoluteFilePath(), key);
        if (!header.cipherError.isEmpty()) {
            err = header.cipherError;
            return nullptr;
        }
        if (header.keyRefused) {
            err = tr("%1 cannot be opened with the key given: it is not a SQLite file, or a database "
                     "encrypted with another key (the key of this database is needed). It was left as it "
                     "was.")
                      .arg(shown);
            return nullptr;
        }
        if (!header.sqlite && key.isEmpty()) {
            err = tr("%1 is not a Concerto database (it is not a SQLite file); it was left as it was.")
                      .arg(shown);
            return nullptr;
        }
        if (!header.error.isEmpty()) {
            qCWarning(lcStore).noquote() << "reading the header of a database failed:" << header.error;
            err = tr("%1 cannot be read: it is damaged, locked or not a database. It was left as it was.")
                      .arg(shown);
            return nullptr;
        }
        const bool emptySqlite =
            header.applicationId == 0 && header.userVersion == 0 && header.tables.isEmpty();
        if (emptySqlite && allowNew) {
            newFile = true;
        } else if (header.applicationId != kApplicationId && !isUnmarkedConcertoFile(header)) {
            err =
                tr("%1 is a SQLite file of another program, not a Concerto database; it was left as it was.")
                    .arg(shown);
            return nullptr;
        } else if (header.userVersion > migrations::latestVersion()) {
            err =
                tr("%1 was written by a newer version of Concerto (schema %2; this version knows up to %3). "
                   "Update Concerto to open it; the file was left as it was.")
                    .arg(shown)
                    .arg(header.userVersion)
                    .arg(migrations::latestVersion());
            return nullptr;
        }
        // A file altered outside Concerto opens read-only: nothing is written to it.
        schemaChecked = header.schemaChecked;
        alterations = header.alterations;
        readOnly = !newFile && (markedReadOnly(info) || folderRefusesWriting(info.absolutePath()) ||
                                !alterations.isEmpty());
        if (readOnly && header.userVersion < migrations::latestVersion()) {
            err = tr("%1 is read-only and must first be upgraded to schema %2 by this version of Concerto. "
                     "Allow writing to the file and open it again.")
                      .arg(shown)
                      .arg(migrations::latestVersion());
            return nullptr;
        }
    }

    // A new database gets a key of its own (made and kept by the key source) before the file is made;
    // an empty SQLite file that init turns into a database is encrypted in place first.
    if (newFile) {
        const keyring::Key made = keyring::keyFor(info.absoluteFilePath(), true);
        if (!made.ok()) {
            err = made.error;
            return nullptr;
        }
        key = made.bytes;
    }
    const bool encryptEmpty = newFile && plainFile;
    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    database->m_readOnly = readOnly;
    database->m_alterations = alterations;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // Read-only while no write-ahead log is beside the file (nobody has it open for writing): read as
    // immutable, so that SQLite makes no -wal nor -shm file, which would be left behind owned by this
    // user (or cannot be made in a folder closed to writing). The file is then read as it was when
    // opened. With a log beside it, the file is read through it.
    if (readOnly && !QFileInfo::exists(info.absoluteFilePath() + QStringLiteral("-wal"))) {
        db.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open()) {
        qCWarning(lcStore).noquote() << "opening a database failed:" << db.lastError().databaseText();
        err = storeErrorMessage(db.lastError(), info.absoluteFilePath());
        return nullptr;
    }
    // Before anything is read or written: a SQLite without ciphers is refused, then the key is given.
    if (!cipher::connectionHasCipher(db, info.absoluteFilePath(), &err))
        return nullptr;
    QSqlError sqlError;
    if ((!key.isEmpty() && !plainFile && !cipher::applyKey(db, key, &sqlError)) ||
        (encryptEmpty && !cipher::encryptInPlace(db, key, &sqlError))) {
        qCWarning(lcStore).noquote() << "keying a database failed:" << sqlError.databaseText();
        err = storeErrorMessage(sqlError, info.absoluteFilePath());
        return nullptr;
    }
    if (!exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &sqlError) ||
        !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &sqlError) ||
        // 64 MiB of page cache: record ids are random, so large files touch pages all over their indexes.
        !exec(db, QStringLiteral("PRAGMA cache_size=-65536"), &sqlError) ||
        // Statement journals in memory: every insert into fiche runs a trigger that may abort it, so each
        // one keeps a statement journal, which on disk tripled the writes of a bulk load.
        !exec(db, QStringLiteral("PRAGMA temp_store=MEMORY"), &sqlError) ||
        (readOnly && !exec(db, QStringLiteral("PRAGMA query_only=1"), &sqlError))) {
        qCWarning(lcStore).noquote() << "setting up a database connection failed:" << sqlError.databaseText();
        err = storeErrorMessage(sqlError, info.absoluteFilePath());
        return nullptr;
    }
    const auto upgrade = [&]() {
        QString detail;
        if (migrations::upgrade(db, migrations::latestVersion(), &detail))
            return true;
        qCWarning(lcStore).noquote() << "upgrading a database failed:" << detail;
        const int reached = migrations::currentVersion(db);
        err = tr("%1 could not be upgraded: the step to schema %2 failed and was undone; the file is at "
                 "schema %3.")
                  .arg(shown)
                  .arg(reached + 1)
                  .arg(reached);
        return false;
    };
    // The schema of a file that was upgraded (or just made) is checked after it, on this connection: one
    // found altered is then only read (query_only), its journal mode left as it is.
    const auto checkSchema = [&]() {
        if (schemaChecked)
            return true;
        StoreRead<QStringList> altered = schemacheck::alterations(db, info.absoluteFilePath());
        if (!altered.ok()) {
            err = altered.error;
            return false;
        }
        schemaChecked = true;
        if (altered->isEmpty())
            return true;
        if (!exec(db, QStringLiteral("PRAGMA query_only=1"), &sqlError)) {
            err = storeErrorMessage(sqlError, info.absoluteFilePath());
            return false;
        }
        database->m_alterations = altered.value;
        database->m_readOnly = readOnly = true;
        return true;
    };
    // An existing file is upgraded in the journal mode it has, and only then switched to a write-ahead
    // log: a file whose upgrade fails (a foreign file that looked like an old Concerto one) is rolled
    // back and left byte-identical, its header's journal mode included.
    if (!readOnly && !newFile && (!upgrade() || !checkSchema()))
        return nullptr;
    if (!readOnly) {
        // 8 KiB pages (new files only): a fiche's body is about 2 KiB, and 4 KiB pages hold only one.
        QSqlQuery q(db);
        QString mode;
        if ((newFile && !exec(db, QStringLiteral("PRAGMA page_size=8192"), &sqlError)) ||
            !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
            if (!sqlError.isValid())
                sqlError = q.lastError();
        } else {
            mode = q.value(0).toString();
        }
        if (sqlError.isValid() || mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcStore).noquote()
                << "switching to a write-ahead log failed:" << sqlError.databaseText() << "journal mode"
                << mode;
            err = sqlError.isValid()
                      ? storeErrorMessage(sqlError, info.absoluteFilePath())
                      : tr("%1 cannot use a write-ahead log (it may be on a network drive).").arg(shown);
            return nullptr;
        }
    }
    if (!readOnly && newFile && (!upgrade() || !checkSchema()))
        return nullptr;
    if (!database->m_alterations.isEmpty())
        qCWarning(lcStore).noquote() << "the schema of" << shown << "was altered, opened read-only:"
                                     << database->m_alterations.join(QLatin1Char(' '));
    if (created)
        *created = newFile;
    qCDebug(lcStore) << "opened a database at schema" << migrations::currentVersion(db)
                     << (readOnly ? "read-only" : "read-write") << (newFile ? "(new)" : "") << "on"
                     << cipher::libraryVersion();
    return database;
}

StoreResult Database::checkWhole() const {
    QSqlQuery q(connection());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA quick_check")))
        while (q.next())
            problems << q.value(0).toString();
    if (q.lastError().isValid())
        return StoreResult::failure(readFailure("checking", QStringLiteral("the whole file"), q, m_path));
    if (problems == QStringList{QStringLiteral("ok")})
        return StoreResult::success();
    qCWarning(lcStore).noquote() << "quick_check found" << problems.size()
                                 << "problem(s), the first:" << problems.value(0);
    return StoreResult::failure(
        tr("The database %1 is damaged: part of the file cannot be read. Restore it from a backup or "
           "synchronise it again; nothing was written to it.")
            .arg(QDir::toNativeSeparators(m_path)));
}

int Database::schemaVersion() const {
    return migrations::currentVersion(connection());
}

QDateTime Database::now() const {
    if (m_depth > 0 && m_options.clock)
        return m_options.clock();
    return m_clock ? m_clock() : clock::nowUtc();
}

void Database::recordChange(const QString &entity, const QUuid &id, ChangeKind kind) {
    // Nobody listens on the command line and in bulk loads: keep no list of ids there.
    static const QMetaMethod announcement = QMetaMethod::fromSignal(&Database::recordsChanged);
    if (!isSignalConnected(announcement))
        return;
    auto &[ids, seen] = m_pending[{entity, kind}];
    if (seen.insert(id).second)
        ids.append(id);
}

void Database::announce() {
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (const auto &[key, changed] : pending)
        Q_EMIT recordsChanged(key.first, changed.first, key.second);
}

WriteTransaction::WriteTransaction(Database &db, WriteOptions options)
    : m_db(db) {
    if (m_db.m_depth == 0) {
        if (!m_db.m_alterations.isEmpty()) {
            m_error =
                QCoreApplication::translate(
                    "Database", "The database %1 was altered outside Concerto, so it is opened read-only "
                                "and nothing can be changed. %2 Restore it from a backup.")
                    .arg(QDir::toNativeSeparators(m_db.m_path), m_db.m_alterations.join(QLatin1Char(' ')));
            return;
        }
        if (m_db.m_readOnly) {
            m_error = QCoreApplication::translate(
                          "Database", "The database %1 is opened read-only: nothing can be changed.")
                          .arg(QDir::toNativeSeparators(m_db.m_path));
            return;
        }
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            logStoreError("BEGIN IMMEDIATE", QString(), q.lastError());
            m_error = storeErrorMessage(q.lastError(), m_db.m_path);
            return;
        }
        m_db.m_rollbackOnly = false;
        m_db.m_options = std::move(options);
        m_db.m_pending.clear();
    }
    ++m_db.m_depth;
    m_active = true;
}

bool WriteTransaction::commit() {
    if (!m_active || m_done)
        return false;
    m_done = true;
    if (m_db.m_depth > 1) {
        --m_db.m_depth;
        return true; // the outermost unit commits
    }
    QSqlQuery q(m_db.connection());
    bool committed = false;
    if (m_db.m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_error = QCoreApplication::translate("Database",
                                              "An earlier step of this change failed; nothing was saved.");
    } else if (!q.exec(QStringLiteral("COMMIT"))) {
        logStoreError("COMMIT", QString(), q.lastError());
        m_error = storeErrorMessage(q.lastError(), m_db.m_path);
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    } else {
        committed = true;
    }
    m_db.m_depth = 0;
    m_db.m_options = {};
    if (committed)
        m_db.announce();
    else
        m_db.m_pending.clear();
    return committed;
}

WriteTransaction::~WriteTransaction() {
    if (!m_active || m_done)
        return;
    if (m_db.m_depth > 1) {
        --m_db.m_depth;
        m_db.m_rollbackOnly = true;
        return;
    }
    QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    m_db.m_depth = 0;
    m_db.m_options = {};
    m_db.m_pending.clear();
}

} // namespace concerto
