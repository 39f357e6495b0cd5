// Accounts over HTTPS with the real server: sign-in gives a 15-minute access token and a refresh token;
// /me names the user, roles and organisations; a wrong password and an unknown user get the same 401;
// failures are slowed, then lock the account (423 with Retry-After) until an admin resets its password;
// a refresh rotates the pair and a refresh token used twice closes its whole session; logout revokes;
// the database holds neither passwords nor tokens in clear.
#include "postgressupport.h"
#include "serversupport.h"

#include "server/auth/passwordhash.h"
#include "server/auth/tokens.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto::test;

namespace {

QByteArray field(const HttpAnswer &answer, const char *name) {
    return answer.json.value(QLatin1String(name)).toString().toLatin1();
}

QByteArray refreshBody(const QByteArray &token) {
    return QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), QString::fromLatin1(token)}}).toJson();
}

} // namespace

class TestServerAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInAndMe();
    void wrongPasswordAndUnknownUserAlike();
    void failuresSlowedThenLocked();
    void refreshRotatesAndReuseClosesTheSession();
    void logoutRevokesOnlyItsSession();
    void nothingSecretStoredInClear();

private:
    HttpAnswer refresh(const QByteArray &token) {
        return m_client->post(m_server->url(QStringLiteral("/api/v1/auth/refresh")), refreshBody(token));
    }
    HttpAnswer me(const QByteArray &token) {
        return m_client->get(m_server->url(QStringLiteral("/api/v1/me")), token);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TlsClient> m_client;
    QByteArrayList m_tokensSeen;
};

void TestServerAuth::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    QCOMPARE(runAdmin(dir, {"add-org", "3C-NORD", "3C Nord"}).code, 0);
    QCOMPARE(runAdmin(dir, {"add-org", "3C-SUD", "3C Sud"}).code, 0);
    const AdminRun anne = runAdmin(dir, {"add-user", "anne", "--role", "coordinator", "--role", "physician",
                                         "--org", "3C-NORD", "--org", "3C-SUD"});
    QVERIFY2(anne.code == 0, qPrintable(anne.err));
    // The password from stdin when CONCERTO_PASSWORD is not set.
    QCOMPARE(
        runAdmin(dir, {"add-user", "bruno", "--role", "secretary"}, QByteArray(), kTestPassword + "\n").code,
        0);
    QCOMPARE(runAdmin(dir, {"add-user", "carla", "--role", "read-only"}).code, 0);
    m_server = std::make_unique<ServerProcess>(dir);
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_client = std::make_unique<TlsClient>(m_server->caFile());
}

void TestServerAuth::signInAndMe() {
    const HttpAnswer login = m_client->login(*m_server, QStringLiteral("anne"), kTestPassword);
    QCOMPARE(login.status, 200);
    const QByteArray access = field(login, "access_token");
    const QByteArray refreshToken = field(login, "refresh_token");
    QCOMPARE(access.size(), 43); // 256 bits, base64url
    QCOMPARE(refreshToken.size(), 43);
    QVERIFY(access != refreshToken);
    QCOMPARE(login.json.value(QStringLiteral("expires_in")).toInt(), 15 * 60);
    QCOMPARE(login.headers.value("cache-control"), QByteArrayLiteral("no-store"));
    m_tokensSeen << access << refreshToken;

    const HttpAnswer answer = me(access);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QStringLiteral("name")).toString(), QStringLiteral("anne"));
    QCOMPARE(answer.json.value(QStringLiteral("roles")).toArray(),
             QJsonArray({QStringLiteral("coordinator"), QStringLiteral("physician")}));
    const QJsonArray organisations = answer.json.value(QStringLiteral("organisations")).toArray();
    QCOMPARE(organisations.size(), 2);
    QCOMPARE(organisations[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("3C-NORD"));
    QCOMPARE(organisations[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("3C Sud"));
    QCOMPARE(answer.json.value(QStringLiteral("scope")).toString(), QStringLiteral("organisations"));

    // Bruno, whose password came from stdin, signs in too, and is who he is.
    const HttpAnswer bruno = m_client->login(*m_server, QStringLiteral("bruno"), kTestPassword);
    QCOMPARE(bruno.status, 200);
    const HttpAnswer brunoMe = me(field(bruno, "access_token"));
    QCOMPARE(brunoMe.json.value(QStringLiteral("name")).toString(), QStringLiteral("bruno"));
    QCOMPARE(brunoMe.json.value(QStringLiteral("roles")).toArray(),
             QJsonArray({QStringLiteral("secretary")}));
}

void TestServerAuth::wrongPasswordAndUnknownUserAlike() {
    const HttpAnswer wrong = m_client->login(*m_server, QStringLiteral("carla"), "not the password at all");
    const HttpAnswer unknown = m_client->login(*m_server, QStringLiteral("nobody"), kTestPassword);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.body, unknown.body);
    QVERIFY(!wrong.json.contains(QStringLiteral("access_token")));
    // One failure does not lock: the right password still signs Carla in (and resets her counter).
    QCOMPARE(m_client->login(*m_server, QStringLiteral("carla"), kTestPassword).status, 200);
    QCOMPARE(
        queryServerDb(m_dir.path(), QStringLiteral("SELECT failed_logins FROM users WHERE name = 'carla'"))
            .toInt(),
        0);
}

