// The password sign-in: lockout first, then the hash, then the failure counter.
#include "server/auth/passwordauthenticator.h"

#include "server/auth/passwordhash.h"
#include "server/db/auditlog.h"

#include <QThread>
#include <algorithm>

namespace concerto::server {

PasswordAuthenticator::PasswordAuthenticator(const Accounts &accounts, LoginPolicy policy,
                                             std::function<qint64()> clock)
    : m_accounts(accounts)
    , m_policy(policy)
    , m_clock(std::move(clock))
    , m_decoyHash(hashPassword(QStringLiteral("no such user, no such password"))) {}

SignInResult PasswordAuthenticator::signIn(const QJsonObject &credentials, const QJsonObject &client) {
    SignInResult result;
    const QString name = credentials.value(QStringLiteral("user")).toString();
    const QString password = credentials.value(QStringLiteral("password")).toString();
    if (name.isEmpty() || password.isEmpty()) {
        result.outcome = SignInOutcome::Malformed;
        result.reason = QStringLiteral("user and password are required");
        return result;
    }
    const qint64 now = m_clock();
    const auto user = m_accounts.findByName(name);
    const AuditLog audit(m_accounts.database());
    if (user && user->lockedUntil > now) {
        result.outcome = SignInOutcome::Locked;
        result.retryAfterSeconds = user->lockedUntil - now;
        result.reason = QStringLiteral("too many failed sign-ins: the account is locked for a while");
        QJsonObject detail{{QStringLiteral("locked_until"), user->lockedUntil}};
        if (!client.isEmpty())
            detail.insert(QStringLiteral("client"), client);
        if (!audit.record({QLatin1String(auditaction::loginLocked), user->id, user->name,
                           QStringLiteral("user"), user->name, 0, detail})) {
            result.outcome = SignInOutcome::Unavailable;
            result.reason = QStringLiteral("the sign-in cannot be recorded; try again");
        }
        return result;
    }
    const bool matches = verifyPassword(password, user ? user->passwordHash : m_decoyHash);
    if (user && matches) {
        m_accounts.recordSuccessfulLogin(user->id);
        result.outcome = SignInOutcome::SignedIn;
        result.userId = user->id;
        return result;
    }
    result.reason = QStringLiteral("wrong user name or password");
    int failures = 1;
    if (user) {
        failures = m_accounts.recordFailedLogin(*user, now, m_policy.lockAfter, m_policy.lockSeconds, client);
        if (failures < 0) {
            result.outcome = SignInOutcome::Unavailable;
            result.reason = QStringLiteral("the sign-in cannot be recorded; try again");
            return result;
        }
        if (failures >= m_policy.lockAfter) {
            result.outcome = SignInOutcome::Locked;
            result.retryAfterSeconds = m_policy.lockSeconds;
            result.reason = QStringLiteral("too many failed sign-ins: the account is locked for a while");
            return result;
        }
    } else {
        // An unknown name, as typed (cut short), so that guessing shows in the log too.
        const QString typed = name.left(200);
        QJsonObject detail{{QStringLiteral("known"), false}};
        if (!client.isEmpty())
            detail.insert(QStringLiteral("client"), client);
        if (!audit.record({QLatin1String(auditaction::loginFailed), 0, typed, QStringLiteral("user"), typed,
                           0, detail})) {
            result.outcome = SignInOutcome::Unavailable;
            result.reason = QStringLiteral("the sign-in cannot be recorded; try again");
            return result;
        }
    }
    QThread::msleep(ulong(m_policy.pauseMillisecondsPerFailure * std::clamp(failures, 1, 4)));
    return result;
}

} // namespace concerto::server
