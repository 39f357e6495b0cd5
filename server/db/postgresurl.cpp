// Reading a postgresql:// URL into what QPSQL is given.
#include "server/db/postgresurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace concerto::server {

namespace {

bool validPort(const QString &text, int *port) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 65535)
        return false;
    *port = value;
    return true;
}

} // namespace

bool isPostgresUrl(const QString &value) {
    return value.startsWith(QLatin1String("postgresql://")) || value.startsWith(QLatin1String("postgres://"));
}

std::optional<PostgresAddress> parsePostgresUrl(const QString &text, QString *error) {
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isPostgresUrl(text))
        return refuse(QStringLiteral("a database URL begins with postgresql://"));
    const QUrl url(text);
    if (!url.isValid())
        return refuse(QStringLiteral("the database URL cannot be read"));
    PostgresAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, encoded] : query.queryItems(QUrl::PrettyDecoded)) {
        const QString value = QUrl::fromPercentEncoding(encoded.toUtf8());
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            if (!validPort(value, &address.port))
                return refuse(QStringLiteral("the database URL's port is not a port"));
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("password")) {
            address.password = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else if (key.isEmpty() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) ||
                   !key.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")))) {
            return refuse(QStringLiteral("the database URL's option \"%1\" cannot be passed on").arg(key));
        } else {
            address.options << key + QLatin1Char('=') + value;
        }
    }
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return refuse(QStringLiteral("the database URL names no database (postgresql://USER@HOST/DATABASE)"));
    return address;
}

QString PostgresAddress::shown() const {
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    if (!host.startsWith(QLatin1Char('/')))
        text += host;
    if (port > 0)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/')))
        text += QStringLiteral("?host=") + host;
    return text;
}

} // namespace concerto::server
