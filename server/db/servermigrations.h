// The server schema's migrations, in order: each a list of statements, applied once; PRAGMA user_version
// is the number applied.
#pragma once

#include <QStringList>
#include <QVector>

namespace concerto::server {

const QVector<QStringList> &serverMigrations();

} // namespace concerto::server
