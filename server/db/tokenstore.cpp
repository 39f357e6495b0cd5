// Token families in the tokens table; every change in one serialised write transaction
// (ServerDatabase::write), so that two refreshes with the same token cannot both succeed.
#include "server/db/tokenstore.h"

#include "server/auth/tokens.h"
#include "server/db/auditlog.h"

#include <QSqlQuery>
#include <QVariant>

namespace concerto::server {

namespace {

bool revokeFamily(QSqlDatabase &db, const QString &family, qint64 now) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family = ? AND revoked_at IS NULL"));
    query.addBindValue(now);
    query.addBindValue(family);
    return query.exec();
}

// The audit row of a session event of `userId` (its name read in the same transaction).
bool audit(const ServerDatabase &database, QSqlDatabase &db, const char *action, qint64 userId,
           const QString &family, QJsonObject detail, const QJsonObject &client) {
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT name FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec())
        return false;
    const QString name = query.next() ? query.value(0).toString() : QString();
    query.finish();
    detail.insert(QStringLiteral("session"), family.left(12)); // which sign-in: a part of the family id
    if (!client.isEmpty())
        detail.insert(QStringLiteral("client"), client);
    return AuditLog(database).append(
        {QLatin1String(action), userId, name, QStringLiteral("user"), name, 0, detail});
}

} // namespace

bool TokenStore::insertPair(QSqlDatabase &db, qint64 userId, const QByteArray &family, qint64 now,
                            TokenPair *pair) const {
    pair->accessToken = newToken();
    pair->refreshToken = newToken();
    if (pair->accessToken.isEmpty() || pair->refreshToken.isEmpty())
        return false;
    pair->accessExpiresIn = m_lifetimes.accessSeconds;
    pair->refreshExpiresIn = m_lifetimes.refreshSeconds;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO tokens (digest, kind, user_id, family, issued_at, expires_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)"));
    for (const auto &[token, kind, lifetime] :
         {std::tuple{pair->accessToken, QStringLiteral("access"), m_lifetimes.accessSeconds},
          std::tuple{pair->refreshToken, QStringLiteral("refresh"), m_lifetimes.refreshSeconds}}) {
        query.addBindValue(QString::fromLatin1(tokenDigest(token)));
        query.addBindValue(kind);
        query.addBindValue(userId);
        query.addBindValue(QString::fromLatin1(family));
        query.addBindValue(now);
        query.addBindValue(now + lifetime);
    }
    return query.exec();
}

std::optional<TokenPair> TokenStore::signIn(qint64 userId, qint64 now, const QJsonObject &client,
                                            const QString &method) const {
    TokenPair pair;
    const QByteArray family = tokenDigest(newToken()).left(32);
    const auto work = [&](QSqlDatabase &db) {
        // Expired tokens are of no use (an expired refresh token is refused as such, used or not).
        QSqlQuery prune(db);
        prune.prepare(QStringLiteral("DELETE FROM tokens WHERE expires_at <= ?"));
        prune.addBindValue(now);
        return prune.exec() && insertPair(db, userId, family, now, &pair) &&
               audit(m_database, db, auditaction::login, userId, QString::fromLatin1(family),
                     {{QStringLiteral("method"), method}}, client);
    };
    if (!m_database.write(work))
        return std::nullopt;
    return pair;
}

std::optional<qint64> TokenStore::userOfAccessToken(const QByteArray &token, qint64 now) const {
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT user_id FROM tokens WHERE digest = ? AND kind = 'access'"
                                 " AND revoked_at IS NULL AND expires_at > ?"));
    query.addBindValue(QString::fromLatin1(tokenDigest(token)));
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

RefreshResult TokenStore::refresh(const QByteArray &refreshToken, qint64 now,
                                  const QJsonObject &client) const {
    RefreshResult result;
    if (refreshToken.isEmpty())
        return result;
    const bool written = m_database.write([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT user_id, family, expires_at, revoked_at FROM tokens WHERE "
                                     "digest = ? AND kind = 'refresh'"));
        query.addBindValue(QString::fromLatin1(tokenDigest(refreshToken)));
        if (!query.exec())
            return false;
        if (!query.next())
            return true; // unknown: Invalid, nothing to change
        const qint64 userId = query.value(0).toLongLong();
        const QString family = query.value(1).toString();
        const qint64 expiresAt = query.value(2).toLongLong();
        const bool revoked = !query.value(3).isNull();
        query.finish();
        if (revoked) {
            result.outcome = RefreshOutcome::Reused;
            result.userId = userId;
            return revokeFamily(db, family, now) &&
                   audit(m_database, db, auditaction::refreshReused, userId, family, {}, client);
        }
        if (expiresAt <= now)
            return true;
        query.prepare(
            QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE digest = ? AND revoked_at IS NULL"));
        query.addBindValue(now);
        query.addBindValue(QString::fromLatin1(tokenDigest(refreshToken)));
        if (!query.exec() || query.numRowsAffected() != 1)
            return false;
        if (!insertPair(db, userId, family.toLatin1(), now, &result.tokens))
            return false;
        result.outcome = RefreshOutcome::Rotated;
        result.userId = userId;
        return true;
    });
    if (!written)
        return RefreshResult{};
    return result;
}

bool TokenStore::revokeFamilyOfAccessToken(const QByteArray &token, qint64 now,
                                           const QJsonObject &client) const {
    bool revoked = false;
    const bool written = m_database.write([&](QSqlDatabase &db) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT family, user_id FROM tokens WHERE digest = ? AND kind = 'access'"
                                     " AND revoked_at IS NULL AND expires_at > ?"));
        query.addBindValue(QString::fromLatin1(tokenDigest(token)));
        query.addBindValue(now);
        if (!query.exec() || !query.next())
            return true;
        const QString family = query.value(0).toString();
        const qint64 userId = query.value(1).toLongLong();
        query.finish();
        revoked = revokeFamily(db, family, now) &&
                  audit(m_database, db, auditaction::logout, userId, family, {}, client);
        return revoked;
    });
    return written && revoked;
}

} // namespace concerto::server
