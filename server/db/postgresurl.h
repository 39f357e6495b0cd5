// The PostgreSQL address of `concerto-server --database URL`, in libpq's URL forms:
// postgresql://[USER[:PASSWORD]@][HOST][:PORT]/DATABASE[?host=SOCKETDIR&port=…&user=…&sslmode=…],
// `postgres://` alike. A host that is a folder (from the URL's host or `?host=`, percent-encoded or not)
// is where the Unix socket is; no host at all is libpq's default socket. Other query keys that libpq knows
// (sslmode, connect_timeout, application_name…) are passed as the connection's options.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace concerto::server {

struct PostgresAddress {
    QString host; // a name, an address or a socket folder; empty: libpq's default
    int port = -1;
    QString user;
    QString password;
    QString database;
    QStringList options; // "key=value" for QSqlDatabase::setConnectOptions
    // The URL again without its password, for messages.
    QString shown() const;
};

// True when `value` names a PostgreSQL database (postgresql:// or postgres://).
bool isPostgresUrl(const QString &value);
// The address of `url`; nullopt with `error` set when it is not one.
std::optional<PostgresAddress> parsePostgresUrl(const QString &url, QString *error);

} // namespace concerto::server
