// Turns SQLite's errors into sentences a secretary can act on, and logs SQLite's own text.
#include "models/store/storeerror.h"
#include "models/store/storelog.h"

#include <QCoreApplication>
#include <QDir>

namespace concerto {

Q_LOGGING_CATEGORY(lcStore, "concerto.store", QtInfoMsg)

QString signedFicheLockedMessage() {
    return QCoreApplication::translate(
        "Store",
        "This fiche is signed and can no longer be changed. Create an amendment (a new version) instead.");
}

QString storeErrorMessage(const QSqlError &error, const QString &path) {
    const QString file = QDir::toNativeSeparators(path);
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("signed fiche is immutable")))
        return signedFicheLockedMessage();
    if (text.contains(QLatin1String("one session a day per committee")))
        return QCoreApplication::translate(
            "Store", "This committee already has a session that day: move or cancel that one instead.");
    if (text.contains(QLatin1String("audit log is append-only")))
        return QCoreApplication::translate("Store",
                                           "The audit log can only grow: its rows are never changed.");
    // Primary result codes of SQLite (the low byte of an extended code).
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
                   "Store", "The database %1 is in use by another program; nothing was changed. Try again.")
            .arg(file);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("Store", "The database %1 is read-only: nothing was changed.")
            .arg(file);
    case 10: // SQLITE_IOERR
        return QCoreApplication::translate("Store", "The database %1 could not be read or written (input or "
                                                    "output error of the disk).")
            .arg(file);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate("Store",
                                           "The database %1 is damaged: part of the file cannot be read. "
                                           "Restore it from a backup or synchronise it again.")
            .arg(file);
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("Store", "The disk holding %1 is full: nothing was changed.")
            .arg(file);
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate("Store", "The database %1 cannot be opened.").arg(file);
    case 19: // SQLITE_CONSTRAINT
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return QCoreApplication::translate(
                "Store", "This record refers to a session, patient or case that does not exist.");
        if (text.contains(QLatin1String("UNIQUE")))
            return QCoreApplication::translate("Store", "A record with the same identity is already stored.");
        return QCoreApplication::translate("Store",
                                           "The change breaks a rule of the database and was not saved.");
    default:
        return QCoreApplication::translate("Store",
                                           "The database %1 could not carry out the operation (SQLite error "
                                           "%2).")
            .arg(file, error.nativeErrorCode());
    }
}

QString readFailure(const char *what, const QString &table, const QSqlQuery &query, const QString &path) {
    QSqlError error = query.lastError();
    if (!error.isValid())
        error =
            QSqlError(QString(), QStringLiteral("no row"), QSqlError::StatementError, QStringLiteral("11"));
    logStoreError(what, table, error);
    return storeErrorMessage(error, path);
}

void logStoreError(const char *what, const QString &table, const QSqlError &error) {
    qCWarning(lcStore).noquote() << what << table << "failed:" << error.nativeErrorCode()
                                 << error.databaseText() << error.driverText();
}

} // namespace concerto
