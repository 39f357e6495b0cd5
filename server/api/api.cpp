// Routing, the token check and the account endpoints (health, auth/login, auth/refresh, auth/logout, me).
#include "server/api/api.h"

#include "server/db/valuesets.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace concerto::server {

namespace {

enum class Access { Open, Token };

struct Endpoint {
    const char *path;
    const char *method;
    Access access;
};

constexpr Endpoint kEndpoints[] = {
    {"/api/v1/health", "GET", Access::Open},
    {"/api/v1/auth/login", "POST", Access::Open},
    {"/api/v1/auth/refresh", "POST", Access::Open},
    {"/api/v1/auth/logout", "POST", Access::Token},
    {"/api/v1/me", "GET", Access::Token},
    {"/api/v1/nomenclatures", "GET", Access::Token},
    {"/api/v1/nomenclatures/*", "GET", Access::Token},
    {"/api/v1/sync/push", "POST", Access::Token},
    {"/api/v1/sync/pull", "GET", Access::Token},
    {"/api/v1/records/*", "GET", Access::Token},
};

// Whether `path` is the endpoint's: the same, or under it when the endpoint ends with "/*".
bool matches(const QString &path, const char *endpoint) {
    const QLatin1String pattern(endpoint);
    if (!pattern.endsWith(QLatin1String("/*")))
        return path == pattern;
    const QLatin1String prefix = pattern.chopped(1);
    return path.startsWith(prefix) && path.size() > prefix.size();
}

HttpResponse unauthorised() {
    HttpResponse response = HttpResponse::error(401, QStringLiteral("unauthorised"),
                                                QStringLiteral("a valid access token is required"));
    response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return response;
}

} // namespace

QJsonObject clientOf(const HttpRequest &request) {
    QJsonObject client;
    if (!request.remoteAddress.isEmpty())
        client.insert(QStringLiteral("address"), request.remoteAddress);
    const QByteArray forwarded = request.header(QByteArrayLiteral("X-Forwarded-For"));
    if (!forwarded.isEmpty())
        client.insert(QStringLiteral("forwarded_for"), QString::fromLatin1(forwarded.left(200)));
    return client;
}

// The body as a JSON object, or the 400 that says why it is not one.
bool parseBody(const HttpRequest &request, QJsonObject *object, HttpResponse *refusal) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError) {
        *refusal = HttpResponse::error(400, QStringLiteral("malformed-json"),
                                       QStringLiteral("the body is not valid JSON: %1 at offset %2")
                                           .arg(error.errorString())
                                           .arg(error.offset));
        return false;
    }
    if (!document.isObject()) {
        *refusal = HttpResponse::error(400, QStringLiteral("malformed-json"),
                                       QStringLiteral("the body must be a JSON object"));
        return false;
    }
    *object = document.object();
    return true;
}

Api::Api(const ServerDatabase &database, RecordStore &records, Authenticator &authenticator,
         std::function<qint64()> clock, TokenLifetimes lifetimes)
    : m_database(database)
    , m_accounts(database)
    , m_tokens(database, lifetimes)
    , m_sync(records, clock)
    , m_authenticator(authenticator)
    , m_clock(std::move(clock)) {}

HttpResponse Api::handle(const HttpRequest &request) {
    const Endpoint *found = nullptr;
    bool pathKnown = false;
    for (const Endpoint &endpoint : kEndpoints) {
        if (!matches(request.path, endpoint.path))
            continue;
        pathKnown = true;
        if (request.method == endpoint.method)
            found = &endpoint;
    }
    if (!pathKnown)
        return HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("no such endpoint"));
    if (!found)
        return HttpResponse::error(
            405, QStringLiteral("method-not-allowed"),
            QStringLiteral("this endpoint does not take %1").arg(QString::fromLatin1(request.method)));

    // Who the request acts for: every endpoint but the open ones needs a valid token of a known user.
    Principal principal;
    if (found->access == Access::Token) {
        const auto userId = m_tokens.userOfAccessToken(request.bearerToken(), m_clock());
        const auto user = userId ? m_accounts.findById(*userId) : std::nullopt;
        if (!user)
            return unauthorised();
        principal = Principal::of(*user);
    }
    QJsonObject body;
    HttpResponse refusal;
    const QString path = request.path;
    if (path == QLatin1String("/api/v1/health"))
        return health();
    if (path == QLatin1String("/api/v1/me"))
        return me(principal);
    if (path == QLatin1String("/api/v1/auth/logout"))
        return logout(request);
    if (path == QLatin1String("/api/v1/nomenclatures"))
        return valueSets();
    if (path.startsWith(QLatin1String("/api/v1/nomenclatures/")))
        return valueSetFile(path);
    if (path == QLatin1String("/api/v1/sync/push"))
        return push(principal, request);
    if (path == QLatin1String("/api/v1/sync/pull"))
        return pull(principal, request);
    if (path.startsWith(QLatin1String("/api/v1/records/")))
        return record(principal, request);
    if (!parseBody(request, &body, &refusal))
        return refusal;
    if (path == QLatin1String("/api/v1/auth/login"))
        return login(body, clientOf(request));
    return refresh(body, clientOf(request));
}

HttpResponse Api::health() {
    const int schema = m_database.schemaVersion();
    if (schema < 0)
        return HttpResponse::error(503, QStringLiteral("unavailable"),
                                   QStringLiteral("the database cannot be read"));
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                    {QStringLiteral("protocol"), sync::kProtocolVersion},
                                    {QStringLiteral("schema"), schema}});
}

