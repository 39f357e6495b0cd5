// JSON responses and the bearer token of a request.
#include "server/http/httpmessage.h"

#include <QJsonDocument>

namespace concerto::server {

QByteArray HttpRequest::bearerToken() const {
    const QByteArray value = header(QByteArrayLiteral("authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return value.mid(scheme.size()).trimmed();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object) {
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &reason) {
    return json(status, {{QStringLiteral("error"), code}, {QStringLiteral("reason"), reason}});
}

} // namespace concerto::server
