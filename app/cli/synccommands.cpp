// concerto-cli sync: one sync of the database with the regional server, for scripts: signs in (the password
// from CONCERTO_PASSWORD, else the first line of stdin), pushes the outbox, pulls the change feed, and
// prints what it pushed, pulled and left in conflict. TLS is verified against the CA file given, only.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "sync/protocol.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QUrl>
#include <cstdio>

namespace concerto::cli {

namespace {

QByteArray readPassword() {
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("CONCERTO_PASSWORD")))
        return environment.value(QStringLiteral("CONCERTO_PASSWORD")).toUtf8();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

int syncCommand(Context &c) {
    for (const char *option : {"server", "ca", "user"})
        if (c.parser.value(QLatin1String(option)).isEmpty()) {
            c.err << QCoreApplication::translate("Cli", "sync needs --server URL, --ca FILE and --user NAME.")
                  << '\n';
            return UsageError;
        }
    const QUrl server(c.parser.value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "--server must be an https:// address.") << '\n';
        return UsageError;
    }
    sync::EngineOptions options;
    if (c.parser.isSet(QStringLiteral("batch"))) {
        bool ok = false;
        const int batch = c.parser.value(QStringLiteral("batch")).toInt(&ok);
        if (!ok || batch < 1 || batch > sync::kMaxPushBatch) {
            c.err << QCoreApplication::translate("Cli", "--batch is from 1 to %1.").arg(sync::kMaxPushBatch)
                  << '\n';
            return UsageError;
        }
        options.pushBatch = batch;
        options.pullPage = batch;
    }
    if (c.parser.isSet(QStringLiteral("progress")))
        options.pageKept = [&c](int records, const QString &) {
            c.out << "page kept: " << records << " records\n";
            c.out.flush();
        };
    const QByteArray password = readPassword();
    if (password.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "No password: set CONCERTO_PASSWORD or give it on stdin.")
              << '\n';
        return UsageError;
    }
    std::unique_ptr<Database> db = c.openDatabase(Access::Writes);
    if (!db)
        return Failure;
    sync::ServerConnection connection(
        {server, c.parser.value(QStringLiteral("ca")), c.parser.value(QStringLiteral("user")), password});
    const sync::SyncReport r = sync::SyncEngine(*db, connection, options).run();
    c.out << "pushed: " << r.applied << " applied, " << r.duplicates << " duplicate, " << r.pushConflicts
          << " conflict, " << r.rejected << " rejected, " << r.held << " held (in conflict)\n";
    for (const QString &refusal : r.refusals)
        c.out << "  rejected " << refusal << '\n';
    c.out << "pulled: " << r.pulled << " applied, " << r.unchanged << " already here, " << r.pullConflicts
          << " conflict\n";
    c.out << "value sets: " << r.valueSetsLoaded << " loaded\n";
    c.out << "left: " << r.pendingChanges << " pending, " << r.openConflicts << " in conflict\n";
    if (!r.ok) {
        c.err << QCoreApplication::translate("Cli", "Sync failed: %1").arg(r.error) << '\n';
        return Failure;
    }
    return Success;
}

} // namespace

std::vector<Command> syncCommands() {
    return {{"sync",
             QT_TRANSLATE_NOOP("Cli", "Sync with the regional server: push the pending changes, pull the "
                                      "server's, print what was pushed, pulled and left in conflict."),
             [](QCommandLineParser &p) {
                 p.addOption({QStringLiteral("server"),
                              translated(QT_TRANSLATE_NOOP("Cli", "The server, https://HOST:PORT.")),
                              QStringLiteral("URL")});
                 p.addOption({QStringLiteral("ca"),
                              translated(QT_TRANSLATE_NOOP(
                                  "Cli", "The certificate authority (PEM) the server's certificate must come "
                                         "from; the only one trusted.")),
                              QStringLiteral("FILE")});
                 p.addOption({QStringLiteral("user"),
                              translated(QT_TRANSLATE_NOOP("Cli", "The account (password from "
                                                                  "CONCERTO_PASSWORD, else stdin).")),
                              QStringLiteral("NAME")});
                 p.addOption({QStringLiteral("batch"),
                              translated(QT_TRANSLATE_NOOP(
                                  "Cli", "Changes a push and records a pulled page carry (default 500 and "
                                         "1000).")),
                              QStringLiteral("N")});
                 p.addOption(
                     {QStringLiteral("progress"),
                      translated(QT_TRANSLATE_NOOP("Cli", "Print a line for each pulled page kept."))});
             },
             syncCommand, 0}};
}

} // namespace concerto::cli
