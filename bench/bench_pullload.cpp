// bench_pullload [CLIENTS] [PATIENTS] [--sqlite]: pulls at many concurrent clients (default 200) over
// loopback HTTPS with the real concerto-server on a throwaway PostgreSQL (started from initdb as the
// server tests do, tests/server/postgressupport.h; `--sqlite` for the embedded file instead). PATIENTS
// patients (default 5,000) are pushed first; then every client, each with its own connection, signed in
// as the same user, pulls again and again at once with the others: a page of 100 records from a random
// place in the feed, then a pull with nothing new (304), and so on. Each pull is a request as a desktop's
// sync makes it: a new TLS connection (the session resumed), the request, the answer, the connection
// closed. Prints the count, the median, the 90th and 99th percentile and the worst time of each kind.
#include "../tests/server/postgressupport.h"
#include "../tests/server/serversupport.h"
#include "models/domain/patient.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdlib>

using namespace concerto;
using namespace concerto::test;

namespace {

constexpr int kRounds = 10; // pulls of each kind per client, after one to warm up

struct Timings {
    std::vector<double> pages;
    std::vector<double> unchanged;
};

// One desktop: its own connection manager, pulling until its rounds are done.
class PullingClient final : public QObject {
public:
    PullingClient(const ServerProcess &server, const QByteArray &token, const QStringList &cursors,
                  const QString &head, Timings &timings, int *running)
        : m_server(server)
        , m_token(token)
        , m_cursors(cursors)
        , m_head(head)
        , m_timings(timings)
        , m_running(running) {
        m_tls = QSslConfiguration::defaultConfiguration();
        m_tls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    }

    void next() {
        if (m_done >= 2 * kRounds + 1) {
            if (--*m_running == 0)
                QCoreApplication::quit();
            return;
        }
        const bool page = m_done % 2 == 0;
        const QString cursor =
            page ? m_cursors.at(QRandomGenerator::global()->bounded(int(m_cursors.size()))) : m_head;
        QNetworkRequest request(m_server.url(QStringLiteral("/api/v1/sync/pull?limit=100&cursor=") + cursor));
        request.setSslConfiguration(m_tls);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("Connection", "close");
        m_clock.start();
        QNetworkReply *reply = m_manager.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, page] {
            const double ms = m_clock.nsecsElapsed() / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            reply->deleteLater();
            if (status != (page ? 200 : 304)) {
                QTextStream(stderr) << "pull answered " << status << ": " << reply->errorString() << '\n';
                std::exit(1);
            }
            if (m_done > 0) // the first pull warms up (a full TLS handshake)
                (page ? m_timings.pages : m_timings.unchanged).push_back(ms);
            ++m_done;
            next();
        });
    }

private:
    const ServerProcess &m_server;
    QByteArray m_token;
    const QStringList &m_cursors;
    QString m_head;
    Timings &m_timings;
    int *m_running;
    QNetworkAccessManager m_manager;
    QSslConfiguration m_tls;
    QElapsedTimer m_clock;
    int m_done = 0;
};

void need(bool ok, const char *what, const QString &detail = {}) {
    if (!ok) {
        QTextStream(stderr) << what << " failed " << detail << '\n';
        std::exit(1);
    }
}

QString letters(int n) {
    QString name;
    for (int i = 0; i < 4; ++i, n /= 26)
        name += QChar(u'a' + n % 26);
    return name;
}

void print(QTextStream &out, const char *kind, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times.at(std::min(times.size() - 1, size_t(q * times.size()))); };
    out << kind << ": " << times.size() << " pulls, median " << QString::number(at(0.5), 'f', 1)
        << " ms, p90 " << QString::number(at(0.9), 'f', 1) << " ms, p99 " << QString::number(at(0.99), 'f', 1)
        << " ms, worst " << QString::number(times.back(), 'f', 1) << " ms\n";
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments().mid(1);
    const bool sqlite = arguments.removeAll(QStringLiteral("--sqlite")) > 0;
    const int clients = arguments.size() > 0 ? arguments[0].toInt() : 200;
    const int patients = arguments.size() > 1 ? arguments[1].toInt() : 5000;
    if (!sqlite)
        qputenv("CONCERTO_TEST_ENGINE", "postgresql");
    QTemporaryDir dir;
    need(runAdmin(dir.path(), {"add-org", "520199", "3C Bench"}).code == 0, "add-org");
    need(runAdmin(dir.path(), {"add-user", "bench", "--role", "secretary", "--org", "520199"}).code == 0,
         "add-user");
    ServerProcess server(dir.path());
    need(server.start(), "the server's start", server.output());
    TlsClient client(server.caFile());
    const QByteArray token = client.login(server, QStringLiteral("bench"), kTestPassword)
                                 .json.value("access_token")
                                 .toString()
                                 .toLatin1();
    need(!token.isEmpty(), "sign-in");

    // The feed: PATIENTS patients, pushed in batches of 1,000.
    for (int i = 0; i < patients;) {
        QJsonArray mutations;
        for (; i < patients && mutations.size() < 1000; ++i) {
            Patient p;
            p.meta.id = RecordMeta::newId();
            p.birthName = QStringLiteral("Patient") + letters(i);
            p.birthGivenNames = {QStringLiteral("Numero")};
            p.sex = i % 2 ? Sex::Male : Sex::Female;
            p.birthDate = QDate(1940, 1, 1).addDays(i % 20000);
            mutations.append(sync::Mutation{QUuid::createUuid(),
                                            QStringLiteral("insert"),
                                            0,
                                            {QStringLiteral("patient"), p.meta.id, 0,
                                             QDateTime::currentDateTimeUtc(), QStringLiteral("Bench"), false,
                                             QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)}}
                                 .toJson());
        }
        const HttpAnswer pushed =
            client.post(server.url(QStringLiteral("/api/v1/sync/push")),
                        QJsonDocument(QJsonObject{{"mutations", mutations}}).toJson(), token);
        need(pushed.status == 200, "push", QString::fromUtf8(pushed.body.left(200)));
    }
    // The cursors of the feed's pages, and its head.
    QStringList cursors{QString()};
    for (;;) {
        const HttpAnswer page = client.get(
            server.url(QStringLiteral("/api/v1/sync/pull?limit=100&cursor=") + cursors.last()), token);
        if (page.status == 304)
            break;
        need(page.status == 200, "walking the feed");
        cursors << page.json.value(QStringLiteral("cursor")).toString();
    }
    const QString head = cursors.takeLast();

    Timings timings;
    int running = clients;
    std::vector<std::unique_ptr<PullingClient>> desktops;
    for (int c = 0; c < clients; ++c)
        desktops.push_back(std::make_unique<PullingClient>(server, token, cursors, head, timings, &running));
    QElapsedTimer wall;
    wall.start();
    for (auto &desktop : desktops)
        desktop->next();
    app.exec();
    const double seconds = wall.elapsed() / 1000.0;
    out << "bench_pullload: " << clients << " concurrent clients, " << patients << " patients, on "
        << (sqlite ? "SQLite" : "PostgreSQL") << ", " << QThread::idealThreadCount() << " cores\n";
    print(out, "page of 100 records", timings.pages);
    print(out, "nothing new (304)", timings.unchanged);
    out << "throughput: "
        << QString::number((timings.pages.size() + timings.unchanged.size()) / seconds, 'f', 0)
        << " pulls/s\n";
    return 0;
}
