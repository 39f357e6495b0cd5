// The tests' key for their own plain connections to encrypted files.
#include "tests/support/rawsqlite.h"
#include "models/store/keyring.h"

#include <QFile>
#include <QSqlQuery>

namespace concerto::test {

QStringList keyStatements() {
    const keyring::Key key = keyring::readKeyFile(qEnvironmentVariable("CONCERTO_KEY_FILE"));
    if (!key.ok()) {
        qWarning("the tests' key: %s", qPrintable(key.error));
        return {};
    }
    return {QStringLiteral("PRAGMA cipher = 'sqlcipher'"), QStringLiteral("PRAGMA legacy = 4"),
            QStringLiteral("PRAGMA legacy_page_size = 8192"),
            QStringLiteral("PRAGMA key = \"x'%1'\"").arg(QString::fromLatin1(key.bytes.toHex()))};
}

bool unlock(QSqlDatabase &db) {
    QFile file(db.databaseName());
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0 ||
        file.read(16) == QByteArray("SQLite format 3\0", 16))
        return true;
    const QStringList statements = keyStatements();
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return false;
    return !statements.isEmpty();
}

} // namespace concerto::test
