// The server's start and stop: signals are blocked in every thread and taken by the main thread
// (sigwait), which then stops the listener; the listener's own thread pool answers the requests.
#include "server/run/serve.h"

#include "server/api/api.h"
#include "server/auth/passwordauthenticator.h"
#include "server/demo/demoregion.h"
#include "server/http/httpslistener.h"
#include "server/records/sqlrecordstore.h"
#include "server/tls/localca.h"

#include <QDateTime>
#include <QDir>
#include <atomic>
#include <chrono>
#include <csignal>
#include <pthread.h>
#include <thread>

namespace concerto::server {

int serve(const ServeOptions &options, QTextStream &out, QTextStream &err) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr); // before any thread starts: they inherit the mask

    if (!QDir().mkpath(options.dataDir)) {
        err << "Cannot make the data folder " << options.dataDir << ".\n";
        return 1;
    }
    QString error;
    const auto database = ServerDatabase::open({options.dataDir, options.databaseUrl}, &error);
    if (!database) {
        err << "Cannot open the server database: " << error << ".\n";
        return 1;
    }
    ServerCertificate certificate;
    if (!ensureServerCertificate(options.dataDir, options.certificateNames, &certificate, &error)) {
        err << "No server certificate: " << error << ".\n";
        return 1;
    }
    const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    Accounts accounts(*database);
    PasswordAuthenticator authenticator(accounts, LoginPolicy{}, clock);
    SqlRecordStore records(*database);
    if (options.demo) {
        DemoRegionOptions demoOptions;
        demoOptions.patients = options.demoPatients;
        const DemoRegionResult demo =
            fillDemoRegion(*database, records, demoOptions, clock, [&out, &options] {
                out << "Filling a demo region (" << options.demoPatients << " patients), once...\n";
                out.flush();
            });
        if (!demo.ok) {
            err << "Cannot fill the demo region: " << demo.error << ".\n";
            return 1;
        }
        if (demo.filledNow)
            out << "Demo region filled: " << demo.records << " records (" << demo.patients << " patients, "
                << demo.organisations << " organisations), written and audited as the server's own.\n";
        else
            out << "Demo region: the server holds data already, nothing added.\n";
        QStringList names;
        for (const DemoAccount &account : demoAccounts())
            names << account.name;
        out << "Demo accounts (password " << kDemoPassword << "): " << names.join(QStringLiteral(", "))
            << ".\n";
    }
    Api api(*database, records, authenticator, clock);
    HttpsListener listener(certificate.certificateChainFile, certificate.keyFile, ListenerLimits{},
                           [&api](const HttpRequest &request) { return api.handle(request); });
    if (!listener.isValid()) {
        err << "Cannot load the server certificate and key of " << certificate.certificateChainFile << ".\n";
        return 1;
    }
    const int port = listener.bind(options.address, options.port);
    if (port < 0) {
        err << "Cannot listen on " << options.address << ':' << options.port << ".\n";
        return 1;
    }
    const QString host = options.address.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + options.address + QLatin1Char(']')
                             : options.address;
    if (certificate.madeNow)
        out << "Made a new certificate authority: " << certificate.caCertificateFile << '\n';
    out << "Database: " << database->path() << '\n';
    out << "CA certificate (what clients trust): " << certificate.caCertificateFile << '\n';
    out << "Listening on https://" << host << ':' << port << '\n';
    out.flush();

    std::atomic<bool> finished{false};
    std::thread serving([&listener, &finished] {
        listener.serve();
        finished = true;
        kill(getpid(), SIGTERM); // the listener stopped on its own: wake the main thread
    });
    int received = 0;
    sigwait(&signals, &received);
    // A signal right after the start may come before the listener runs, and a stop before it runs
    // would be lost: wait until it runs (or has ended).
    while (!finished && !listener.isRunning())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    listener.stop();
    serving.join();
    out << "Stopped.\n";
    return 0;
}

} // namespace concerto::server
