// A test's plain SQLite connection to a file Concerto made: such files are encrypted, so the connection
// is given the tests' key first (the file CONCERTO_KEY_FILE names, which CTest sets for every test), as
// another program that knows the key (the sqlite3 shell) would.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace concerto::test {

// The statements that give a plain connection the tests' key, before its first read; empty when the key
// file cannot be read.
QStringList keyStatements();

// Gives the open plain connection `db` the tests' key when its file is encrypted (it exists, is not
// empty, and has no SQLite header in clear); true when nothing was needed or the key was given.
bool unlock(QSqlDatabase &db);

} // namespace concerto::test
