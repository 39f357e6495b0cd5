// The accounts in the server's database: organisations (3C, the network), users with their password hash,
// roles (the codes of models/domain/roles.h) and organisations, and the failed-login counters. Every change
// appends its audit row (auditlog.h) in its own transaction, in the name of the actor (setActor: "admin
// (LOGIN)" for the admin commands, "demo"…; "server" by default).
#pragma once

#include "models/domain/roles.h"
#include "server/db/serverdatabase.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace concerto::server {

struct Organisation {
    QString code;
    QString name;
};

struct UserAccount {
    qint64 id = 0;
    QString name;
    QByteArray passwordHash;
    QList<Role> roles;
    QStringList organisations; // codes
    int failedLogins = 0;
    qint64 lockedUntil = 0; // Unix seconds; 0 when not locked
};

class Accounts final {
public:
    explicit Accounts(const ServerDatabase &database)
        : m_database(database) {}

    const ServerDatabase &database() const { return m_database; }
    // Who the changes are audited for.
    void setActor(const QString &actor) { m_actor = actor; }

    // Each returns false with `error` (plain English, no password) when nothing was written.
    bool addOrganisation(const Organisation &organisation, QString *error) const;
    // Refuses a name taken, an organisation that does not exist, no role.
    bool addUser(const QString &name, const QByteArray &passwordHash, const QList<Role> &roles,
                 const QStringList &organisations, QString *error) const;
    // Sets a new password and unlocks the account; refuses an unknown user.
    bool setPassword(const QString &name, const QByteArray &passwordHash, QString *error) const;

    std::optional<UserAccount> findByName(const QString &name) const;
    std::optional<UserAccount> findById(qint64 id) const;
    QList<Organisation> organisationsOf(const UserAccount &user) const;

    // A failed sign-in: counts it and, at `lockAfter` failures in a row, locks the account until
    // `now + lockSeconds` (the counter restarts), audited (login-failed, or login-locked when it locks)
    // with `client` in the same transaction. Returns the failures counted so far, -1 when nothing could be
    // written.
    int recordFailedLogin(const UserAccount &user, qint64 now, int lockAfter, qint64 lockSeconds,
                          const QJsonObject &client = {}) const;
    void recordSuccessfulLogin(qint64 userId) const;

private:
    std::optional<UserAccount> find(const QString &where, const QVariant &value) const;

    bool audit(const char *action, const QString &entity, const QString &id, const QJsonObject &detail) const;

    const ServerDatabase &m_database;
    QString m_actor = QStringLiteral("server");
};

} // namespace concerto::server
