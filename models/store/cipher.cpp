// The cipher library's version, asked of the library itself and of each connection's SQLite.
#include "models/store/cipher.h"
#include "models/store/storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

// Declared here rather than through sqlite3.h, which the build keeps beside the amalgamation.
extern "C" const char *sqlite3mc_version(void);

namespace concerto::cipher {

QString libraryVersion() {
    return QString::fromUtf8(sqlite3mc_version());
}

bool connectionHasCipher(QSqlDatabase &db, const QString &path, QString *error) {
    // A pragma, not a SELECT: a statement that reads would first read the schema, which an encrypted
    // file holds only for the key. A SQLite without ciphers answers no row to a pragma it does not know.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA cipher")) && q.next() && !q.value(0).toString().isEmpty())
        return true;
    qCWarning(lcStore).noquote() << "the connection's SQLite has no ciphers:" << q.lastError().databaseText();
    if (error)
        *error = QCoreApplication::translate(
                     "Database", "%1 was not opened: this copy of Concerto runs on a SQLite without "
                                 "encryption, which would write patients' data in clear. Reinstall Concerto.")
                     .arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace concerto::cipher
