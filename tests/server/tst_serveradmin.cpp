// The data folder as an administrator sees it: admin commands refuse a wrong command line (an unknown
// role, a short password) before touching anything, so DIR stays byte-identical; the CA made at first
// start is kept (keys 0600) and reused by the next start; two server processes and admin commands at
// once on one DIR make one CA and lose no write.
#include "serversupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <sys/stat.h>
#include <vector>

using namespace concerto::test;

class TestServerAdmin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unknownRoleRefusedAndNothingWritten();
    void shortPasswordRefusedAndNothingWritten();
    void unknownOrganisationOrTakenNameRefused();
    void certificateAuthorityKeptAndReused();
    void twoServersOnOneFolder();
};

namespace {

// A folder with a database in it (an organisation and a user), as after a first admin session.
void prepare(const QString &dir) {
    QCOMPARE(runAdmin(dir, {"add-org", "3C-NORD", "3C Nord"}).code, 0);
    QCOMPARE(runAdmin(dir, {"add-user", "anne", "--role", "physician", "--org", "3C-NORD"}).code, 0);
}

int countUsers(const QString &dir) {
    return queryServerDb(dir, QStringLiteral("SELECT count(*) FROM users")).toInt();
}

} // namespace

void TestServerAdmin::unknownRoleRefusedAndNothingWritten() {
    QTemporaryDir dir;
    prepare(dir.path());
    const auto before = snapshotFolder(dir.path());
    QVERIFY(before.contains(dir.path() + QStringLiteral("/server.db")));
    for (const QStringList &arguments :
         {QStringList{"add-user", "bruno", "--role", "chef"},
          QStringList{"add-user", "bruno", "--role", "Physician"},
          QStringList{"add-user", "bruno", "--role", "physician", "--role", "3C-admin"},
          QStringList{"add-user", "bruno", "--org", "3C-NORD"}, QStringList{"add-user", "bruno", "--role"},
          QStringList{"add-user", "--role", "physician"}}) {
        const AdminRun run = runAdmin(dir.path(), arguments);
        QVERIFY2(run.code == 2,
                 qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        QVERIFY(!run.err.isEmpty());
    }
    const AdminRun chef = runAdmin(dir.path(), {"add-user", "bruno", "--role", "chef"});
    QVERIFY2(chef.err.contains(QStringLiteral("Unknown role \"chef\"")), qPrintable(chef.err));
    QVERIFY2(chef.err.contains(
                 QStringLiteral("secretary, physician, coordinator, 3c-admin, network-admin, read-only")),
             qPrintable(chef.err));
    QCOMPARE(snapshotFolder(dir.path()), before);
    // The same command with a known role does write.
    QCOMPARE(runAdmin(dir.path(), {"add-user", "bruno", "--role", "3c-admin"}).code, 0);
    QCOMPARE(countUsers(dir.path()), 2);
}

void TestServerAdmin::shortPasswordRefusedAndNothingWritten() {
    QTemporaryDir dir;
    prepare(dir.path());
    const auto before = snapshotFolder(dir.path());
    const AdminRun shortOne = runAdmin(dir.path(), {"add-user", "bruno", "--role", "secretary"}, "too short");
    QCOMPARE(shortOne.code, 2);
    QVERIFY(!shortOne.err.contains(QStringLiteral("too short"))); // the password is never printed
    // No password at all (none in the environment, stdin empty).
    QCOMPARE(runAdmin(dir.path(), {"add-user", "bruno", "--role", "secretary"}, QByteArray()).code, 2);
    QCOMPARE(runAdmin(dir.path(), {"reset-password", "anne"}, "short").code, 2);
    QCOMPARE(snapshotFolder(dir.path()), before);
}

void TestServerAdmin::unknownOrganisationOrTakenNameRefused() {
    QTemporaryDir dir;
    prepare(dir.path());
    const AdminRun unknownOrg =
        runAdmin(dir.path(), {"add-user", "bruno", "--role", "secretary", "--org", "3C-SUD"});
    QCOMPARE(unknownOrg.code, 1);
    QVERIFY2(unknownOrg.err.contains(QStringLiteral("3C-SUD")), qPrintable(unknownOrg.err));
    const AdminRun taken = runAdmin(dir.path(), {"add-user", "anne", "--role", "secretary"});
    QCOMPARE(taken.code, 1);
    QCOMPARE(runAdmin(dir.path(), {"add-org", "3C-NORD", "Another name"}).code, 1);
    QCOMPARE(runAdmin(dir.path(), {"reset-password", "nobody"}).code, 1);
    QCOMPARE(countUsers(dir.path()), 1);
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("SELECT name FROM organisations")).toString(),
             QStringLiteral("3C Nord"));
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("SELECT count(*) FROM user_roles")).toInt(), 1);
}

