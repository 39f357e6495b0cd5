// Sign-in with a user name and password checked against the stored PBKDF2 hash. Failures are slowed (a
// growing pause before the answer) and, at `lockAfter` in a row, lock the account for `lockSeconds`; an
// unknown name costs the same hash as a known one and gets the same answer. Each refusal is audited: a
// wrong password in the transaction that counts it (login-failed, or login-locked when it locks), a
// refusal of a locked account and an unknown name each in a transaction of its own.
#pragma once

#include "server/auth/authenticator.h"
#include "server/db/accounts.h"

#include <functional>

namespace concerto::server {

struct LoginPolicy {
    int lockAfter = 5;
    qint64 lockSeconds = 15 * 60;
    int pauseMillisecondsPerFailure = 250; // after the n-th failure in a row: n times this, up to 4 times
};

class PasswordAuthenticator final : public Authenticator {
public:
    PasswordAuthenticator(const Accounts &accounts, LoginPolicy policy, std::function<qint64()> clock);

    QString method() const override { return QStringLiteral("password"); }
    SignInResult signIn(const QJsonObject &credentials, const QJsonObject &client) override;

private:
    const Accounts &m_accounts;
    LoginPolicy m_policy;
    std::function<qint64()> m_clock;
    QByteArray m_decoyHash; // checked for unknown names, so that they take as long
};

} // namespace concerto::server
