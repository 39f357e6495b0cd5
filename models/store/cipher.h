// The cipher library under the store: SQLite3 Multiple Ciphers (sqlite3mc), built with the project as the
// process's libsqlite3 (cmake/sqlite3mc.cmake). The store opens no file on any other SQLite: a SQLite
// without ciphers would ignore a key and write in clear.
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace concerto::cipher {

// The cipher library's version, from the library the process loaded ("SQLite3 Multiple Ciphers 2.4.0").
// Calling it is also a guard: every executable that links the store needs the symbol at start (-z now).
QString libraryVersion();

// Whether the open connection `db` runs on the cipher library: asks SQLite itself for its cipher
// (`PRAGMA cipher`, which a SQLite without ciphers, such as one inside a driver plugin, answers with no
// row). Reads nothing from the file, so it runs before the key. On false, `error` holds the reason in the
// user's language, naming `path`.
bool connectionHasCipher(QSqlDatabase &db, const QString &path, QString *error);

// The cipher settings of every encrypted Concerto file: SQLCipher 4's format (sqlite3mc's legacy mode)
// with 8 KiB pages, which SQLCipher's own tools open with `PRAGMA cipher_page_size = 8192`.
bool setCipher(QSqlDatabase &db, QSqlError *error);
// Gives an open connection the key of its file (raw, 32 bytes), before its first read.
bool applyKey(QSqlDatabase &db, const QByteArray &key, QSqlError *error);
// Encrypts the file of an open connection in clear, in place, with `key`: out of its write-ahead log,
// rewritten with 8 KiB pages, then rekeyed (every page rewritten encrypted). The connection then reads it
// with the key.
bool encryptInPlace(QSqlDatabase &db, const QByteArray &key, QSqlError *error);
// Whether a failed read means that the file is not a database to this connection: an encrypted file and
// a wrong key, or no SQLite file at all (SQLITE_NOTADB).
bool notADatabase(const QSqlError &error);

} // namespace concerto::cipher
