// The endpoints under /api/v1/, as one request -> response function over the server's database:
// health and auth/login (and auth/refresh, which carries its own token) are open; every other endpoint
// needs a valid access token (401 otherwise). A body that is not a JSON object gets 400 with the reason,
// an unknown path 404, a known path with another method 405. The value sets: GET nomenclatures (the list)
// and GET nomenclatures/OID/VERSION (the file, its SHA-256 as ETag). The sync (syncapi.cpp): POST
// sync/push, GET sync/pull, GET records/ENTITY/ID (docs/sync-protocol.md). Sign-ins, sign-outs, changes
// and reads of cases are audited (server/db/auditlog.h), with where the request came from (clientOf).
#pragma once

#include "server/auth/authenticator.h"
#include "server/auth/principal.h"
#include "server/db/accounts.h"
#include "server/db/tokenstore.h"
#include "server/http/httpmessage.h"
#include "server/records/syncservice.h"

#include <functional>

namespace concerto::server {

class Api final {
public:
    Api(const ServerDatabase &database, RecordStore &records, Authenticator &authenticator,
        std::function<qint64()> clock, TokenLifetimes lifetimes = {});

    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse health();
    HttpResponse login(const QJsonObject &body, const QJsonObject &client);
    HttpResponse refresh(const QJsonObject &body, const QJsonObject &client);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse me(const Principal &principal);
    HttpResponse valueSets();
    HttpResponse valueSetFile(const QString &path);
    HttpResponse push(const Principal &principal, const HttpRequest &request);
    HttpResponse pull(const Principal &principal, const HttpRequest &request);
    HttpResponse record(const Principal &principal, const HttpRequest &request);
    HttpResponse tokens(const TokenPair &pair, qint64 userId);
    QJsonObject userJson(qint64 userId);

    const ServerDatabase &m_database;
    Accounts m_accounts;
    TokenStore m_tokens;
    SyncService m_sync;
    Authenticator &m_authenticator;
    std::function<qint64()> m_clock;
};

// Where a request came from, as the audit keeps it: the peer's address and, behind a proxy, the
// X-Forwarded-For it added (as given, cut short).
QJsonObject clientOf(const HttpRequest &request);

// The body as a JSON object, or the 400 that says why it is not one (every endpoint with a body).
bool parseBody(const HttpRequest &request, QJsonObject *object, HttpResponse *refusal);

} // namespace concerto::server
