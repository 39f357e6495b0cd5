// The desktop started the way scripts/run.sh starts it, with real processes: a `--demo` server, the real
// `concerto` on the offscreen platform with --sync-server, --sync-ca and --sync-user (kept in its settings,
// read back here) and CONCERTO_PASSWORD, which signs it in once at start so that it pulls the region by
// itself; without the password it waits for a person, and with --no-sync it stays away. And `concerto-cli
// local-only`, which run.sh asks before pulling a region into a file: a local demo counts, a new file or one
// filled by sync does not.
#include "syncsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

namespace {

constexpr int kPatients = 30;
const QByteArray kDemoPassword = QByteArrayLiteral("concerto-demo");
const QString kUser = QStringLiteral("demo-coordinator");

} // namespace

class TestSyncDesktopStart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void localOnlyCountsALocalDemo();
    void optionsPresetTheAccountAndPasswordSignsIn();
    void withoutPasswordNoSignIn();
    void noSyncLeavesALocalDemoAlone();
    void wrongServerOptionRefused();
    void cleanupTestCase();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("config/Concerto/Concerto.conf")); }
    // The desktop on `database`, its settings and data under the test's folder, with `arguments` and, when
    // not null, CONCERTO_PASSWORD.
    std::unique_ptr<QProcess> startDesktop(const QString &database, const QStringList &arguments,
                                           const QByteArray &password);
    // The desktop run for `milliseconds`, then ended: what it printed (it must still run at the end).
    QString runDesktopFor(const QString &database, const QStringList &arguments, const QByteArray &password,
                          int milliseconds);
    // `concerto-cli local-only` on `database`: its output, or "failed: …".
    QString localOnly(const QString &database);
    int patientsIn(const QString &database);

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    int m_coordinatorPatients = 0;
};

std::unique_ptr<QProcess> TestSyncDesktopStart::startDesktop(const QString &database,
                                                             const QStringList &arguments,
                                                             const QByteArray &password) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("concerto.sync.info=true"));
    // No keychain: the session stays in memory, and nothing of the tester's own keychain is read.
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
    environment.remove(QStringLiteral("CONCERTO_PASSWORD"));
    if (!password.isNull())
        environment.insert(QStringLiteral("CONCERTO_PASSWORD"), QString::fromUtf8(password));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(CONCERTO_DESKTOP),
                   QStringList{QStringLiteral("--db"), database} + arguments);
    return process;
}

QString TestSyncDesktopStart::runDesktopFor(const QString &database, const QStringList &arguments,
                                            const QByteArray &password, int milliseconds) {
    auto desktop = startDesktop(database, arguments, password);
    if (!desktop->waitForStarted())
        return QStringLiteral("not started");
    QTest::qWait(milliseconds);
    QString output = QString::fromUtf8(desktop->readAll());
    if (desktop->state() != QProcess::Running)
        output += QStringLiteral("\n(the desktop had ended)");
    desktop->terminate();
    if (!desktop->waitForFinished(10000)) {
        desktop->kill();
        desktop->waitForFinished();
    }
    return output;
}

QString TestSyncDesktopStart::localOnly(const QString &database) {
    const CliRun run = runCli({QStringLiteral("--db"), database, QStringLiteral("local-only")});
    return run.code == 0 ? run.out.trimmed() : QStringLiteral("failed: ") + run.err;
}

int TestSyncDesktopStart::patientsIn(const QString &database) {
    const CliRun run =
        runCli({QStringLiteral("--db"), database, QStringLiteral("list"), QStringLiteral("patients")});
    return run.code == 0 ? int(run.out.count(QLatin1Char('\n'))) : -1;
}

void TestSyncDesktopStart::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    m_server->setExtraArguments(
        {QStringLiteral("--demo"), QStringLiteral("--demo-patients"), QString::number(kPatients)});
    QVERIFY2(m_server->launch() && m_server->waitUntilListening(180000), qPrintable(m_server->output()));
    // What the coordinator's first sync pulls, through the command line.
    QCOMPARE(runCli({QStringLiteral("--db"), file("cli.db"), QStringLiteral("init")}).code, 0);
    const CliRun run = runSync(file("cli.db"), *m_server, kUser, {}, {}, kDemoPassword);
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    m_coordinatorPatients = patientsIn(file("cli.db"));
    QVERIFY(m_coordinatorPatients > 0);
}

