// The server's own request and response, independent of the HTTP library under them (cpp-httplib now):
// the endpoints see only these, so that the library can change.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <functional>

namespace concerto::server {

struct HttpRequest {
    QByteArray method;                    // "GET", "POST"…
    QString path;                         // without the query
    QMap<QString, QString> query;         // the query's parameters (the last of a name given twice)
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString remoteAddress; // the peer's address (nginx's, behind it: X-Forwarded-For then says whose)

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // The token of an "Authorization: Bearer …" header, or empty.
    QByteArray bearerToken() const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    // {"error": "<short code>", "reason": "<plain English>"}
    static HttpResponse error(int status, const QString &code, const QString &reason);
};

using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;

} // namespace concerto::server
