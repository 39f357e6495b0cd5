// Signed-in sessions as token families: a sign-in starts a family with a short-lived access token and a
// refresh token; a refresh revokes the refresh token it used and issues a new pair in the same family;
// a revoked refresh token shown again (a stolen copy used after its owner, or the other way round)
// revokes the whole family. Only SHA-256 digests of the tokens are stored. A sign-in, a logout and a reused
// refresh token each append their audit row (auditlog.h) in their own transaction; `client` is where the
// request came from.
#pragma once

#include "server/db/serverdatabase.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace concerto::server {

struct TokenLifetimes {
    qint64 accessSeconds = 15 * 60;
    qint64 refreshSeconds = 14 * 24 * 3600;
};

struct TokenPair {
    QByteArray accessToken;
    QByteArray refreshToken;
    qint64 accessExpiresIn = 0; // seconds
    qint64 refreshExpiresIn = 0;
};

enum class RefreshOutcome { Rotated, Reused, Invalid };

struct RefreshResult {
    RefreshOutcome outcome = RefreshOutcome::Invalid;
    qint64 userId = 0;
    TokenPair tokens; // when Rotated
};

class TokenStore final {
public:
    TokenStore(const ServerDatabase &database, TokenLifetimes lifetimes)
        : m_database(database)
        , m_lifetimes(lifetimes) {}

    // A new family for `userId`; nullopt if it could not be stored. Deletes the tokens expired by `now`.
    // Audited as a login by `method`.
    std::optional<TokenPair> signIn(qint64 userId, qint64 now, const QJsonObject &client = {},
                                    const QString &method = QStringLiteral("password")) const;
    // The user of a valid (known, not revoked, not expired) access token.
    std::optional<qint64> userOfAccessToken(const QByteArray &token, qint64 now) const;
    RefreshResult refresh(const QByteArray &refreshToken, qint64 now, const QJsonObject &client = {}) const;
    // Revokes the family of a valid access token (logout); false if the token is not valid.
    bool revokeFamilyOfAccessToken(const QByteArray &token, qint64 now, const QJsonObject &client = {}) const;

private:
    bool insertPair(QSqlDatabase &db, qint64 userId, const QByteArray &family, qint64 now,
                    TokenPair *pair) const;

    const ServerDatabase &m_database;
    TokenLifetimes m_lifetimes;
};

} // namespace concerto::server
