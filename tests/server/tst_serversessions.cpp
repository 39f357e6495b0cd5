// Tokens and lockout against the server's clock, in-process over a real server database: an access token
// stops working when its 15 minutes are over, a refresh token after its lifetime; a locked account opens
// again when its lock time is over; a password hash checks only its own password. (The same objects run
// inside concerto-server; tst_serverauth drives them over HTTPS.) On SQLite, and on PostgreSQL in the
// `_postgresql` run.
#include "server/auth/passwordauthenticator.h"
#include "server/auth/passwordhash.h"
#include "server/auth/principal.h"
#include "server/db/accounts.h"
#include "server/db/servermigrations.h"
#include "server/db/tokenstore.h"

#include "postgressupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::server;

class TestServerSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accessTokenExpires();
    void refreshTokenExpires();
    void expiredTokensDeletedAtSignIn();
    void lockEndsWhenItsTimeIsOver();
    void passwordHashes();
    void rightsFromRolesAndOrganisations();
    void schemaMigratedOnceAndKept();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_database;
    qint64 m_userId = 0;
};

void TestServerSessions::initTestCase() {
    QString error;
    m_database = ServerDatabase::open({m_dir.path(), concerto::test::testDatabaseUrl(m_dir.path())}, &error);
    QVERIFY2(m_database, qPrintable(error));
    QCOMPARE(m_database->engine(),
             concerto::test::testsOnPostgres() ? DatabaseEngine::Postgres : DatabaseEngine::Sqlite);
    Accounts accounts(*m_database);
    QVERIFY2(accounts.addUser(QStringLiteral("anne"),
                              hashPassword(QStringLiteral("correct horse battery staple")), {Role::Physician},
                              {}, &error),
             qPrintable(error));
    m_userId = accounts.findByName(QStringLiteral("anne"))->id;
}

void TestServerSessions::accessTokenExpires() {
    const TokenStore tokens(*m_database, TokenLifetimes{900, 3600});
    const qint64 start = 1'800'000'000;
    const auto pair = tokens.signIn(m_userId, start);
    QVERIFY(pair);
    QCOMPARE(tokens.userOfAccessToken(pair->accessToken, start + 899).value_or(-1), m_userId);
    QVERIFY(!tokens.userOfAccessToken(pair->accessToken, start + 900).has_value());
    // The refresh token is not an access token, nor the other way round.
    QVERIFY(!tokens.userOfAccessToken(pair->refreshToken, start + 1).has_value());
    QCOMPARE(tokens.refresh(pair->accessToken, start + 1).outcome, RefreshOutcome::Invalid);
    // An expired access token is renewed with the refresh token, and the new one works.
    const RefreshResult renewed = tokens.refresh(pair->refreshToken, start + 1000);
    QCOMPARE(renewed.outcome, RefreshOutcome::Rotated);
    QCOMPARE(tokens.userOfAccessToken(renewed.tokens.accessToken, start + 1000).value_or(-1), m_userId);
}

void TestServerSessions::refreshTokenExpires() {
    const TokenStore tokens(*m_database, TokenLifetimes{900, 3600});
    const qint64 start = 1'800'100'000;
    const auto pair = tokens.signIn(m_userId, start);
    QVERIFY(pair);
    QCOMPARE(tokens.refresh(pair->refreshToken, start + 3600).outcome, RefreshOutcome::Invalid);
    // Refused for its age, it was not used: a second try says the same, not "reused".
    QCOMPARE(tokens.refresh(pair->refreshToken, start + 3601).outcome, RefreshOutcome::Invalid);
}