HttpResponse Api::login(const QJsonObject &body, const QJsonObject &client) {
    const QString method = body.value(QStringLiteral("method")).toString(QStringLiteral("password"));
    if (method != m_authenticator.method())
        return HttpResponse::error(
            400, QStringLiteral("unknown-method"),
            QStringLiteral("this server signs in with: %1").arg(m_authenticator.method()));
    const SignInResult result = m_authenticator.signIn(body, client);
    switch (result.outcome) {
    case SignInOutcome::SignedIn:
        break;
    case SignInOutcome::Refused:
        return HttpResponse::error(401, QStringLiteral("bad-credentials"), result.reason);
    case SignInOutcome::Malformed:
        return HttpResponse::error(400, QStringLiteral("malformed-request"), result.reason);
    case SignInOutcome::Locked: {
        HttpResponse response = HttpResponse::error(423, QStringLiteral("locked"), result.reason);
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(result.retryAfterSeconds)});
        return response;
    }
    case SignInOutcome::Unavailable:
        return HttpResponse::error(503, QStringLiteral("unavailable"), result.reason);
    }
    const auto pair = m_tokens.signIn(result.userId, m_clock(), client, m_authenticator.method());
    if (!pair)
        return HttpResponse::error(503, QStringLiteral("unavailable"),
                                   QStringLiteral("cannot open a session"));
    return tokens(*pair, result.userId);
}

HttpResponse Api::refresh(const QJsonObject &body, const QJsonObject &client) {
    const QByteArray token = body.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const RefreshResult result = m_tokens.refresh(token, m_clock(), client);
    if (result.outcome == RefreshOutcome::Rotated)
        return tokens(result.tokens, result.userId);
    if (result.outcome == RefreshOutcome::Reused)
        return HttpResponse::error(
            401, QStringLiteral("refresh-token-reused"),
            QStringLiteral("this refresh token was used already: the session is closed, "
                           "sign in again"));
    return HttpResponse::error(401, QStringLiteral("invalid-refresh-token"),
                               QStringLiteral("unknown or expired refresh token"));
}

HttpResponse Api::logout(const HttpRequest &request) {
    if (!m_tokens.revokeFamilyOfAccessToken(request.bearerToken(), m_clock(), clientOf(request)))
        return unauthorised();
    return HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("signed-out")}});
}

QJsonObject Api::userJson(qint64 userId) {
    const auto user = m_accounts.findById(userId);
    if (!user)
        return {};
    QJsonArray roles;
    for (Role role : user->roles)
        roles.append(roleCode(role));
    QJsonArray organisations;
    for (const Organisation &organisation : m_accounts.organisationsOf(*user))
        organisations.append(QJsonObject{{QStringLiteral("code"), organisation.code},
                                         {QStringLiteral("name"), organisation.name}});
    // What the user sees: the records of their organisations, or the whole region.
    const QString scope =
        Principal::of(*user).seesTheRegion() ? QStringLiteral("region") : QStringLiteral("organisations");
    return {{QStringLiteral("name"), user->name},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("organisations"), organisations},
            {QStringLiteral("scope"), scope}};
}

HttpResponse Api::me(const Principal &principal) {
    const QJsonObject user = userJson(principal.userId);
    if (user.isEmpty())
        return unauthorised();
    return HttpResponse::json(200, user);
}

HttpResponse Api::valueSets() {
    QJsonArray sets;
    for (const StoredValueSet &set : ValueSets(m_database).list())
        sets.append(QJsonObject{{QStringLiteral("oid"), set.oid},
                                {QStringLiteral("version"), set.version},
                                {QStringLiteral("name"), set.name},
                                {QStringLiteral("revision_date"), set.revisionDate.toString(Qt::ISODate)},
                                {QStringLiteral("concept_count"), set.conceptCount},
                                {QStringLiteral("sha256"), QString::fromLatin1(set.sha256)}});
    return HttpResponse::json(200, {{QStringLiteral("value_sets"), sets}});
}

HttpResponse Api::valueSetFile(const QString &path) {
    const QStringList parts =
        path.mid(QStringLiteral("/api/v1/nomenclatures/").size()).split(QLatin1Char('/'));
    QByteArray content;
    QByteArray sha256;
    if (parts.size() == 2 && ValueSets(m_database).content(parts[0], parts[1], &content, &sha256)) {
        HttpResponse response;
        response.contentType = QByteArrayLiteral("application/xml");
        response.body = content;
        response.headers.append({QByteArrayLiteral("ETag"), '"' + sha256 + '"'});
        return response;
    }
    return HttpResponse::error(404, QStringLiteral("not-found"),
                               QStringLiteral("no such value set and version"));
}

HttpResponse Api::tokens(const TokenPair &pair, qint64 userId) {
    HttpResponse response =
        HttpResponse::json(200, {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                 {QStringLiteral("access_token"), QString::fromLatin1(pair.accessToken)},
                                 {QStringLiteral("expires_in"), pair.accessExpiresIn},
                                 {QStringLiteral("refresh_token"), QString::fromLatin1(pair.refreshToken)},
                                 {QStringLiteral("refresh_expires_in"), pair.refreshExpiresIn},
                                 {QStringLiteral("user"), userJson(userId)}});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return response;
}

} // namespace concerto::server
