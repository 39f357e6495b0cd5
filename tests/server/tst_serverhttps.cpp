// concerto-server over HTTPS, as a client sees it: health over TLS trusting only the server's own CA;
// plain HTTP and a client that does not trust the CA get no answer and send nothing; every endpoint but
// health and login needs a token (401); malformed JSON 400 with its reason; an oversized body 413; an
// unknown path 404, another method 405.
#include "serversupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto::test;

class TestServerHttps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthOverTls();
    void plainHttpGetsNoAnswer();
    void untrustedClientSendsNothing();
    void endpointsNeedAToken_data();
    void endpointsNeedAToken();
    void malformedJsonRefusedWithReason_data();
    void malformedJsonRefusedWithReason();
    void oversizedBodyRefused();
    void unknownPathAndWrongMethod();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestServerHttps::initTestCase() {
    QVERIFY(m_dir.isValid());
    QCOMPARE(runAdmin(m_dir.path(),
                      {QStringLiteral("add-org"), QStringLiteral("3C-NORD"), QStringLiteral("3C Nord")})
                 .code,
             0);
    QCOMPARE(runAdmin(m_dir.path(),
                      {QStringLiteral("add-user"), QStringLiteral("anne"), QStringLiteral("--role"),
                       QStringLiteral("physician"), QStringLiteral("--org"), QStringLiteral("3C-NORD")})
                 .code,
             0);
    m_server = std::make_unique<ServerProcess>(m_dir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
}

void TestServerHttps::healthOverTls() {
    TlsClient client(m_server->caFile());
    const HttpAnswer answer = client.get(m_server->url(QStringLiteral("/api/v1/health")));
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(answer.json.value(QStringLiteral("protocol")).toInt(), 1);
    QVERIFY(answer.headers.value("content-type").startsWith("application/json"));
}

void TestServerHttps::plainHttpGetsNoAnswer() {
    TlsClient client(m_server->caFile());
    const HttpAnswer answer =
        client.get(m_server->url(QStringLiteral("/api/v1/health"), QStringLiteral("http")));
    QVERIFY2(answer.error != QNetworkReply::NoError, qPrintable(answer.body));
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.body.isEmpty());
}

void TestServerHttps::untrustedClientSendsNothing() {
    // A client trusting only the system's store: the handshake fails before the request leaves, so the
    // correct password it carries opens no session (a client ignoring the error would make a token row).
    TlsClient untrusting({});
    const HttpAnswer refused = untrusting.login(*m_server, QStringLiteral("anne"), kTestPassword);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(refused.status, 0);
    QVERIFY(refused.body.isEmpty());
    QCOMPARE(queryServerDb(m_dir.path(), QStringLiteral("SELECT count(*) FROM tokens")).toInt(), 0);
    // The same request from a client trusting the CA does make one.
    TlsClient trusting(m_server->caFile());
    const HttpAnswer accepted = trusting.login(*m_server, QStringLiteral("anne"), kTestPassword);
    QCOMPARE(accepted.status, 200);
    QCOMPARE(queryServerDb(m_dir.path(), QStringLiteral("SELECT count(*) FROM tokens")).toInt(), 2);
}

void TestServerHttps::endpointsNeedAToken_data() {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    for (const auto &[method, path] :
         {std::pair{"GET", "/api/v1/me"}, std::pair{"POST", "/api/v1/auth/logout"}}) {
        const QString name = QStringLiteral("%1 %2").arg(QLatin1String(method), QLatin1String(path));
        QTest::addRow("%s, no header", qPrintable(name)) << method << path << QByteArray();
        QTest::addRow("%s, unknown token", qPrintable(name))
            << method << path << QByteArray("Bearer 4O2OoW5UioPCRrSEJE1YmEBBx57LM0NvScZvqksAPcY");
        QTest::addRow("%s, empty bearer", qPrintable(name)) << method << path << QByteArray("Bearer ");
        QTest::addRow("%s, basic", qPrintable(name))
            << method << path << QByteArray("Basic YW5uZTpwYXNzd29yZA==");
    }
}

void TestServerHttps::endpointsNeedAToken() {
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QNetworkAccessManager manager;
    QNetworkRequest request(m_server->url(path));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_server->caFile()));
    request.setSslConfiguration(configuration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isNull())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = method == QLatin1String("GET") ? manager.get(request)
                                                          : manager.post(request, QByteArrayLiteral("{}"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(reply->rawHeader("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("unauthorised"));
    QVERIFY(!body.contains(QStringLiteral("name")));
    delete reply;
}

void TestServerHttps::malformedJsonRefusedWithReason_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("login, cut short")
        << "/api/v1/auth/login" << QByteArray("{\"user\": \"anne\"") << "not valid JSON";
    QTest::newRow("login, not JSON") << "/api/v1/auth/login" << QByteArray("user=anne&password=x")
                                     << "not valid JSON";
    QTest::newRow("login, empty") << "/api/v1/auth/login" << QByteArray() << "not valid JSON";
    QTest::newRow("login, an array") << "/api/v1/auth/login" << QByteArray("[\"anne\"]") << "a JSON object";
    QTest::newRow("refresh, cut short")
        << "/api/v1/auth/refresh" << QByteArray("{\"refresh_token\":") << "not valid JSON";
}

void TestServerHttps::malformedJsonRefusedWithReason() {
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    TlsClient client(m_server->caFile());
    const HttpAnswer answer = client.post(m_server->url(path), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("malformed-json"));
    QVERIFY2(answer.json.value(QStringLiteral("reason")).toString().contains(reason),
             answer.body.constData());
    // The server is still there.
    QCOMPARE(client.get(m_server->url(QStringLiteral("/api/v1/health"))).status, 200);
}

void TestServerHttps::oversizedBodyRefused() {
    TlsClient client(m_server->caFile());
    // 9 MiB: over the 8 MiB limit.
    const QByteArray huge = "{\"user\": \"" + QByteArray(9 * 1024 * 1024, 'a') + "\"}";
    const HttpAnswer refused = client.post(m_server->url(QStringLiteral("/api/v1/auth/login")), huge);
    QCOMPARE(refused.status, 413);
    // 1 MiB is under it: read and answered as a wrong sign-in, not refused for its size.
    const QByteArray large = "{\"user\": \"" + QByteArray(1024 * 1024, 'a') + "\", \"password\": \"x\"}";
    const HttpAnswer read = client.post(m_server->url(QStringLiteral("/api/v1/auth/login")), large);
    QCOMPARE(read.status, 401);
    QCOMPARE(client.get(m_server->url(QStringLiteral("/api/v1/health"))).status, 200);
}

void TestServerHttps::unknownPathAndWrongMethod() {
    TlsClient client(m_server->caFile());
    const HttpAnswer unknown = client.get(m_server->url(QStringLiteral("/api/v1/no-such-thing")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("not-found"));
    QCOMPARE(client.get(m_server->url(QStringLiteral("/"))).status, 404);
    const HttpAnswer wrongMethod = client.get(m_server->url(QStringLiteral("/api/v1/auth/login")));
    QCOMPARE(wrongMethod.status, 405);
}

QTEST_GUILESS_MAIN(TestServerHttps)
#include "tst_serverhttps.moc"
