// The schema of the local database, as an ordered list of migrations. Each one runs in its own
// transaction and moves PRAGMA user_version forward by one, so an older file is upgraded in place.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace concerto::migrations {

int latestVersion();
int currentVersion(const QSqlDatabase &db);

// Applies the missing migrations up to `targetVersion` (tests use a lower target to make old files).
// A file newer than this program is refused.
bool upgrade(QSqlDatabase db, int targetVersion, QString *error);

} // namespace concerto::migrations
