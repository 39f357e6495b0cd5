// HTTPS requests to the regional server, trusting only its CA, with the sign-in and one refresh on 401.
#include "sync/serverconnection.h"

#include "sync/protocol.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

namespace concerto::sync {

ServerConnection::ServerConnection(ServerSettings settings)
    : m_settings(std::move(settings))
    , m_manager(std::make_unique<QNetworkAccessManager>()) {
    m_manager->setAutoDeleteReplies(false);
}

ServerConnection::~ServerConnection() = default;

void ServerConnection::setTokens(const SessionTokens &tokens) {
    m_accessToken = tokens.access;
    m_refreshToken = tokens.refresh;
}

namespace {

// Retry-After as seconds or as an HTTP date; 0 when absent or unreadable.
int retryAfter(const QByteArray &header) {
    if (header.isEmpty())
        return 0;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at))) : 0;
}

} // namespace

bool ServerConnection::prepare(QString *error) {
    if (!m_settings.server.isValid() || m_settings.server.scheme() != QLatin1String("https") ||
        m_settings.server.host().isEmpty()) {
        *error = QStringLiteral("the server must be an https:// address");
        return false;
    }
    m_authorities = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
    if (m_authorities.isEmpty()) {
        *error = QStringLiteral("no certificate can be read from the CA file %1").arg(m_settings.caFile);
        return false;
    }
    return true;
}

ServerReply ServerConnection::send(const QString &method, const QString &path,
                                   const QMap<QString, QString> &query, const QByteArray &body,
                                   bool withToken) {
    ServerReply result;
    if (m_authorities.isEmpty()) { // prepare() was not called or failed: never fall back on another store
        result.error = QStringLiteral("no certificate authority configured");
        result.tlsRefused = true;
        return result;
    }
    QUrl url = m_settings.server;
    url.setPath(QStringLiteral("/api/v1/") + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (auto it = query.cbegin(); it != query.cend(); ++it)
            q.addQueryItem(it.key(), it.value());
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_authorities); // only the regional CA
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType());
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    ++m_requests;
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method.toLatin1(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.etag = reply->rawHeader("ETag");
    result.retryAfterSeconds = retryAfter(reply->rawHeader("Retry-After"));
    m_lastStatus = result.status;
    m_lastRetryAfter = result.retryAfterSeconds;
    if (result.status == 0) {
        result.error = reply->errorString();
        const auto e = reply->error();
        result.tlsRefused = e == QNetworkReply::SslHandshakeFailedError;
        if (result.tlsRefused)
            qCWarning(lcSync) << "the server's certificate was refused:" << reply->errorString();
    } else {
        result.json = QJsonDocument::fromJson(result.body).object();
    }
    reply->deleteLater();
    return result;
}

bool ServerConnection::signIn(QString *error) {
    const QJsonObject body{{QStringLiteral("user"), m_settings.user},
                           {QStringLiteral("password"), QString::fromUtf8(m_settings.password)}};
    const ServerReply reply =
        send(QStringLiteral("POST"), QStringLiteral("auth/login"), {}, QJsonDocument(body).toJson(), false);
    if (reply.status != 200) {
        *error = reply.status == 0 ? reply.error
                                   : QStringLiteral("sign-in refused (%1): %2")
                                         .arg(reply.status)
                                         .arg(reply.json.value(QStringLiteral("reason")).toString());
        return false;
    }
    m_accessToken = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
    m_refreshToken = reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    readAccount(reply.json.value(QStringLiteral("user")).toObject());
    return !m_accessToken.isEmpty();
}

void ServerConnection::readAccount(const QJsonObject &user) {
    m_account = {};
    m_account.name = user.value(QStringLiteral("name")).toString();
    for (const QJsonValue &role : user.value(QStringLiteral("roles")).toArray())
        m_account.roles << role.toString();
    for (const QJsonValue &organisation : user.value(QStringLiteral("organisations")).toArray())
        m_account.organisations << organisation.toObject().value(QStringLiteral("code")).toString();
    m_account.seesTheRegion = user.value(QStringLiteral("scope")).toString() == QLatin1String("region");
}

bool ServerConnection::refresh() {
    if (m_refreshToken.isEmpty())
        return false;
    const QJsonObject body{{QStringLiteral("refresh_token"), QString::fromLatin1(m_refreshToken)}};
    const ServerReply reply =
        send(QStringLiteral("POST"), QStringLiteral("auth/refresh"), {}, QJsonDocument(body).toJson(), false);
    m_refreshToken.clear();
    if (reply.status != 200)
        return false;
    m_accessToken = reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
    m_refreshToken = reply.json.value(QStringLiteral("refresh_token")).toString().toLatin1();
    readAccount(reply.json.value(QStringLiteral("user")).toObject());
    return true;
}

ServerReply ServerConnection::authorised(const QString &method, const QString &path,
                                         const QMap<QString, QString> &query, const QByteArray &body) {
    ServerReply reply = send(method, path, query, body, true);
    if (reply.status == 401 && refresh()) // once: a second 401 is the answer
        reply = send(method, path, query, body, true);
    return reply;
}

ServerReply ServerConnection::get(const QString &path, const QMap<QString, QString> &query) {
    return authorised(QStringLiteral("GET"), path, query, {});
}

ServerReply ServerConnection::post(const QString &path, const QByteArray &body) {
    return authorised(QStringLiteral("POST"), path, {}, body);
}

} // namespace concerto::sync