void TestServerAuth::failuresSlowedThenLocked() {
    const QString user = QStringLiteral("bruno");
    QList<qint64> times;
    for (int failure = 1; failure <= 4; ++failure) {
        const HttpAnswer answer =
            m_client->login(*m_server, user, "wrong password " + QByteArray::number(failure));
        QCOMPARE(answer.status, 401);
        times.append(answer.milliseconds);
    }
    // The fourth failure in a row waits 4 × 250 ms before its answer (on top of the password hash).
    QVERIFY2(times[3] >= 1000, qPrintable(QStringLiteral("4th failure answered in %1 ms").arg(times[3])));

    const HttpAnswer fifth = m_client->login(*m_server, user, "wrong password 5");
    QCOMPARE(fifth.status, 423);
    QCOMPARE(fifth.headers.value("retry-after").toInt(), 15 * 60);
    // Locked: the right password is refused too, with the time left.
    const HttpAnswer locked = m_client->login(*m_server, user, kTestPassword);
    QCOMPARE(locked.status, 423);
    const int retryAfter = locked.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter > 14 * 60 && retryAfter <= 15 * 60, locked.headers.value("retry-after").constData());
    QVERIFY(!locked.json.contains(QStringLiteral("access_token")));
    // Another account is not affected.
    QCOMPARE(m_client->login(*m_server, QStringLiteral("carla"), kTestPassword).status, 200);
    // An admin's new password unlocks the account; the old one no longer works.
    const QByteArray newPassword = "a brand new passphrase";
    QCOMPARE(runAdmin(m_dir.path(), {"reset-password", "bruno"}, newPassword).code, 0);
    QCOMPARE(m_client->login(*m_server, user, newPassword).status, 200);
    QCOMPARE(m_client->login(*m_server, user, kTestPassword).status, 401);
}

void TestServerAuth::refreshRotatesAndReuseClosesTheSession() {
    const HttpAnswer login = m_client->login(*m_server, QStringLiteral("anne"), kTestPassword);
    QCOMPARE(login.status, 200);
    const QByteArray access1 = field(login, "access_token");
    const QByteArray refresh1 = field(login, "refresh_token");

    const HttpAnswer rotated = refresh(refresh1);
    QCOMPARE(rotated.status, 200);
    const QByteArray access2 = field(rotated, "access_token");
    const QByteArray refresh2 = field(rotated, "refresh_token");
    QCOMPARE(access2.size(), 43);
    QVERIFY(access2 != access1);
    QVERIFY(refresh2 != refresh1);
    QCOMPARE(me(access2).status, 200);
    m_tokensSeen << access1 << refresh1 << access2 << refresh2;

    // refresh1 again (a stolen copy, say): refused, and the whole session is closed.
    const HttpAnswer reused = refresh(refresh1);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.json.value(QStringLiteral("error")).toString(), QStringLiteral("refresh-token-reused"));
    QCOMPARE(me(access2).status, 401);
    QCOMPARE(me(access1).status, 401);
    QCOMPARE(refresh(refresh2).status, 401);
    // An unknown refresh token is simply refused.
    const HttpAnswer unknown = refresh(QByteArrayLiteral("4O2OoW5UioPCRrSEJE1YmEBBx57LM0NvScZvqksAPcY"));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid-refresh-token"));
}

