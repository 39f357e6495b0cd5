// Reads and writes of organisations, users, their roles and organisations, inside write transactions.
#include "server/db/accounts.h"

#include "server/db/auditlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace concerto::server {

namespace {

qint64 nowSeconds() {
    return QDateTime::currentSecsSinceEpoch();
}

bool exists(QSqlDatabase &db, const QString &sql, const QVariant &value) {
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next();
}

} // namespace

bool Accounts::audit(const char *action, const QString &entity, const QString &id,
                     const QJsonObject &detail) const {
    return AuditLog(m_database).append({QLatin1String(action), 0, m_actor, entity, id, 0, detail});
}

bool Accounts::addOrganisation(const Organisation &organisation, QString *error) const {
    if (organisation.code.trimmed().isEmpty() || organisation.name.trimmed().isEmpty()) {
        *error = QStringLiteral("an organisation needs a code and a name");
        return false;
    }
    return m_database.write(
        [&](QSqlDatabase &db) {
            if (exists(db, QStringLiteral("SELECT 1 FROM organisations WHERE code = ?"), organisation.code)) {
                *error = QStringLiteral("the organisation %1 exists already").arg(organisation.code);
                return false;
            }
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO organisations (code, name, created_at) VALUES (?, ?, ?)"));
            query.addBindValue(organisation.code);
            query.addBindValue(organisation.name);
            query.addBindValue(nowSeconds());
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
            return audit(auditaction::addOrganisation, QStringLiteral("organisation"), organisation.code,
                         {{QStringLiteral("name"), organisation.name}});
        },
        error);
}

bool Accounts::addUser(const QString &name, const QByteArray &passwordHash, const QList<Role> &roles,
                       const QStringList &organisations, QString *error) const {
    if (name.trimmed().isEmpty() || roles.isEmpty()) {
        *error = QStringLiteral("a user needs a name and at least one role");
        return false;
    }
    return m_database.write(
        [&](QSqlDatabase &db) {
            if (exists(db, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), name)) {
                *error = QStringLiteral("the user %1 exists already").arg(name);
                return false;
            }
            for (const QString &code : organisations)
                if (!exists(db, QStringLiteral("SELECT 1 FROM organisations WHERE code = ?"), code)) {
                    *error = QStringLiteral("no organisation %1 (add it first with admin add-org)").arg(code);
                    return false;
                }
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?) RETURNING id"));
            query.addBindValue(name);
            query.addBindValue(QString::fromLatin1(passwordHash));
            query.addBindValue(nowSeconds());
            if (!query.exec() || !query.next()) {
                *error = query.lastError().text();
                return false;
            }
            const qint64 id = query.value(0).toLongLong();
            query.finish();
            for (Role role : roles) {
                query.prepare(QStringLiteral(
                    "INSERT INTO user_roles (user_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"));
                query.addBindValue(id);
                query.addBindValue(roleCode(role));
                if (!query.exec())
                    return false;
            }
            QJsonArray roleCodes;
            for (Role role : roles)
                roleCodes.append(roleCode(role));
            for (const QString &code : organisations) {
                query.prepare(QStringLiteral("INSERT INTO user_organisations (user_id, organisation_code) "
                                             "VALUES (?, ?) ON CONFLICT DO NOTHING"));
                query.addBindValue(id);
                query.addBindValue(code);
                if (!query.exec())
                    return false;
            }
            return audit(auditaction::addUser, QStringLiteral("user"), name,
                         {{QStringLiteral("user_id"), id},
                          {QStringLiteral("roles"), roleCodes},
                          {QStringLiteral("organisations"), QJsonArray::fromStringList(organisations)}});
        },
        error);
}

bool Accounts::setPassword(const QString &name, const QByteArray &passwordHash, QString *error) const {
    return m_database.write(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = 0 WHERE name = ?"));
            query.addBindValue(QString::fromLatin1(passwordHash));
            query.addBindValue(name);
            if (!query.exec())
                return false;
            if (query.numRowsAffected() != 1) {
                *error = QStringLiteral("no user %1").arg(name);
                return false;
            }
            return audit(auditaction::resetPassword, QStringLiteral("user"), name, {});
        },
        error);
}

std::optional<UserAccount> Accounts::find(const QString &where, const QVariant &value) const {
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, name, password_hash, failed_logins, locked_until FROM users WHERE ") +
        where);
    query.addBindValue(value);
    if (!query.exec() || !query.next())
        return std::nullopt;
    UserAccount user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.passwordHash = query.value(2).toString().toLatin1();
    user.failedLogins = query.value(3).toInt();
    user.lockedUntil = query.value(4).toLongLong();
    query.prepare(QStringLiteral("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role"));
    query.addBindValue(user.id);
    if (query.exec())
        while (query.next())
            if (const auto role = roleFromCode(query.value(0).toString()))
                user.roles.append(*role);
    query.prepare(QStringLiteral(
        "SELECT organisation_code FROM user_organisations WHERE user_id = ? ORDER BY organisation_code"));
    query.addBindValue(user.id);
    if (query.exec())
        while (query.next())
            user.organisations.append(query.value(0).toString());
    return user;
}

std::optional<UserAccount> Accounts::findByName(const QString &name) const {
    return find(QStringLiteral("name = ?"), name);
}

std::optional<UserAccount> Accounts::findById(qint64 id) const {
    return find(QStringLiteral("id = ?"), id);
}

QList<Organisation> Accounts::organisationsOf(const UserAccount &user) const {
    QList<Organisation> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT o.code, o.name FROM organisations o JOIN user_organisations u"
                                 " ON u.organisation_code = o.code WHERE u.user_id = ? ORDER BY o.code"));
    query.addBindValue(user.id);
    if (query.exec())
        while (query.next())
            result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

int Accounts::recordFailedLogin(const UserAccount &user, qint64 now, int lockAfter, qint64 lockSeconds,
                                const QJsonObject &client) const {
    int failures = 0;
    const bool written = m_database.write([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = ?"));
        query.addBindValue(user.id);
        if (!query.exec())
            return false;
        query.prepare(QStringLiteral("SELECT failed_logins FROM users WHERE id = ?"));
        query.addBindValue(user.id);
        if (!query.exec() || !query.next())
            return false;
        failures = query.value(0).toInt();
        query.finish();
        const bool locks = failures >= lockAfter;
        QJsonObject detail{{QStringLiteral("failures"), failures}};
        if (locks)
            detail.insert(QStringLiteral("locked_until"), now + lockSeconds);
        if (!client.isEmpty())
            detail.insert(QStringLiteral("client"), client);
        if (!AuditLog(m_database)
                 .append({QLatin1String(locks ? auditaction::loginLocked : auditaction::loginFailed), user.id,
                          user.name, QStringLiteral("user"), user.name, 0, detail}))
            return false;
        if (!locks)
            return true;
        query.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = ? WHERE id = ?"));
        query.addBindValue(now + lockSeconds);
        query.addBindValue(user.id);
        return query.exec();
    });
    return written ? failures : -1;
}

void Accounts::recordSuccessfulLogin(qint64 userId) const {
    m_database.write([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"));
        query.addBindValue(userId);
        return query.exec();
    });
}

} // namespace concerto::server
