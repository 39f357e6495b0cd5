// What a SQLite error means for a user, in their language, without SQLite's English text (which goes
// to the log instead).
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace concerto {

// Why a signed fiche refuses a change, shared by the repository and the database trigger's error.
QString signedFicheLockedMessage();

// A sentence for a failed statement: the signed-fiche lock, a missing referenced record, a busy, full,
// read-only or damaged file, or a refused change. `path` names the file.
QString storeErrorMessage(const QSqlError &error, const QString &path);

// Logs a failed statement (the table or operation it served and SQLite's error) under lcStore.
void logStoreError(const char *what, const QString &table, const QSqlError &error);

// Logs a failed read of `query` and says what it means for the user. A query that gave no row where
// one was due (a count) without an error of its own is taken as a damaged file.
QString readFailure(const char *what, const QString &table, const QSqlQuery &query, const QString &path);

} // namespace concerto