void TestServerAdmin::certificateAuthorityKeptAndReused() {
    QTemporaryDir dir;
    prepare(dir.path());
    QByteArray ca;
    {
        ServerProcess first(dir.path());
        QVERIFY2(first.start(), qPrintable(first.output()));
        QVERIFY2(first.output().contains(QStringLiteral("Made a new certificate authority")),
                 qPrintable(first.output()));
        for (const char *key : {"/tls/ca.key", "/tls/server.key"}) {
            struct stat status;
            QCOMPARE(stat(QFile::encodeName(dir.path() + QLatin1String(key)).constData(), &status), 0);
            QCOMPARE(status.st_mode & 0777, 0600u);
        }
        QFile caFile(first.caFile());
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        ca = caFile.readAll();
        QVERIFY(ca.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(first.stop(), 0);
    }
    const auto tlsBefore = snapshotFolder(dir.path() + QStringLiteral("/tls"));
    // A copy of the CA taken at first start, as a desktop would keep it.
    QTemporaryDir clientDir;
    const QString trusted = clientDir.filePath(QStringLiteral("regional-ca.pem"));
    QVERIFY(QFile::copy(dir.path() + QStringLiteral("/tls/ca.pem"), trusted));

    ServerProcess second(dir.path());
    QVERIFY2(second.start(), qPrintable(second.output()));
    QVERIFY2(!second.output().contains(QStringLiteral("Made a new")), qPrintable(second.output()));
    QCOMPARE(snapshotFolder(dir.path() + QStringLiteral("/tls")), tlsBefore);
    TlsClient client(trusted);
    QCOMPARE(client.get(second.url(QStringLiteral("/api/v1/health"))).status, 200);
    QCOMPARE(client.login(second, QStringLiteral("anne"), kTestPassword).status, 200);
}

void TestServerAdmin::twoServersOnOneFolder() {
    QTemporaryDir dir;
    // Both start at once on a fresh folder: one CA, one schema.
    ServerProcess first(dir.path());
    ServerProcess second(dir.path());
    QVERIFY(first.launch());
    QVERIFY(second.launch());
    QVERIFY2(first.waitUntilListening(), qPrintable(first.output()));
    QVERIFY2(second.waitUntilListening(), qPrintable(second.output()));
    QCOMPARE(int(first.output().contains(QStringLiteral("Made a new"))) +
                 int(second.output().contains(QStringLiteral("Made a new"))),
             1);
    prepare(dir.path());
    TlsClient client(first.caFile());
    QCOMPARE(client.get(second.url(QStringLiteral("/api/v1/health"))).status, 200);

    // Sign-ins through both servers at once, beside admin commands writing to the same file.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("anne")},
                                  {QStringLiteral("password"), QString::fromUtf8(kTestPassword)}})
            .toJson();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(first.caFile()));
    constexpr int kPerServer = 6;
    for (int i = 0; i < kPerServer; ++i)
        for (const ServerProcess *server : {&first, &second}) {
            QNetworkRequest request(server->url(QStringLiteral("/api/v1/auth/login")));
            request.setSslConfiguration(configuration);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            replies.append(manager.post(request, body));
        }
    std::vector<std::unique_ptr<QProcess>> admins;
    for (int i = 0; i < 4; ++i) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(CONCERTO_SERVER),
                       {"--data", dir.path(), "admin", "add-org", QStringLiteral("ORG-%1").arg(i),
                        QStringLiteral("Org %1").arg(i)});
        admins.push_back(std::move(process));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished())
            QVERIFY(QSignalSpy(reply, &QNetworkReply::finished).wait(60000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }
    for (const auto &process : admins) {
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("SELECT count(*) FROM tokens")).toInt(),
             2 * 2 * kPerServer);
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("SELECT count(*) FROM organisations")).toInt(), 1 + 4);
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(first.stop(), 0);
    QCOMPARE(second.stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
