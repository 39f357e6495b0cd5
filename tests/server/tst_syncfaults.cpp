// Faults met with real processes (the server, `concerto-cli sync`, a TCP proxy; on SQLite and, in the
// `_postgresql` run, on PostgreSQL): an access token that expired is refreshed once and the push goes
// through (and a refused refresh is final, not a loop); the reply to a push lost on the way (the proxy
// forwards the request and cuts the connection when the answer comes) gives exactly one revision of each
// record after the retry, the client confirming them as duplicates; the server killed (SIGKILL) while a
// client pushes, then started again: nothing lost, nothing applied twice, the feed's numbers 1..N.
#include "replydropproxy.h"
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "sync/protocol.h"
#include "sync/serverconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void expiredAccessTokenRefreshedOnce();
    void lostPushReplyGivesOneRevision();
    void serverKilledDuringPushLosesNothing();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    int serverCount(const QString &sql) const { return queryServerDb(m_serverDir.path(), sql).toInt(); }
    // A client file with its own committee and `cases` cases of Nord, not synced yet.
    std::unique_ptr<Database> clientWithCases(const QString &name, int cases);
    // The sums of "pushed: A applied, D duplicate" over runs.
    static void addPushed(const QString &out, int *applied, int *duplicates);

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
};

void TestSyncFaults::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
}

std::unique_ptr<Database> TestSyncFaults::clientWithCases(const QString &name, int cases) {
    auto db = makeClient(file(name), QStringLiteral("Anne"));
    if (!db)
        return db;
    const Committee committee = saveCommittee(*db, kNord);
    WriteTransaction tx(*db);
    for (int i = 0; i < cases; ++i)
        saveCase(*db, committee.rcp,
                 name.left(1).toUpper() + QStringLiteral("ournier") + QChar(u'a' + i % 26) +
                     QChar(u'a' + i / 26 % 26));
    return tx.commit() ? std::move(db) : nullptr;
}

void TestSyncFaults::addPushed(const QString &out, int *applied, int *duplicates) {
    static const QRegularExpression pushed(QStringLiteral("pushed: (\\d+) applied, (\\d+) duplicate"));
    const auto match = pushed.match(out);
    if (match.hasMatch()) {
        *applied += match.captured(1).toInt();
        *duplicates += match.captured(2).toInt();
    }
}

void TestSyncFaults::expiredAccessTokenRefreshedOnce() {
    sync::ServerConnection connection(
        {m_server->url({}), m_server->caFile(), QStringLiteral("anne"), kTestPassword, 30000});
    QString error;
    QVERIFY2(connection.prepare(&error) && connection.signIn(&error), qPrintable(error));
    // The access token's 15 minutes are over (as seen by the server).
    queryServerDb(m_serverDir.path(),
                  QStringLiteral("UPDATE tokens SET expires_at = 1 WHERE kind = 'access'"));
    Patient p;
    p.birthName = QStringLiteral("Expire");
    p.birthGivenNames = {QStringLiteral("Jean")};
    p.sex = Sex::Male;
    p.birthDate = QDate(1961, 2, 3);
    p.meta.id = RecordMeta::newId();
    const sync::Mutation m{QUuid::createUuid(),
                           QStringLiteral("insert"),
                           0,
                           {QStringLiteral("patient"), p.meta.id, 0, QDateTime::currentDateTimeUtc(),
                            QStringLiteral("Anne"), false,
                            QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)}};
    const QByteArray push = QJsonDocument(QJsonObject{{"mutations", QJsonArray{m.toJson()}}}).toJson();
    const int before = connection.requestsSent();
    const sync::ServerReply reply = connection.post(QStringLiteral("sync/push"), push);
    QCOMPARE(reply.status, 200);
    QCOMPARE(
        reply.json.value(QStringLiteral("results")).toArray().at(0).toObject().value("status").toString(),
        QStringLiteral("applied"));
    // The push (401), one refresh, the push again: three requests; the old refresh token is spent.
    QCOMPARE(connection.requestsSent() - before, 3);
    QCOMPARE(serverCount(QStringLiteral(
                 "SELECT count(*) FROM tokens WHERE kind = 'refresh' AND revoked_at IS NOT NULL")),
             1);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM records WHERE id = '%1'")
                             .arg(p.meta.id.toString(QUuid::WithoutBraces))),
             1);

    // Expired again, and the refresh refused too (its session closed): one refresh tried, then the 401
    // is the answer; nothing written.
    queryServerDb(m_serverDir.path(), QStringLiteral("UPDATE tokens SET expires_at = 1"));
    const int mutations = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));
    const int sent = connection.requestsSent();
    const sync::ServerReply refused = connection.post(QStringLiteral("sync/push"), push);
    QCOMPARE(refused.status, 401);
    QCOMPARE(connection.requestsSent() - sent, 2);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), mutations);
}

