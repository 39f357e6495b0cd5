// Turns a Concerto database written in clear (before encryption) into an encrypted one: an encrypted
// copy beside it, checked (integrity, every table's rows, the schema, the application id and version), put
// in the original's place; the file in clear and its -wal and -shm are then gone. Any failure before the
// replacement leaves the original as it was and removes the copy.
#pragma once

#include "models/store/storeresult.h"

#include <QString>

namespace concerto {

struct EncryptedFile {
    int tables = 0;  // tables compared
    qint64 rows = 0; // rows found in both
};

// `path` must be a Concerto database in clear, up to date (open it first: Database::open upgrades it),
// not altered, and open nowhere else. The key comes from the process's key source (keyring.h), made for
// the file when it has none yet.
StoreRead<EncryptedFile> encryptDatabaseFile(const QString &path);

} // namespace concerto
