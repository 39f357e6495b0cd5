// A database file met on opening: one written in clear (before Concerto encrypted its files) is
// encrypted once, in place, by the store's checked copy (models/store/encryptfile.h).
#pragma once

#include <QString>

namespace concerto::databasefile {

// Whether `path` is a SQLite file whose header is in clear (an encrypted file shows random bytes).
bool isInClear(const QString &path);

struct Encryption {
    bool ok = false;
    QString error; // in the user's language: why the file stays in clear, as it was
    int tables = 0;
    qint64 rows = 0;
};

// Encrypts the Concerto database in clear at `path` (a file open elsewhere, altered or read-only is
// refused and left byte-identical). Runs on any thread: it opens its own connections.
Encryption encrypt(const QString &path);

} // namespace concerto::databasefile
