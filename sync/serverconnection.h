// The client's HTTPS connection to the regional server: TLS verified against the configured CA only
// (the regional CA file; never the system's store, never an error ignored: a certificate the CA did not
// sign ends the request before anything is sent), a password sign-in that keeps the tokens in memory, and
// requests that refresh the access token once on a 401 before they give up; the tokens can be handed
// from one connection to the next (a run signed in with the refresh token kept from the last one). Blocking
// (a local event loop): the command line calls it directly, the desktop will from a thread of its own.
#pragma once

#include "sync/syncreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace concerto::sync {

struct ServerSettings {
    QUrl server;    // https://host:port (the /api/v1/ paths are added)
    QString caFile; // PEM: the certificate authority the server's certificate must come from
    QString user;
    QByteArray password;
    int timeoutMs = 60000;
};

struct ServerReply {
    int status = 0; // 0: no HTTP answer (network or TLS failure: `error` says which)
    QString error;  // empty when an HTTP answer came
    bool tlsRefused = false;
    QByteArray body;
    QJsonObject json;
    QByteArray etag;
    int retryAfterSeconds = 0; // Retry-After, in seconds (0: none)
};

// The signed-in account's tokens: the short-lived access token and the rotating refresh token. The
// desktop keeps the refresh token between runs (in the system keychain); the password is not kept.
struct SessionTokens {
    QByteArray access;
    QByteArray refresh;
    bool isEmpty() const { return access.isEmpty() && refresh.isEmpty(); }
};

class ServerConnection final {
public:
    explicit ServerConnection(ServerSettings settings);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // Reads the CA file and checks the URL (https only); false with `error` before any connection.
    bool prepare(QString *error);
    // POST auth/login; false with `error` (the server's reason, or the network's).
    bool signIn(QString *error);
    // Signed-in requests under /api/v1/; a 401 refreshes the tokens once and sends the request again.
    ServerReply get(const QString &path, const QMap<QString, QString> &query = {});
    ServerReply post(const QString &path, const QByteArray &body);

    const ServerSettings &settings() const { return m_settings; }
    SessionTokens tokens() const { return {m_accessToken, m_refreshToken}; }
    void setTokens(const SessionTokens &tokens);
    // The last HTTP answer's status (0: none came) and Retry-After.
    int lastStatus() const { return m_lastStatus; }
    int lastRetryAfter() const { return m_lastRetryAfter; }
    int requestsSent() const { return m_requests; }
    // Who the last sign-in or refresh signed in (empty until one answered).
    const SignedInAccount &account() const { return m_account; }

private:
    void readAccount(const QJsonObject &user);
    ServerReply send(const QString &method, const QString &path, const QMap<QString, QString> &query,
                     const QByteArray &body, bool withToken);
    ServerReply authorised(const QString &method, const QString &path, const QMap<QString, QString> &query,
                           const QByteArray &body);
    bool refresh();

    ServerSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QList<QSslCertificate> m_authorities;
    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    SignedInAccount m_account;
    int m_requests = 0;
    int m_lastStatus = 0;
    int m_lastRetryAfter = 0;
};

} // namespace concerto::sync