void TestSyncFaults::lostPushReplyGivesOneRevision() {
    auto client = clientWithCases(QStringLiteral("lost.db"), 5);
    QVERIFY(client);
    const int pending = *pendingChangeCount(*client);
    QCOMPARE(pending, 2 + 4 * 5);
    const int mutationsBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));
    ReplyDropProxy proxy(m_server->port());
    QVERIFY(proxy.port() > 0);
    proxy.dropOneReplyAfter(3000); // the push carries 22 records; the handshake and sign-in ~1 KB
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(proxy.port());
    const auto syncThroughProxy = [&] {
        return runCli({QStringLiteral("--db"), file(QStringLiteral("lost.db")), QStringLiteral("sync"),
                       QStringLiteral("--server"), url, QStringLiteral("--ca"), m_server->caFile(),
                       QStringLiteral("--user"), QStringLiteral("anne")});
    };
    int applied = 0, duplicates = 0;
    CliRun run = syncThroughProxy();
    addPushed(run.out, &applied, &duplicates);
    QCOMPARE(proxy.dropped(), 1);
    qInfo() << "first sync through the proxy: exit code" << run.code << run.out << run.err;
    // Whatever the client made of the cut connection, the server applied the push once.
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), mutationsBefore + pending);
    if (run.code != 0) { // the client saw the push fail: it sends it again on its next sync
        QCOMPARE(*pendingChangeCount(*client), pending);
        run = syncThroughProxy();
        addPushed(run.out, &applied, &duplicates);
    }
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    // The retry was answered "duplicate" for every mutation: nothing applied twice.
    QCOMPARE(applied, 0);
    QCOMPARE(duplicates, pending);
    QCOMPARE(*pendingChangeCount(*client), 0);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), mutationsBefore + pending);
    QCOMPARE(
        serverCount(QStringLiteral("SELECT count(*) FROM records WHERE updated_by = 'Anne' AND version > 1")),
        0);
    QCOMPARE(clientValue(*client, QStringLiteral("SELECT max(version) FROM fiche")), QStringLiteral("1"));
    QCOMPARE(clientValue(*client, QStringLiteral("SELECT min(version) FROM fiche")), QStringLiteral("1"));
}

void TestSyncFaults::serverKilledDuringPushLosesNothing() {
    constexpr int kCases = 150;
    auto client = clientWithCases(QStringLiteral("killed.db"), kCases);
    QVERIFY(client);
    const int pending = *pendingChangeCount(*client);
    const int recordsBefore = serverCount(QStringLiteral("SELECT count(*) FROM records"));
    const int mutationsBefore = serverCount(QStringLiteral("SELECT count(*) FROM mutations"));
    auto run = startSync(file(QStringLiteral("killed.db")), *m_server, QStringLiteral("anne"),
                         {QStringLiteral("--batch"), QStringLiteral("20")});
    QVERIFY(run->waitForStarted());
    // Killed once some batches are in and the client is still pushing.
    int applied = 0;
    while (run->state() == QProcess::Running) {
        applied = serverCount(QStringLiteral("SELECT count(*) FROM mutations")) - mutationsBefore;
        if (applied >= 60)
            break;
        QTest::qWait(5);
    }
    m_server->kill();
    qInfo() << "server killed with" << applied << "of" << pending << "mutations applied";
    QVERIFY2(applied >= 60 && applied < pending, qPrintable(QString::number(applied)));
    QVERIFY(run->waitForFinished(60000));
    QCOMPARE(run->exitCode(), 1); // the sync failed: the server went away
    const int kept = serverCount(QStringLiteral("SELECT count(*) FROM mutations")) - mutationsBefore;
    QVERIFY(kept >= applied && kept < pending);
    const int left = *pendingChangeCount(*client);
    QVERIFY(left > 0);
    const int confirmed = pending - left; // the batches whose answer the client read

    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    const CliRun again = runSync(file(QStringLiteral("killed.db")), *m_server, QStringLiteral("anne"));
    QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
    int appliedAgain = 0, duplicates = 0;
    addPushed(again.out, &appliedAgain, &duplicates);
    // What the killed server had committed without the client knowing comes back as duplicate, the rest
    // is applied now: every mutation once.
    QCOMPARE(duplicates, kept - confirmed);
    QCOMPARE(appliedAgain, pending - kept);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM mutations")), mutationsBefore + pending);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM records")), recordsBefore + pending);
    QCOMPARE(serverCount(QStringLiteral("SELECT max(version) FROM records WHERE updated_by = 'Anne'")), 1);
    // The feed's numbers have no hole where the killed transaction was: 1..N.
    QCOMPARE(serverCount(QStringLiteral("SELECT max(seq) FROM records")), recordsBefore + pending);
    QCOMPARE(serverCount(QStringLiteral("SELECT count(DISTINCT seq) FROM records")), recordsBefore + pending);
    QCOMPARE(*pendingChangeCount(*client), 0);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
