// The files of deploy/, used as a region would use them: the PostgreSQL set-up (setup.sh, run twice) makes a
// role without privileges and its database, with no statement of the role ever logged, and two servers
// run on it as that role; nginx, with deploy/nginx/concerto.conf (only its addresses, ports and
// certificate paths changed for the test), passes `nginx -t`, then runs in front of the two servers:
// TLS 1.2 and newer only, the API through it (the client's address reaching the audit log), a body over
// the servers' limit refused by nginx with 413, a server stopped and the other one answering; the systemd
// unit passes `systemd-analyze verify`.
#include "postgressupport.h"
#include "serversupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <unistd.h>

using namespace concerto::test;

namespace {

const QString kDeploy = QStringLiteral(CONCERTO_SOURCE_DIR "/deploy");
const QString kRole = QStringLiteral("concerto_region");

QString program(const QString &name, const QStringList &folders) {
    for (const QString &folder : folders)
        if (QFile::exists(folder + QLatin1Char('/') + name))
            return folder + QLatin1Char('/') + name;
    return {};
}

struct Run {
    int code = -1;
    QString output;
};

Run run(const QString &command, const QStringList &arguments, const QProcessEnvironment &environment = {},
        const QByteArray &input = {}) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(command, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestServerDeploy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresSetUp();
    void serversRunAsTheRole();
    void nginxConfigurationChecked();
    void nginxInFrontOfTwoServers();
    void systemdUnitVerified();
    void cleanupTestCase();

private:
    // A value of `sql` on the region's database, as the postgres superuser.
    QVariant regionValue(const QString &sql);
    QString nginxConfiguration() const;
    void writeNginxFiles();
    Run admin(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_socketDir;
    QString m_database; // the region's database, made by setup.sh
    QString m_url;      // as the servers connect to it: the role, no password
    std::unique_ptr<ServerProcess> m_first;
    std::unique_ptr<ServerProcess> m_second;
    std::unique_ptr<QProcess> m_nginx;
    int m_nginxPort = 0;
};

void TestServerDeploy::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    const QString url = newPostgresDatabase(&error); // starts the throwaway cluster
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    m_socketDir = QUrlQuery(QUrl(url)).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    m_database = QStringLiteral("concerto_region_%1").arg(getpid());
    m_url = QStringLiteral("postgresql://%1@/%2?host=%3").arg(kRole, m_database, m_socketDir);
}

QVariant TestServerDeploy::regionValue(const QString &sql) {
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("deploy-test"));
        db.setHostName(m_socketDir);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(m_database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("deploy-test"));
    return value;
}

void TestServerDeploy::postgresSetUp() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGHOST"), m_socketDir);
    environment.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    for (int time = 0; time < 2; ++time) { // a second run changes nothing and fails on nothing
        const Run setUp =
            run(kDeploy + QStringLiteral("/postgresql/setup.sh"), {kRole, m_database}, environment);
        QVERIFY2(setUp.code == 0, qPrintable(setUp.output));
    }
    QCOMPARE(regionValue(QStringLiteral("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = "
                                        "current_database()"))
                 .toString(),
             kRole);
    QCOMPARE(
        regionValue(QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = "
                                   "current_database()"))
            .toString(),
        QStringLiteral("UTF8"));
    QCOMPARE(regionValue(QStringLiteral("SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE "
                                        "rolname = '%1'")
                             .arg(kRole))
                 .toBool(),
             false);
    const QString settings = regionValue(QStringLiteral("SELECT array_to_string(setconfig, ',') FROM "
                                                        "pg_db_role_setting WHERE setrole = (SELECT oid FROM "
                                                        "pg_roles WHERE rolname = '%1')")
                                             .arg(kRole))
                                 .toString();
    for (const char *setting : {"log_statement=none", "log_min_duration_statement=-1",
                                "log_min_error_statement=panic", "idle_in_transaction_session_timeout=60s"})
        QVERIFY2(settings.contains(QLatin1String(setting)), qPrintable(settings));
    QVERIFY(
        regionValue(QStringLiteral("SELECT has_database_privilege('public', current_database(), 'CONNECT')"))
            .toBool() == false);
}

Run TestServerDeploy::admin(const QStringList &arguments) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONCERTO_PASSWORD"), QString::fromUtf8(kTestPassword));
    QProcess process;
    return run(QStringLiteral(CONCERTO_SERVER),
               QStringList{QStringLiteral("--database"), m_url, QStringLiteral("admin")} + arguments,
               environment);
}