void TestServerAuth::logoutRevokesOnlyItsSession() {
    const HttpAnswer first = m_client->login(*m_server, QStringLiteral("anne"), kTestPassword);
    const HttpAnswer second = m_client->login(*m_server, QStringLiteral("anne"), kTestPassword);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const QByteArray access = field(first, "access_token");
    QCOMPARE(me(access).status, 200);
    const HttpAnswer logout =
        m_client->post(m_server->url(QStringLiteral("/api/v1/auth/logout")), "{}", access);
    QCOMPARE(logout.status, 200);
    QCOMPARE(me(access).status, 401);
    QCOMPARE(refresh(field(first, "refresh_token")).status, 401);
    // A second logout with the same token: it is no longer valid.
    QCOMPARE(m_client->post(m_server->url(QStringLiteral("/api/v1/auth/logout")), "{}", access).status, 401);
    // The other session (another desktop of the same person) goes on.
    QCOMPARE(me(field(second, "access_token")).status, 200);
    QCOMPARE(refresh(field(second, "refresh_token")).status, 200);
}

void TestServerAuth::nothingSecretStoredInClear() {
    QVERIFY(m_tokensSeen.size() >= 6);
    // Every file of the data folder (the database, its WAL, the TLS files) as bytes.
    QByteArray everything;
    QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    // On PostgreSQL the data are in the database: every row of every table, as text.
    if (concerto::test::testsOnPostgres())
        for (const char *table : {"users", "user_roles", "user_organisations", "tokens", "organisations"})
            everything +=
                queryServerDb(
                    m_dir.path(),
                    QStringLiteral("SELECT string_agg(t::text, E'\\n') FROM %1 t").arg(QLatin1String(table)))
                    .toByteArray();
    QVERIFY(everything.size() > (concerto::test::testsOnPostgres() ? 3000 : 10000));
    QVERIFY(!everything.contains(kTestPassword));
    QVERIFY(!everything.contains(kTestPassword.toBase64()));
    QVERIFY(!everything.contains("a brand new passphrase"));
    for (const QByteArray &token : std::as_const(m_tokensSeen)) {
        QVERIFY2(!everything.contains(token), token.constData());
        // What is kept is the token's SHA-256.
        const QString sql = QStringLiteral("SELECT count(*) FROM tokens WHERE digest = '%1'")
                                .arg(QString::fromLatin1(concerto::server::tokenDigest(token)));
        QCOMPARE(queryServerDb(m_dir.path(), sql).toInt(), 1);
    }
    // The password hash: PBKDF2-SHA256, 600,000 iterations, and it checks the password.
    const QByteArray hash =
        queryServerDb(m_dir.path(), QStringLiteral("SELECT password_hash FROM users WHERE name = 'anne'"))
            .toByteArray();
    QVERIFY2(hash.startsWith("pbkdf2-sha256$600000$"), hash.constData());
    QVERIFY(concerto::server::verifyPassword(QString::fromUtf8(kTestPassword), hash));
    QVERIFY(!concerto::server::verifyPassword(QStringLiteral("correct horse battery stapl"), hash));
    // Two users with the same password have different hashes (a salt each).
    const QByteArray carla =
        queryServerDb(m_dir.path(), QStringLiteral("SELECT password_hash FROM users WHERE name = 'carla'"))
            .toByteArray();
    QVERIFY(carla != hash);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
