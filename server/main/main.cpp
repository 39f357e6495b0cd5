// concerto-server: the regional server. Serves the HTTPS API from a data folder (`--data DIR`: its own CA
// and certificate, and SQLite unless `--database postgresql://…` names a PostgreSQL database), or runs an
// admin command on the database (`--data DIR admin …`, `--database URL admin …`).
#include "models/store/keyring.h"
#include "server/admin/admincommands.h"
#include "server/db/postgresurl.h"
#include "server/run/serve.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>
#include <cstdio>
#include <sys/stat.h>

using namespace concerto::server;

namespace {

// The server makes desktop files only as throwaway copies (the demo region's generator, in a temporary
// folder): each gets a random key held in memory for the life of the process, and none is kept anywhere.
concerto::keyring::Key throwawayKey(const QString &path, bool make) {
    static QHash<QString, QByteArray> keys;
    if (make)
        keys.insert(path, concerto::keyring::randomKey());
    const QByteArray key = keys.value(path);
    if (key.isEmpty())
        return {{}, QStringLiteral("%1 needs its key, which this server does not hold").arg(path)};
    return {key, {}};
}

QString usage() {
    return QStringLiteral(
               "Usage:\n"
               "  concerto-server --data DIR [--listen ADDRESS:PORT] [--certificate-name NAME]...\n"
               "      serves HTTPS (default 127.0.0.1:8443; port 0 picks a free one); on first start\n"
               "      makes a CA (DIR/tls/ca.pem, the file clients trust) and a server certificate\n"
               "  concerto-server --data DIR --demo [--demo-patients N] [--listen ...]\n"
               "      the same, after filling an empty server with a demo region (once) and demo\n"
               "      accounts, one per role (demo-secretary...; password concerto-demo)\n"
               "  concerto-server --data DIR --database postgresql://USER@HOST/DB [--listen ...]\n"
               "      the same with the data in PostgreSQL (DIR keeps the CA and certificate only); a\n"
               "      socket folder as ?host=/var/run/postgresql; any number of servers on one database\n"
               "  concerto-server (--data DIR | --database URL) verify-audit\n"
               "      checks the audit log's hash chain: exit 0 when whole, 1 with the first broken row\n"
               "  concerto-server (--data DIR | --database URL) admin COMMAND...\n") +
           adminUsage();
}

bool parseListen(const QString &value, ServeOptions *options) {
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString address = value.left(colon);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    bool ok = false;
    const int port = value.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || address.isEmpty())
        return false;
    options->address = address;
    options->port = port;
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    umask(0077); // the database holds password hashes and token digests: for the server's user only
    QCoreApplication app(argc, argv);
    concerto::keyring::setSource(throwawayKey); // the store serialises the calls
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = app.arguments().mid(1);
    ServeOptions options;
    bool listenGiven = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << usage();
            return 0;
        }
        if (argument == QLatin1String("verify-audit")) {
            if ((options.dataDir.isEmpty() && options.databaseUrl.isEmpty()) || listenGiven ||
                i + 1 != arguments.size()) {
                err << "verify-audit needs --data DIR or --database URL (and nothing else).\n" << usage();
                return 2;
            }
            return runVerifyAudit({options.dataDir, options.databaseUrl}, out, err);
        }
        if (argument == QLatin1String("admin")) {
            if ((options.dataDir.isEmpty() && options.databaseUrl.isEmpty()) || listenGiven) {
                err << "admin needs --data DIR or --database URL (and no --listen).\n" << usage();
                return 2;
            }
            return runAdminCommand({options.dataDir, options.databaseUrl}, arguments.mid(i + 1), out, err);
        }
        if (argument == QLatin1String("--demo")) {
            options.demo = true;
            continue;
        }
        const bool takesValue =
            argument == QLatin1String("--data") || argument == QLatin1String("--listen") ||
            argument == QLatin1String("--database") || argument == QLatin1String("--certificate-name") ||
            argument == QLatin1String("--demo-patients");
        if (!takesValue || i + 1 >= arguments.size()) {
            err << (takesValue ? argument + QStringLiteral(" needs a value.\n")
                               : QStringLiteral("Unknown argument \"%1\".\n").arg(argument))
                << usage();
            return 2;
        }
        const QString value = arguments[++i];
        if (argument == QLatin1String("--database")) {
            QString why;
            if (!options.databaseUrl.isEmpty() || !parsePostgresUrl(value, &why)) {
                err << "--database takes one PostgreSQL URL, once (postgresql://USER@HOST/DB, "
                       "postgresql://USER@/DB?host=SOCKETDIR)"
                    << (why.isEmpty() ? QString() : QStringLiteral(": ") + why) << ".\n";
                return 2;
            }
            options.databaseUrl = value;
            continue;
        }
        if (argument == QLatin1String("--demo-patients")) {
            bool ok = false;
            options.demoPatients = value.toInt(&ok);
            if (!ok || options.demoPatients < 1 || options.demoPatients > 100000) {
                err << "--demo-patients takes a number from 1 to 100000.\n";
                return 2;
            }
        } else if (argument == QLatin1String("--certificate-name")) {
            options.certificateNames.append(value);
        } else if (argument == QLatin1String("--listen")) {
            if (listenGiven || !parseListen(value, &options)) {
                err << "--listen takes ADDRESS:PORT once (127.0.0.1:8443, [::1]:8443).\n";
                return 2;
            }
            listenGiven = true;
        } else {
            if (!options.dataDir.isEmpty() || value.isEmpty()) {
                err << "--data takes one folder, once.\n";
                return 2;
            }
            options.dataDir = value;
        }
    }
    if (options.dataDir.isEmpty()) {
        err << "--data DIR is required (it holds the CA and the server certificate).\n" << usage();
        return 2;
    }
    return serve(options, out, err);
}
