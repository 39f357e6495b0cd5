// The SQLite migrations (PostgreSQL's are in postgresmigrations.cpp). Migration 1: organisations (3C,
// network), users with their roles and organisations, the failed-login counters, and tokens (kept as SHA-256
// only, grouped by sign-in family for refresh-token rotation). Migration 2: the value sets; 3: the tokens'
// expiry index; 4: the synced records, their organisations (who sees them) and the mutations applied (what
// makes a replayed push a duplicate). Migration 5: the audit log, hash-chained and append-only (auditlog.h).
// Times are Unix seconds (UTC), records' and the audit's own times ISO-8601 UTC.
#include "server/db/servermigrations.h"

namespace concerto::server {

const QVector<QStringList> &serverMigrations(DatabaseEngine engine) {
    if (engine == DatabaseEngine::Postgres)
        return postgresMigrations();
    static const QVector<QStringList> migrations = {
        {
            QStringLiteral("CREATE TABLE organisations ("
                           " code TEXT PRIMARY KEY NOT NULL CHECK (length(code) BETWEEN 1 AND 64),"
                           " name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),"
                           " password_hash TEXT NOT NULL,"
                           " failed_logins INTEGER NOT NULL DEFAULT 0,"
                           " locked_until INTEGER NOT NULL DEFAULT 0,"
                           " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE user_roles ("
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " role TEXT NOT NULL,"
                           " PRIMARY KEY (user_id, role))"),
            QStringLiteral("CREATE TABLE user_organisations ("
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " organisation_code TEXT NOT NULL REFERENCES organisations(code),"
                           " PRIMARY KEY (user_id, organisation_code))"),
            QStringLiteral("CREATE TABLE tokens ("
                           " digest TEXT PRIMARY KEY NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),"
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " family TEXT NOT NULL,"
                           " issued_at INTEGER NOT NULL,"
                           " expires_at INTEGER NOT NULL,"
                           " revoked_at INTEGER)"),
            QStringLiteral("CREATE INDEX tokens_family ON tokens(family)"),
        },
        {
            // Migration 2: the national value sets the server hands to the desktops, as the files read
            // (checked by the SVS reader when imported), one row per set and version.
            QStringLiteral("CREATE TABLE value_sets ("
                           " oid TEXT NOT NULL,"
                           " version TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " revision_date TEXT,"
                           " source TEXT NOT NULL,"
                           " concept_count INTEGER NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " content BLOB NOT NULL,"
                           " imported_at INTEGER NOT NULL,"
                           " PRIMARY KEY (oid, version))"),
        },
        {
            // Migration 3: expired tokens are deleted at each sign-in, found through their expiry.
            QStringLiteral("CREATE INDEX tokens_expiry ON tokens(expires_at)"),
        },
        {
            // Migration 4: the records the desktops sync, the latest copy of each; `seq` orders the change
            // feed (given inside the write transaction, so its order is the commit order); `unique_key`
            // holds what must be unique across records of one entity (a fiche's set and version number).
            QStringLiteral("CREATE TABLE records ("
                           " entity TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " version INTEGER NOT NULL CHECK (version >= 1),"
                           " seq INTEGER NOT NULL UNIQUE,"
                           " updated_at TEXT NOT NULL,"
                           " updated_by TEXT NOT NULL,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " body TEXT NOT NULL,"
                           " unique_key TEXT,"
                           " origin TEXT," // the device whose change made this copy
                           " PRIMARY KEY (entity, id))"),
            QStringLiteral("CREATE INDEX records_unique_key ON records(entity, unique_key)"
                           " WHERE unique_key IS NOT NULL"),
            // Who sees a record: the organisations (codes) it belongs to; '*' for the whole region.
            QStringLiteral("CREATE TABLE record_scopes ("
                           " entity TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " organisation TEXT NOT NULL,"
                           " PRIMARY KEY (entity, id, organisation)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE mutations ("
                           " mutation_id TEXT PRIMARY KEY NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " device_id TEXT,"
                           " user_id INTEGER,"
                           " applied_at INTEGER NOT NULL)"),
        },
        {
            // Migration 5: the audit log (auditlog.h): every change, sign-in and read of a case, each row
            // chained to the one before by its hash; the triggers keep it append-only for whoever writes
            // through SQL (whoever can drop them is caught by the chain: verify-audit).
            QStringLiteral("CREATE TABLE audit_log ("
                           " seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),"
                           " at TEXT NOT NULL,"
                           " user_id INTEGER,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " entity TEXT NOT NULL,"
                           " record_id TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " detail TEXT NOT NULL,"
                           " prev_hash TEXT NOT NULL,"
                           " hash TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_log_record ON audit_log(entity, record_id)"),
            QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                           " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        },
    };
    return migrations;
}

} // namespace concerto::server
