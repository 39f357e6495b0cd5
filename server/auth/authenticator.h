// Who a person is, behind one interface: the password sign-in now, the national professionals' sign-in
// (Pro Santé Connect, OpenID Connect with e-CPS) later, without touching tokens or sync. An authenticator
// only names the user; the TokenStore then opens the session, whatever the method.
#pragma once

#include <QJsonObject>
#include <QString>

namespace concerto::server {

enum class SignInOutcome {
    SignedIn,
    Refused,    // unknown user or wrong credentials (the same answer for both)
    Locked,     // too many failures: retryAfterSeconds says for how long
    Malformed,  // the request lacks what this method needs
    Unavailable // the database could not be read
};

struct SignInResult {
    SignInOutcome outcome = SignInOutcome::Refused;
    qint64 userId = 0;
    qint64 retryAfterSeconds = 0;
    QString reason; // for the client, never a secret
};

class Authenticator {
public:
    virtual ~Authenticator() = default;
    // The method's name in the login request ("password"; later "oidc").
    virtual QString method() const = 0;
    // Checks the credentials of the login request's body; a refusal is audited (auditlog.h) by the method
    // itself, with `client` (where the request came from), in the transaction that counts it. A success
    // is audited when the session opens (TokenStore::signIn).
    virtual SignInResult signIn(const QJsonObject &credentials, const QJsonObject &client) = 0;
};

} // namespace concerto::server
