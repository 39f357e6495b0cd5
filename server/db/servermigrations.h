// The server schema's migrations, in order: each a list of statements, applied once; the number applied
// is PRAGMA user_version on SQLite, concerto_server_schema.version on PostgreSQL. The same schema on both
// engines, migration for migration (the same tables, columns, keys and indexes), each written in its
// engine's types: servermigrations.cpp for SQLite, postgresmigrations.cpp for PostgreSQL.
#pragma once

#include "server/db/serverdatabase.h"

#include <QStringList>
#include <QVector>

namespace concerto::server {

const QVector<QStringList> &serverMigrations(DatabaseEngine engine = DatabaseEngine::Sqlite);
const QVector<QStringList> &postgresMigrations();

} // namespace concerto::server
