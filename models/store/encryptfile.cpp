// concerto-cli encrypt: an encrypted copy (VACUUM INTO a copy beside the file, then rewritten encrypted in
// place by the cipher library), checked against the original, renamed over it.
#include "models/store/encryptfile.h"
#include "models/store/cipher.h"
#include "models/store/database.h"
#include "models/store/keyring.h"
#include "models/store/storelog.h"
#include "models/store/uselock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <map>

#include <cstdio>

namespace concerto {

namespace {

// What the copy must hold as the original does: the schema (every object's SQL), the file's marks, and
// the rows of every table.
struct Contents {
    QStringList schema;
    qint32 applicationId = 0;
    int userVersion = 0;
    std::map<QString, qint64> rows;
    QString error;
};

Contents contentsOf(QSqlDatabase &db) {
    Contents c;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY "
                               "type, name"))) {
        c.error = q.lastError().databaseText();
        return c;
    }
    QStringList tables;
    while (q.next()) {
        c.schema << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()}
                        .join(QLatin1Char('\x1f'));
        if (q.value(0).toString() == QLatin1String("table") &&
            !q.value(3).toString().startsWith(QLatin1String("CREATE VIRTUAL")))
            tables << q.value(1).toString();
    }
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) || !q.next()) {
            c.error = q.lastError().databaseText();
            return c;
        }
        c.rows[table] = q.value(0).toLongLong();
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        c.error = q.lastError().databaseText();
        return c;
    }
    c.applicationId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        c.error = q.lastError().databaseText();
        return c;
    }
    c.userVersion = q.value(0).toInt();
    return c;
}

bool removeFile(const QString &path) {
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace

StoreRead<EncryptedFile> encryptDatabaseFile(const QString &givenPath) {
    using Result = StoreRead<EncryptedFile>;
    const QFileInfo info(givenPath);
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result::failure(
                QCoreApplication::translate("EncryptFile", "%1 cannot be read.").arg(shown));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Result::failure(QCoreApplication::translate(
                                       "EncryptFile",
                                       "%1 is already encrypted (it has no SQLite header in clear): nothing "
                                       "was changed.")
                                       .arg(shown));
    }
    // Nobody else may have it open: their writes would go to the file in clear being replaced.
    const DatabaseUseLock lock(path);
    if (lock.heldElsewhere())
        return Result::failure(
            QCoreApplication::translate(
                "EncryptFile", "%1 is open in another Concerto (process %2): close it, then encrypt it.")
                .arg(shown)
                .arg(lock.otherPid()));
    // Opened as any command opens it: checked, upgraded; an altered file is not encrypted.
    QString openError;
    std::unique_ptr<Database> db = Database::open(path, &openError);
    if (!db)
        return Result::failure(openError);
    if (!db->alterations().isEmpty() || db->isReadOnly())
        return Result::failure(
            QCoreApplication::translate(
                "EncryptFile", "%1 is read-only or was altered outside Concerto: it was not encrypted. %2")
                .arg(shown, db->alterations().join(QLatin1Char(' '))));
    const keyring::Key key = keyring::keyFor(path, true);
    if (!key.ok())
        return Result::failure(key.error);

    const QString copy = path + QStringLiteral(".encrypting");
    const auto cleanUp = [&] {
        for (const char *side : {"", "-journal", "-wal", "-shm"})
            removeFile(copy + QLatin1String(side));
    };
    cleanUp();
    const auto failed = [&](const QString &why) {
        qCWarning(lcStore).noquote() << "encrypting a database failed:" << why;
        cleanUp();
        return Result::failure(
            QCoreApplication::translate(
                "EncryptFile", "%1 could not be encrypted: %2 The file was left as it was, in clear.")
                .arg(shown, why));
    };
    Contents before;
    {
        QSqlDatabase source = db->connection();
        before = contentsOf(source);
        if (!before.error.isEmpty())
            return failed(before.error);
        QSqlQuery q(source);
        // The copy in clear, then encrypted in place: VACUUM INTO writes no key.
        if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
            return failed(q.lastError().databaseText());
        q.addBindValue(copy);
        if (!q.exec())
            return failed(q.lastError().databaseText());
    }
    const QString name = QStringLiteral("encrypt-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString why;
    Contents after;
    {
        QSqlDatabase target = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        target.setDatabaseName(copy);
        QSqlError error;
        if (!target.open() || !cipher::connectionHasCipher(target, copy, &why)) {
            if (why.isEmpty())
                why = target.lastError().databaseText();
        } else if (!cipher::encryptInPlace(target, key.bytes, &error)) {
            why = error.databaseText();
        }
        target.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Checked through a connection of its own, with the key, as the next opening will read it.
    if (why.isEmpty()) {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        check.setDatabaseName(copy);
        QSqlError error;
        if (!check.open() || !cipher::applyKey(check, key.bytes, &error)) {
            why = error.isValid() ? error.databaseText() : check.lastError().databaseText();
        } else {
            QSqlQuery q(check);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                why = q.lastError().databaseText();
            else if (q.value(0).toString() != QLatin1String("ok"))
                why = QCoreApplication::translate("EncryptFile", "the encrypted copy is damaged (%1).")
                          .arg(q.value(0).toString());
            q.finish();
            if (why.isEmpty())
                after = contentsOf(check);
        }
        check.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (why.isEmpty() && !after.error.isEmpty())
        why = after.error;
    if (why.isEmpty() &&
        (after.schema != before.schema || after.rows != before.rows ||
         after.applicationId != before.applicationId || after.userVersion != before.userVersion))
        why = QCoreApplication::translate("EncryptFile",
                                          "the encrypted copy does not hold what the file holds.");
    if (!why.isEmpty())
        return failed(why);
    {
        QFile copyFile(copy);
        if (QFile(copy).size() >= 16 && copyFile.open(QIODevice::ReadOnly) &&
            copyFile.read(16) == QByteArray("SQLite format 3\0", 16))
            return failed(QCoreApplication::translate("EncryptFile", "the copy is still in clear."));
    }
    // The original is closed (its last connection folds the write-ahead log back and removes it), then
    // replaced in one rename; its -wal and -shm, in clear, go with it.
    db.reset();
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0)
        return failed(QCoreApplication::translate("EncryptFile",
                                                  "its write-ahead log is still in use by another program."));
    if (std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(
            QCoreApplication::translate("EncryptFile", "the encrypted copy could not take its place."));
    removeFile(wal);
    removeFile(path + QStringLiteral("-shm"));
    removeFile(copy + QStringLiteral("-journal"));
    EncryptedFile done;
    done.tables = int(before.rows.size());
    for (const auto &[table, count] : before.rows)
        done.rows += count;
    return Result{done, {}};
}

} // namespace concerto