void TestServerSessions::expiredTokensDeletedAtSignIn() {
    const TokenStore tokens(*m_database, TokenLifetimes{900, 3600});
    const auto countTokens = [this] {
        QSqlQuery query(m_database->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM tokens")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    };
    const qint64 start = 1'900'000'000;
    const auto old = tokens.signIn(m_userId, start);
    QVERIFY(old);
    // The earlier tests' tokens, all expired by now, went with this sign-in.
    QCOMPARE(countTokens(), 2);
    // A sign-in once the old access token expired but not its refresh token: the refresh token stays.
    QVERIFY(tokens.signIn(m_userId, start + 3599));
    QCOMPARE(countTokens(), 1 + 2);
    QCOMPARE(tokens.refresh(old->refreshToken, start + 3599).outcome, RefreshOutcome::Rotated);
    // Once every earlier token has expired, a sign-in leaves only its own pair.
    QVERIFY(tokens.signIn(m_userId, start + 100'000));
    QCOMPARE(countTokens(), 2);
}

void TestServerSessions::lockEndsWhenItsTimeIsOver() {
    qint64 now = 1'800'200'000;
    Accounts accounts(*m_database);
    PasswordAuthenticator authenticator(accounts, LoginPolicy{3, 600, 0}, [&now] { return now; });
    const QJsonObject wrong{{QStringLiteral("user"), QStringLiteral("anne")},
                            {QStringLiteral("password"), QStringLiteral("wrong password")}};
    const QJsonObject right{{QStringLiteral("user"), QStringLiteral("anne")},
                            {QStringLiteral("password"), QStringLiteral("correct horse battery staple")}};
    QCOMPARE(authenticator.signIn(wrong, {}).outcome, SignInOutcome::Refused);
    QCOMPARE(authenticator.signIn(wrong, {}).outcome, SignInOutcome::Refused);
    const SignInResult third = authenticator.signIn(wrong, {});
    QCOMPARE(third.outcome, SignInOutcome::Locked);
    QCOMPARE(third.retryAfterSeconds, qint64(600));
    now += 599;
    const SignInResult stillLocked = authenticator.signIn(right, {});
    QCOMPARE(stillLocked.outcome, SignInOutcome::Locked);
    QCOMPARE(stillLocked.retryAfterSeconds, qint64(1));
    now += 1;
    const SignInResult open = authenticator.signIn(right, {});
    QCOMPARE(open.outcome, SignInOutcome::SignedIn);
    QCOMPARE(open.userId, m_userId);
    // The counter started again: one failure after the lock does not lock.
    QCOMPARE(authenticator.signIn(wrong, {}).outcome, SignInOutcome::Refused);
    QCOMPARE(authenticator.signIn(right, {}).outcome, SignInOutcome::SignedIn);
    QCOMPARE(authenticator.signIn(QJsonObject{{QStringLiteral("user"), QStringLiteral("anne")}}, {}).outcome,
             SignInOutcome::Malformed);
}

void TestServerSessions::passwordHashes() {
    const QString password = QStringLiteral("Pâté en croûte 2026!");
    const QByteArray first = hashPassword(password);
    const QByteArray second = hashPassword(password);
    QVERIFY(first.startsWith("pbkdf2-sha256$600000$"));
    QVERIFY(first != second); // a salt each
    QVERIFY(verifyPassword(password, first));
    QVERIFY(verifyPassword(password, second));
    QVERIFY(!verifyPassword(QStringLiteral("Pate en croute 2026!"), first));
    QVERIFY(!verifyPassword(QString(), first));
    // A stored form changed anywhere no longer checks.
    QByteArray tampered = first;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
    QVERIFY(!verifyPassword(password, tampered));
    QVERIFY(!verifyPassword(password, QByteArray(first).replace("$600000$", "$600001$")));
    QVERIFY(!verifyPassword(password, "plain " + password.toUtf8()));
    QVERIFY(!verifyPassword(password, QByteArray()));
}

void TestServerSessions::rightsFromRolesAndOrganisations() {
    QString error;
    Accounts accounts(*m_database);
    QVERIFY(accounts.addOrganisation({QStringLiteral("3C-NORD"), QStringLiteral("3C Nord")}, &error));
    QVERIFY(accounts.addOrganisation({QStringLiteral("3C-SUD"), QStringLiteral("3C Sud")}, &error));
    const QByteArray hash = hashPassword(QStringLiteral("correct horse battery staple"), 1000);
    QVERIFY(accounts.addUser(QStringLiteral("sylvie"), hash, {Role::Secretary}, {QStringLiteral("3C-NORD")},
                             &error));
    QVERIFY(accounts.addUser(QStringLiteral("marc"), hash, {Role::Physician, Role::Coordinator},
                             {QStringLiteral("3C-SUD")}, &error));
    QVERIFY(accounts.addUser(QStringLiteral("nadia"), hash, {Role::NetworkAdmin}, {}, &error));
    const Principal secretary = Principal::of(*accounts.findByName(QStringLiteral("sylvie")));
    const Principal physician = Principal::of(*accounts.findByName(QStringLiteral("marc")));
    const Principal network = Principal::of(*accounts.findByName(QStringLiteral("nadia")));

    // The matrix of roles.h, for each role the user holds.
    QVERIFY(secretary.may(Action::RegisterCases));
    QVERIFY(!secretary.may(Action::RecordDecisions));
    QVERIFY(!secretary.may(Action::SignFiches));
    QVERIFY(physician.may(Action::RecordDecisions)); // as physician
    QVERIFY(physician.may(Action::SignFiches));      // as coordinator
    QVERIFY(!physician.may(Action::ImportNomenclatures));
    QVERIFY(network.may(Action::ImportNomenclatures));
    QVERIFY(!network.may(Action::EditCases));
    // Organisations: one's own, or the region for a network administrator.
    QVERIFY(secretary.mayIn(Action::RegisterCases, QStringLiteral("3C-NORD")));
    QVERIFY(!secretary.mayIn(Action::RegisterCases, QStringLiteral("3C-SUD")));
    QVERIFY(!physician.sees(QStringLiteral("3C-NORD")));
    QVERIFY(physician.mayIn(Action::SignFiches, QStringLiteral("3C-SUD")));
    QVERIFY(network.seesTheRegion());
    QVERIFY(network.sees(QStringLiteral("3C-NORD")) && network.sees(QStringLiteral("3C-SUD")));
    QVERIFY(!secretary.seesTheRegion());
    // A role stored under a code the matrix does not know gives no right.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE user_roles SET role = 'superuser' WHERE user_id = (SELECT id "
                                      "FROM users WHERE name = 'sylvie')")));
    const Principal altered = Principal::of(*accounts.findByName(QStringLiteral("sylvie")));
    QVERIFY(altered.roles.isEmpty());
    QVERIFY(!altered.may(Action::RegisterCases));
}

void TestServerSessions::schemaMigratedOnceAndKept() {
    QCOMPARE(m_database->schemaVersion(), int(serverMigrations(m_database->engine()).size()));
    QVERIFY(m_database->schemaVersion() >= 3);
    QString error;
    // Opened again (a second process would do the same): the data stay, nothing is migrated twice.
    const auto again =
        ServerDatabase::open({m_dir.path(), concerto::test::testDatabaseUrl(m_dir.path())}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->schemaVersion(), m_database->schemaVersion());
    QVERIFY(Accounts(*again).findByName(QStringLiteral("anne")).has_value());
    // A folder that does not exist is refused.
    QVERIFY(!ServerDatabase::openEmbedded(m_dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_serversessions.moc"
