// A database in clear found on opening, encrypted once through the store's checked copy.
#include "services/databasefile.h"
#include "models/store/encryptfile.h"

#include <QFile>

namespace concerto::databasefile {

bool isInClear(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Encryption encrypt(const QString &path) {
    const StoreRead<EncryptedFile> done = encryptDatabaseFile(path);
    if (!done.ok())
        return {false, done.error, 0, 0};
    return {true, {}, done->tables, done->rows};
}

} // namespace concerto::databasefile