void TestSyncDesktopStart::localOnlyCountsALocalDemo() {
    QCOMPARE(runCli({QStringLiteral("--db"), file("new.db"), QStringLiteral("init")}).code, 0);
    QCOMPARE(localOnly(file("new.db")), QStringLiteral("0"));
    // A file filled by sync holds server records only.
    QCOMPARE(localOnly(file("cli.db")), QStringLiteral("0"));
    // A local demo (what scripts/run.sh made before it had a server): every record of it counts.
    QCOMPARE(runCli({QStringLiteral("--db"), file("local.db"), QStringLiteral("init")}).code, 0);
    const CliRun demo = runCli({QStringLiteral("--db"), file("local.db"), QStringLiteral("demo"),
                                QStringLiteral("--patients"), QStringLiteral("5")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const QString local = localOnly(file("local.db"));
    QVERIFY2(local.toInt() > 5, qPrintable(local));
    // A missing file is not an empty one: the command fails and makes nothing.
    QVERIFY(localOnly(file("missing.db")).startsWith(QLatin1String("failed: ")));
    QVERIFY(!QFile::exists(file("missing.db")));
}

void TestSyncDesktopStart::optionsPresetTheAccountAndPasswordSignsIn() {
    QCOMPARE(runCli({QStringLiteral("--db"), file("desktop.db"), QStringLiteral("init")}).code, 0);
    const QString server = m_server->url({}).toString();
    auto desktop = startDesktop(file("desktop.db"),
                                {QStringLiteral("--sync-server"), server, QStringLiteral("--sync-ca"),
                                 m_server->caFile(), QStringLiteral("--sync-user"), kUser},
                                kDemoPassword);
    QVERIFY(desktop->waitForStarted());
    // The desktop signs in by itself and pulls what the command line pulled. Its log says when a sync
    // ended; the file is read after that (concerto-cli reading it while the desktop opens its connections
    // can fail them with "disk I/O error", which is not what this test is about).
    QString output;
    QElapsedTimer waited;
    waited.start();
    while (!output.contains(QStringLiteral("concerto.sync: sync done:")) && waited.elapsed() < 90000 &&
           desktop->state() == QProcess::Running) {
        desktop->waitForReadyRead(500);
        output += QString::fromUtf8(desktop->readAll());
    }
    QVERIFY2(desktop->state() == QProcess::Running, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("concerto.sync: sync done:")), qPrintable(output));
    const int patients = patientsIn(file("desktop.db"));
    QVERIFY2(patients == m_coordinatorPatients,
             qPrintable(QStringLiteral("%1 patients of %2; the desktop said: %3")
                            .arg(patients)
                            .arg(m_coordinatorPatients)
                            .arg(output)));
    QCOMPARE(localOnly(file("desktop.db")), QStringLiteral("0"));
    // The signed-in account is who works on the desktop now: its profile, with its role.
    QTRY_COMPARE_WITH_TIMEOUT(
        QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("profiles/current")).toString(),
        kUser, 10000);
    desktop->terminate();
    if (!desktop->waitForFinished(10000)) {
        desktop->kill();
        desktop->waitForFinished();
    }
    // The account is in the settings, the CA as an absolute path; the password is not.
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("sync/server")).toString(), server);
    QCOMPARE(settings.value(QStringLiteral("sync/caFile")).toString(), m_server->caFile());
    QCOMPARE(settings.value(QStringLiteral("sync/user")).toString(), kUser);
    const int profiles = settings.beginReadArray(QStringLiteral("profiles/list"));
    QString role;
    for (int i = 0; i < profiles; ++i) {
        settings.setArrayIndex(i);
        if (settings.value(QStringLiteral("name")).toString() == kUser)
            role = settings.value(QStringLiteral("role")).toString();
    }
    settings.endArray();
    QCOMPARE(role, QStringLiteral("coordinator"));
    QFile saved(settingsFile());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(kDemoPassword));
}

void TestSyncDesktopStart::withoutPasswordNoSignIn() {
    // The account saved by the test before, no password: the desktop waits for a person to sign in.
    QCOMPARE(runCli({QStringLiteral("--db"), file("waiting.db"), QStringLiteral("init")}).code, 0);
    const QString output = runDesktopFor(file("waiting.db"), {}, QByteArray(), 4000);
    QVERIFY2(!output.contains(QStringLiteral("sync done")) && !output.contains(QStringLiteral("had ended")),
             qPrintable(output));
    QCOMPARE(patientsIn(file("waiting.db")), 0);
    QCOMPARE(QSettings(settingsFile(), QSettings::IniFormat).value(QStringLiteral("sync/user")).toString(),
             kUser);
}

void TestSyncDesktopStart::noSyncLeavesALocalDemoAlone() {
    // What scripts/run.sh does with a file holding a local demo: the account stays, the password is
    // there, and yet nothing of the region comes in.
    const int before = patientsIn(file("local.db"));
    QVERIFY(before > 0);
    const QString output =
        runDesktopFor(file("local.db"), {QStringLiteral("--no-sync")}, kDemoPassword, 4000);
    QVERIFY2(!output.contains(QStringLiteral("sync done")) && !output.contains(QStringLiteral("had ended")),
             qPrintable(output));
    QCOMPARE(patientsIn(file("local.db")), before);
}

void TestSyncDesktopStart::wrongServerOptionRefused() {
    auto desktop = startDesktop(file("waiting.db"),
                                {QStringLiteral("--sync-server"), QStringLiteral("http://127.0.0.1:1"),
                                 QStringLiteral("--sync-user"), QStringLiteral("someone")},
                                QByteArray());
    QVERIFY(desktop->waitForFinished(30000));
    QCOMPARE(desktop->exitCode(), 2);
    QVERIFY(QString::fromUtf8(desktop->readAll()).contains(QStringLiteral("https://")));
    // Nothing of a refused command line is kept.
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("sync/server")).toString(), m_server->url({}).toString());
    QCOMPARE(settings.value(QStringLiteral("sync/user")).toString(), kUser);
}

void TestSyncDesktopStart::cleanupTestCase() {
    if (m_server)
        QCOMPARE(m_server->stop(), 0);
}

QTEST_GUILESS_MAIN(TestSyncDesktopStart)
#include "tst_syncdesktopstart.moc"
