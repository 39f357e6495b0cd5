// `concerto-server --demo` with real processes (on SQLite, and on PostgreSQL in the `_postgresql` run): two
// servers started at once on one empty database fill one demo region between them (one says it filled
// it, the other finds it there); a third start adds nothing; the demo records are server records (version
// 1, one audit row each, the chain whole); a desktop signs in as a demo account and pulls them, the 3C's
// coordinator its 3C's cases only and the network administrator the whole region; and an edit of a demo
// record is pushed back like any other.
#include "syncsupport.h"

#include "models/store/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

namespace {

constexpr int kPatients = 60;
const QByteArray kDemoPassword = QByteArrayLiteral("concerto-demo");

} // namespace

class TestSyncDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoServersAtOnceFillOnce();
    void secondStartAddsNothing();
    void demoRecordsAreServerRecords();
    void desktopSignsInAndPulls();
    void editOfADemoRecordPushed();

private:
    QString serverValue(const QString &sql) const {
        return queryServerDb(m_serverDir.path(), sql).toString();
    }
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    int m_records = 0;
};

void TestSyncDemo::twoServersAtOnceFillOnce() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    const QStringList demo{QStringLiteral("--demo"), QStringLiteral("--demo-patients"),
                           QString::number(kPatients)};
    ServerProcess first(m_serverDir.path());
    ServerProcess second(m_serverDir.path());
    first.setExtraArguments(demo);
    second.setExtraArguments(demo);
    QVERIFY(first.launch() && second.launch());
    QVERIFY2(first.waitUntilListening(180000), qPrintable(first.output()));
    QVERIFY2(second.waitUntilListening(180000), qPrintable(second.output()));
    const QString both = first.output() + second.output();
    QCOMPARE(both.count(QStringLiteral("Demo region filled: ")), 1);
    QCOMPARE(both.count(QStringLiteral("Demo region: the server holds data already, nothing added.")), 1);
    QCOMPARE(
        both.count(QStringLiteral("Demo accounts (password concerto-demo): demo-secretary, demo-physician, "
                                  "demo-coordinator, demo-3c-admin, demo-network-admin, demo-read-only.")),
        2);
    m_records = serverValue(QStringLiteral("SELECT count(*) FROM records")).toInt();
    QVERIFY(both.contains(
        QStringLiteral("Demo region filled: %1 records (%2 patients").arg(m_records).arg(kPatients)));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records WHERE entity = 'patient'")).toInt(),
             kPatients);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM users")).toInt(), 6);
    QCOMPARE(
        serverValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo-filled'")).toInt(),
        1);
    QCOMPARE(first.stop(), 0);
    QCOMPARE(second.stop(), 0);
}

void TestSyncDemo::secondStartAddsNothing() {
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    m_server->setExtraArguments(
        {QStringLiteral("--demo"), QStringLiteral("--demo-patients"), QString::number(kPatients)});
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    QVERIFY2(m_server->output().contains(QStringLiteral("the server holds data already, nothing added")),
             qPrintable(m_server->output()));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records")).toInt(), m_records);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM organisations")).toInt(),
             4); // three 3C, the network
}

void TestSyncDemo::demoRecordsAreServerRecords() {
    // Every kind the generator makes, each record numbered by the server, each with its audit row.
    for (const char *entity :
         {"organisation", "professional", "rcp", "session", "patient", "inscription", "fiche"})
        QVERIFY2(
            serverValue(
                QStringLiteral("SELECT count(*) FROM records WHERE entity = '%1'").arg(QLatin1String(entity)))
                    .toInt() > 0,
            entity);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records WHERE version = 1")).toInt(),
             m_records);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")).toInt(), m_records);
    QCOMPARE(serverValue(
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create' AND actor = 'demo'"))
                 .toInt(),
             m_records);
    // Signed fiches and amendments are among them (the generator signs and amends).
    QVERIFY(serverValue(QStringLiteral(
                            "SELECT count(*) FROM records WHERE entity = 'fiche' AND unique_key LIKE '%/2'"))
                .toInt() > 0);
    const AdminRun verified = runServerCommand(m_serverDir.path(), {QStringLiteral("verify-audit")});
    QVERIFY2(verified.code == 0, qPrintable(verified.out + verified.err));
}