void TestServerDeploy::serversRunAsTheRole() {
    // The role makes the schema itself (it owns the database), the first start of each process at once.
    const QString data = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    m_first = std::make_unique<ServerProcess>(data);
    m_second = std::make_unique<ServerProcess>(data);
    m_first->setExtraArguments({QStringLiteral("--database"), m_url});
    m_second->setExtraArguments({QStringLiteral("--database"), m_url});
    QVERIFY(m_first->launch() && m_second->launch());
    QVERIFY2(m_first->waitUntilListening(), qPrintable(m_first->output()));
    QVERIFY2(m_second->waitUntilListening(), qPrintable(m_second->output()));
    QCOMPARE(regionValue(QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'"))
                 .toString(),
             kRole);
    QCOMPARE(admin({QStringLiteral("add-org"), QStringLiteral("3C-1"), QStringLiteral("3C One")}).code, 0);
    const Run added = admin({QStringLiteral("add-user"), QStringLiteral("anne"), QStringLiteral("--role"),
                             QStringLiteral("secretary"), QStringLiteral("--org"), QStringLiteral("3C-1")});
    QVERIFY2(added.code == 0, qPrintable(added.output));
}

QString TestServerDeploy::nginxConfiguration() const {
    QFile file(kDeploy + QStringLiteral("/nginx/concerto.conf"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestServerDeploy::writeNginxFiles() {
    // The site file with only what a test must change: the address and port nginx listens on, the
    // certificate (the servers' own, which the test's client trusts), the CA path, the servers' ports.
    QString site = nginxConfiguration();
    QVERIFY(!site.isEmpty());
    const QString tls = m_first->dataDir() + QStringLiteral("/tls/");
    m_nginxPort = freePort();
    const auto replace = [&site](const QString &from, const QString &to) {
        QVERIFY2(site.contains(from), qPrintable(from));
        site.replace(from, to);
    };
    replace(QStringLiteral("listen 443 ssl http2;"),
            QStringLiteral("listen 127.0.0.1:%1 ssl http2;").arg(m_nginxPort));
    replace(QStringLiteral("    listen [::]:443 ssl http2;\n"), QString());
    replace(QStringLiteral("/etc/ssl/concerto/fullchain.pem"), tls + QStringLiteral("server.pem"));
    replace(QStringLiteral("/etc/ssl/concerto/privkey.pem"), tls + QStringLiteral("server.key"));
    replace(QStringLiteral("/var/lib/concerto/tls/ca.pem"), tls + QStringLiteral("ca.pem"));
    static const QRegularExpression servers(QStringLiteral("    server 127\\.0\\.0\\.1:\\d+ ([^\\n]*)\\n"));
    QCOMPARE(site.count(servers), 4);
    site.remove(servers);
    replace(QStringLiteral("    least_conn;\n"),
            QStringLiteral("    least_conn;\n    server 127.0.0.1:%1 max_fails=3 fail_timeout=10s;\n"
                           "    server 127.0.0.1:%2 max_fails=3 fail_timeout=10s;\n")
                .arg(m_first->port())
                .arg(m_second->port()));
    const QString prefix = m_dir.path();
    QFile siteFile(m_dir.filePath(QStringLiteral("concerto.conf")));
    QVERIFY(siteFile.open(QIODevice::WriteOnly));
    siteFile.write(site.toUtf8());
    siteFile.close();
    // Around it, what /etc/nginx/nginx.conf gives, in the test's folder (as root, the workers stay root:
    // the temporary folder is the test's own).
    QString main =
        QStringLiteral("worker_processes 1;\ndaemon off;\npid %1/nginx.pid;\nerror_log %1/error.log;\n"
                       "events { worker_connections 256; }\n"
                       "http {\n  access_log off;\n  client_body_temp_path %1/body;\n"
                       "  proxy_temp_path %1/proxy;\n  fastcgi_temp_path %1/fastcgi;\n"
                       "  uwsgi_temp_path %1/uwsgi;\n  scgi_temp_path %1/scgi;\n"
                       "  include %1/concerto.conf;\n}\n")
            .arg(prefix);
    if (geteuid() == 0)
        main.prepend(QStringLiteral("user root;\n"));
    QFile mainFile(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(mainFile.open(QIODevice::WriteOnly));
    mainFile.write(main.toUtf8());
}

void TestServerDeploy::nginxConfigurationChecked() {
    const QString nginx =
        program(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY2(!nginx.isEmpty(), "no nginx (scripts/setup.sh installs it)");
    writeNginxFiles();
    if (QTest::currentTestFailed())
        return;
    const Run check = run(nginx, {QStringLiteral("-t"), QStringLiteral("-p"), m_dir.path(),
                                  QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                                  QStringLiteral("-c"), m_dir.filePath(QStringLiteral("nginx.conf"))});
    QVERIFY2(check.code == 0 && check.output.contains(QStringLiteral("test is successful")),
             qPrintable(check.output));
    QVERIFY2(!check.output.contains(QStringLiteral("[warn]")), qPrintable(check.output));
}

void TestServerDeploy::nginxInFrontOfTwoServers() {
    const QString nginx =
        program(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    QVERIFY(!nginx.isEmpty());
    m_nginx = std::make_unique<QProcess>();
    m_nginx->setProcessChannelMode(QProcess::MergedChannels);
    m_nginx->start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-e"),
                           m_dir.filePath(QStringLiteral("error.log")), QStringLiteral("-c"),
                           m_dir.filePath(QStringLiteral("nginx.conf"))});
    QVERIFY(m_nginx->waitForStarted(10000));
    const QUrl base(QStringLiteral("https://localhost:%1").arg(m_nginxPort));
    TlsClient client(m_first->caFile());
    HttpAnswer health;
    for (int i = 0; i < 100 && health.status != 200; ++i) {
        QTest::qWait(100);
        health = client.get(base.resolved(QUrl(QStringLiteral("/api/v1/health"))));
    }
    QVERIFY2(health.status == 200,
             qPrintable(health.errorString + QString::fromLocal8Bit(m_nginx->readAll())));
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.headers.value("server").contains("/")); // server_tokens off: no version
    QVERIFY(health.headers.value("strict-transport-security").startsWith("max-age="));

    // TLS 1.2 and 1.3 only, whatever the client would accept.
    const QString address = QStringLiteral("127.0.0.1:%1").arg(m_nginxPort);
    const Run tls12 = run(QStringLiteral("openssl"),
                          {QStringLiteral("s_client"), QStringLiteral("-connect"), address,
                           QStringLiteral("-tls1_2"), QStringLiteral("-CAfile"), m_first->caFile(),
                           QStringLiteral("-servername"), QStringLiteral("localhost")});
    QVERIFY2(tls12.code == 0 && tls12.output.contains(QStringLiteral("Verify return code: 0 (ok)")),
             qPrintable(tls12.output));
    const Run tls11 =
        run(QStringLiteral("openssl"),
            {QStringLiteral("s_client"), QStringLiteral("-connect"), address, QStringLiteral("-tls1_1"),
             QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
    QVERIFY2(tls11.code != 0, qPrintable(tls11.output));

    // The API through nginx; the audit keeps the client's address as nginx saw it.
    const HttpAnswer login =
        client.post(base.resolved(QUrl(QStringLiteral("/api/v1/auth/login"))),
                    QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("anne")},
                                              {QStringLiteral("password"), QString::fromUtf8(kTestPassword)}})
                        .toJson());
    QVERIFY2(login.status == 200, login.body.constData());
    const QByteArray token = login.json.value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY2(
        regionValue(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'login' AND actor = 'anne'"))
            .toString()
            .contains(QStringLiteral("\"forwarded_for\":\"127.0.0.1\"")),
        qPrintable(
            regionValue(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'login'")).toString()));
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/api/v1/sync/pull?cursor="))), token).status, 304);
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/api/v1/sync/pull?cursor=")))).status, 401);
    // Over the servers' limit: refused by nginx itself.
    const HttpAnswer tooLarge = client.post(base.resolved(QUrl(QStringLiteral("/api/v1/sync/push"))),
                                            QByteArray(9 * 1024 * 1024, 'x'), token);
    QCOMPARE(tooLarge.status, 413);
    QVERIFY2(tooLarge.body.contains("nginx") || tooLarge.json.isEmpty(),
             tooLarge.body.constData()); // not a server's
    // Outside the API: nothing.
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/")))).status, 404);

    // One server stopped: the other answers; both stopped: 502.
    QCOMPARE(m_first->stop(), 0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/api/v1/sync/pull?cursor="))), token).status,
                 304);
    QCOMPARE(m_second->stop(), 0);
    QCOMPARE(client.get(base.resolved(QUrl(QStringLiteral("/api/v1/health")))).status, 502);
}

void TestServerDeploy::systemdUnitVerified() {
    const QString analyze =
        program(QStringLiteral("systemd-analyze"), {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (analyze.isEmpty())
        QSKIP("no systemd-analyze on this machine");
    QFile unit(kDeploy + QStringLiteral("/systemd/concerto-server@.service"));
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(unit.readAll());
    // The executable where it is built (verify checks that it exists), an instance of the template.
    QVERIFY(text.contains(QStringLiteral("ExecStart=/usr/local/bin/concerto-server ")));
    text.replace(QStringLiteral("/usr/local/bin/concerto-server"), QStringLiteral(CONCERTO_SERVER));
    QFile instance(m_dir.filePath(QStringLiteral("concerto-server@8443.service")));
    QVERIFY(instance.open(QIODevice::WriteOnly));
    instance.write(text.toUtf8());
    instance.close();
    const Run verify =
        run(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"), instance.fileName()});
    QVERIFY2(verify.code == 0 && verify.output.trimmed().isEmpty(), qPrintable(verify.output));
}

void TestServerDeploy::cleanupTestCase() {
    if (m_nginx && m_nginx->state() != QProcess::NotRunning) {
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(10000))
            m_nginx->kill();
    }
}

QTEST_GUILESS_MAIN(TestServerDeploy)
#include "tst_serverdeploy.moc"
