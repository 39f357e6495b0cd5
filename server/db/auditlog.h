// The server's audit log (table audit_log, migration 5): every change (a record applied by a push, an
// account, an organisation, a value set), every sign-in (success, failure, lock) and every read of a case
// (a record read, a pull page that carries patients, cases or fiches), appended in the transaction of the
// act itself. The rows are hash-chained: row n holds hash_n = SHA-256(hash_{n-1} || canonical_n), hex,
// with hash_0 = 64 zeros and canonical_n its content as netstrings (auditCanonical), so that a row
// changed, removed, inserted or moved after the fact breaks the chain from there on (verifyAudit).
// Appends are serialised across every server process: on SQLite by the write lock of the transaction, on
// PostgreSQL by the audit's own advisory lock, taken by the database function audit_log_append (migration
// 5) before it reads the chain's last row, and held to the end of the transaction (one round trip an
// append, the same hash computed by the database); `seq` being the primary key, two rows can never take
// the same place.
#pragma once

#include "server/db/serverdatabase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace concerto::server {

// The actions the server writes (AuditEvent::action).
namespace auditaction {
inline const char *const create = "create"; // a record applied by a push: new on the server
inline const char *const update = "update";
inline const char *const remove = "delete";              // a tombstone
inline const char *const writeRefused = "write-refused"; // a push of a record the user may not write
inline const char *const read = "read";                  // GET records/ENTITY/ID
inline const char *const readRefused = "read-refused";   // the same, of a record not the user's (403)
inline const char *const pull = "pull";                  // a pull page carrying patients, cases, fiches
inline const char *const login = "login";
inline const char *const loginFailed = "login-failed";
inline const char *const loginLocked = "login-locked"; // refused: the account is locked (or locks now)
inline const char *const logout = "logout";
inline const char *const refreshReused = "refresh-reused"; // a used refresh token shown again
inline const char *const addOrganisation = "add-org";
inline const char *const addUser = "add-user";
inline const char *const resetPassword = "reset-password";
inline const char *const importNomenclature = "import-nomenclature";
inline const char *const demoFilled = "demo-filled";
} // namespace auditaction

// What happened, as the code that did it says it; the log adds the place, the time and the hash.
struct AuditEvent {
    QString action;
    qint64 userId = 0; // the account acted for or named; 0: none (an unknown name, an admin command)
    QString actor;     // the user name (as typed, for a failed sign-in), or "admin (LOGIN)", "demo"
    QString entity;    // a record's kind, or "user", "organisation", "value-set"; empty when none
    QString recordId;  // its id (a record's UUID, a user name, an OID/version)
    qint64 version = 0;
    QJsonObject detail; // the rest: client address, device, mutation, fields changed, ids read…
};

// One stored row.
struct AuditRow {
    qint64 seq = 0;
    QString at; // ISO-8601 UTC with milliseconds
    std::optional<qint64> userId;
    QString actor;
    QString action;
    QString entity;
    QString recordId;
    qint64 version = 0;
    QByteArray detail; // compact JSON, as stored
    QByteArray prevHash;
    QByteArray hash;
};

// The hash before the first row.
inline QByteArray auditGenesisHash() {
    return QByteArray(64, '0');
}
// The row's content, each field as a netstring ("<byte length>:<UTF-8 bytes>,"), in this order: seq, at,
// user_id (empty when none), actor, action, entity, record_id, version, detail.
QByteArray auditCanonical(const AuditRow &row);
// hex(SHA-256(prevHash || auditCanonical(row))).
QByteArray auditHash(const QByteArray &prevHash, const AuditRow &row);

class AuditLog final {
public:
    explicit AuditLog(const ServerDatabase &database)
        : m_database(database) {}

    // Appends `event` inside the transaction this thread has open (write() or audited()); false (the
    // caller then rolls back) when it could not.
    bool append(const AuditEvent &event, QString *error = nullptr) const;
    // Appends `event` in a transaction of its own (an act that writes nothing else: a refused sign-in,
    // a pull page given out), or in the open one.
    bool record(const AuditEvent &event, QString *error = nullptr) const;

private:
    bool insert(const AuditEvent &event, QString *error) const;

    const ServerDatabase &m_database;
};

// What verifyAudit found.
struct AuditCheck {
    bool readable = false; // false: the log could not be read (`fault` says why)
    qint64 rows = 0;       // rows found whole before the first broken one (all of them when whole)
    qint64 brokenSeq = 0;  // the first broken row; 0 when the chain is whole
    std::optional<AuditRow> broken;
    QString fault;   // what is wrong with it
    QByteArray head; // the last whole row's hash (to keep elsewhere: a log cut at its end shows only so)
};

// Walks the chain in order, in one consistent read (a snapshot, while servers go on appending).
AuditCheck verifyAudit(const ServerDatabase &database);

} // namespace concerto::server
