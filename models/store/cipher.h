// The cipher library under the store: SQLite3 Multiple Ciphers (sqlite3mc), built with the project as the
// process's libsqlite3 (cmake/sqlite3mc.cmake). The store opens no file on any other SQLite: a SQLite
// without ciphers would ignore a key and write in clear.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace concerto::cipher {

// The cipher library's version, from the library the process loaded ("SQLite3 Multiple Ciphers 2.4.0").
// Calling it is also a guard: every executable that links the store needs the symbol at start (-z now).
QString libraryVersion();

// Whether the open connection `db` runs on the cipher library: asks SQLite itself for its cipher
// (`PRAGMA cipher`, which a SQLite without ciphers, such as one inside a driver plugin, answers with no
// row). Reads nothing from the file, so it can run before a key. On false, `error` holds the reason in the
// user's language, naming `path`.
bool connectionHasCipher(QSqlDatabase &db, const QString &path, QString *error);

} // namespace concerto::cipher