void TestSyncDemo::desktopSignsInAndPulls() {
    // The coordinator of the first 3C: that 3C's committees, sessions and cases, and the directory.
    auto coordinator = makeClient(file("coordinator.db"), QStringLiteral("Coordinator"));
    QVERIFY(coordinator);
    coordinator.reset();
    const CliRun run =
        runSync(file("coordinator.db"), *m_server, QStringLiteral("demo-coordinator"), {}, {}, kDemoPassword);
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("pulled: ")), qPrintable(run.out + run.err));
    coordinator = makeClient(file("coordinator.db"), QStringLiteral("Coordinator"));
    const int theirPatients =
        clientValue(*coordinator, QStringLiteral("SELECT count(*) FROM patient")).toInt();
    QVERIFY(theirPatients > 0 && theirPatients < kPatients);
    QCOMPARE(clientValue(*coordinator, QStringLiteral("SELECT count(*) FROM organisation")),
             serverValue(QStringLiteral("SELECT count(*) FROM records WHERE entity = 'organisation'")));
    QCOMPARE(clientValue(*coordinator, QStringLiteral("SELECT min(version) FROM fiche")),
             QStringLiteral("1"));
    QCOMPARE(*pendingChangeCount(*coordinator), 0);
    // The network administrator: the whole region.
    QVERIFY(makeClient(file("network.db"), QStringLiteral("Network")));
    const CliRun all =
        runSync(file("network.db"), *m_server, QStringLiteral("demo-network-admin"), {}, {}, kDemoPassword);
    QVERIFY2(all.code == 0, qPrintable(all.out + all.err));
    auto network = makeClient(file("network.db"), QStringLiteral("Network"));
    QVERIFY(network);
    QCOMPARE(clientValue(*network, QStringLiteral("SELECT count(*) FROM patient")).toInt(), kPatients);
    QCOMPARE(clientValue(*network, QStringLiteral("SELECT count(*) FROM fiche")),
             serverValue(QStringLiteral("SELECT count(*) FROM records WHERE entity = 'fiche'")));
    // A wrong password is refused.
    QVERIFY(makeClient(file("refused.db"), QStringLiteral("Secretary")));
    const CliRun refused = runSync(file("refused.db"), *m_server, QStringLiteral("demo-secretary"));
    QVERIFY(refused.code != 0);
    const QString said = refused.out + refused.err;
    QVERIFY2(said.contains(QStringLiteral("401")) ||
                 said.contains(QStringLiteral("password"), Qt::CaseInsensitive),
             qPrintable(said));
}

void TestSyncDemo::editOfADemoRecordPushed() {
    auto coordinator = makeClient(file("coordinator.db"), QStringLiteral("Coordinator"));
    QVERIFY(coordinator);
    PatientRepository patients(*coordinator);
    const QUuid uuid =
        QUuid::fromString(clientValue(*coordinator, QStringLiteral("SELECT id FROM patient LIMIT 1")));
    const QString id = uuid.toString(QUuid::WithoutBraces);
    Patient patient = *patients.find(uuid).value;
    patient.usedName = QStringLiteral("Renommée");
    const StoreResult saved = patients.save(patient);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    coordinator.reset();
    const CliRun run =
        runSync(file("coordinator.db"), *m_server, QStringLiteral("demo-coordinator"), {}, {}, kDemoPassword);
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("pushed: 1 applied")),
             qPrintable(run.out + run.err));
    QCOMPARE(serverValue(QStringLiteral("SELECT version FROM records WHERE id = '%1'").arg(id)),
             QStringLiteral("2"));
    QCOMPARE(
        serverValue(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'update' AND record_id = '%1'")
                        .arg(id)),
        QStringLiteral("demo-coordinator"));
}

QTEST_GUILESS_MAIN(TestSyncDemo)
#include "tst_syncdemo.moc"
