// Two concerto-server processes on one database (one PostgreSQL database in the `_postgresql` run, one
// SQLite file otherwise), six desktops pushing at once through both (`concerto-cli sync`, small batches so
// that the pushes interleave), and a reader pulling the change feed from both servers while they write:
// every mutation is applied once (one version of each record, one row per mutation id), the feed's
// sequence numbers are 1..N with none lost or given twice, and the reader, which walked the feed while
// the writes were committing, missed no record (the feed's order is the commit order). The audit log, which
// both processes appended to at once (the pushes' rows, the reader's pull rows), is one whole chain.
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncTwoServers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void concurrentPushesThroughTwoServers();

private:
    QString serverValue(const QString &sql) const {
        return queryServerDb(m_serverDir.path(), sql).toString();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
};

void TestSyncTwoServers::concurrentPushesThroughTwoServers() {
    constexpr int kClients = 6;
    constexpr int kCases = 20;
    constexpr int kPerClient = 2 + 4 * kCases; // 3C, committee, then patient, session, case, fiche each
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    ServerProcess first(m_serverDir.path());
    QVERIFY2(first.start(), qPrintable(first.output()));
    ServerProcess second(m_serverDir.path());
    QVERIFY2(second.start(), qPrintable(second.output()));
    QVERIFY(first.port() != second.port());

    std::vector<std::unique_ptr<Database>> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(
            makeClient(m_dir.filePath(QStringLiteral("client%1.db").arg(c)), QStringLiteral("Anne")));
        QVERIFY(clients.back());
        const Committee committee = saveCommittee(*clients.back(), kNord);
        WriteTransaction tx(*clients.back());
        for (int i = 0; i < kCases; ++i)
            saveCase(*clients.back(), committee.rcp,
                     QStringLiteral("Client") + QChar(u'a' + c) + QChar(u'a' + i % 26) +
                         QChar(u'a' + i / 26));
        QVERIFY(tx.commit());
        QCOMPARE(*pendingChangeCount(*clients.back()), kPerClient);
    }

    // All at once, half through each server, in batches of 7.
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int c = 0; c < kClients; ++c)
        runs.push_back(startSync(m_dir.filePath(QStringLiteral("client%1.db").arg(c)), c % 2 ? second : first,
                                 c % 3 ? QStringLiteral("anne") : QStringLiteral("bruno"),
                                 {QStringLiteral("--batch"), QStringLiteral("7")}));
    // Meanwhile a reader walks the feed, from one server then the other.
    TlsClient reader(first.caFile());
    QByteArray token = reader.login(first, QStringLiteral("paul"), kTestPassword)
                           .json.value(QStringLiteral("access_token"))
                           .toString()
                           .toLatin1();
    QVERIFY(!token.isEmpty());
    QSet<QString> seen;
    QString cursor;
    int pulls = 0;
    const auto pullToTheEnd = [&] {
        for (;;) {
            const ServerProcess &server = ++pulls % 2 ? first : second;
            const HttpAnswer page =
                reader.get(server.url(QStringLiteral("/api/v1/sync/pull?limit=25&cursor=") + cursor), token);
            if (page.status == 304)
                return true;
            if (page.status != 200)
                return false;
            for (const QJsonValue &r : page.json.value(QStringLiteral("records")).toArray())
                seen.insert(r.toObject().value(QStringLiteral("entity")).toString() + QLatin1Char('/') +
                            r.toObject().value(QStringLiteral("id")).toString());
            cursor = page.json.value(QStringLiteral("cursor")).toString();
        }
    };
    const auto running = [&] {
        for (const auto &run : runs)
            if (run->state() != QProcess::NotRunning)
                return true;
        return false;
    };
    int pullsWhileWriting = 0;
    while (running()) {
        QVERIFY(pullToTheEnd());
        ++pullsWhileWriting;
        QTest::qWait(10);
    }
    for (auto &run : runs) {
        QCOMPARE(run->exitStatus(), QProcess::NormalExit); // finished: the loop above waited for each
        const QString out = QString::fromUtf8(run->readAllStandardOutput());
        QVERIFY2(run->exitCode() == 0, qPrintable(out + QString::fromUtf8(run->readAllStandardError())));
        QVERIFY2(
            out.contains(
                QStringLiteral("pushed: %1 applied, 0 duplicate, 0 conflict, 0 rejected").arg(kPerClient)),
            qPrintable(out));
    }
    QVERIFY(pullToTheEnd());
    qInfo() << "feed walked" << pullsWhileWriting << "times while the pushes ran";

    // Each mutation applied once, each record once at version 1.
    const int total = kClients * kPerClient;
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")).toInt(), total);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(DISTINCT mutation_id) FROM mutations")).toInt(), total);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records")).toInt(), total);
    QCOMPARE(serverValue(QStringLiteral("SELECT max(version) FROM records")).toInt(), 1);
    // The feed's numbers: 1..N, none lost, none twice.
    QCOMPARE(serverValue(QStringLiteral("SELECT count(DISTINCT seq) FROM records")).toInt(), total);
    QCOMPARE(serverValue(QStringLiteral("SELECT min(seq) FROM records")).toInt(), 1);
    QCOMPARE(serverValue(QStringLiteral("SELECT max(seq) FROM records")).toInt(), total);
    // The reader got every record, though it read while they were being committed.
    QCOMPARE(int(seen.size()), total);
    for (auto &client : clients)
        QCOMPARE(*pendingChangeCount(*client), 0);
    // One audit row per record applied, and the reader's pulls, in one chain that did not fork.
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")).toInt(),
             total);
    QVERIFY(serverValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pull'")).toInt() > 0);
    const AdminRun verified = runServerCommand(m_serverDir.path(), {QStringLiteral("verify-audit")});
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
}

QTEST_GUILESS_MAIN(TestSyncTwoServers)
#include "tst_synctwoservers.moc"
