// The national value sets distributed by the server (on SQLite, and on PostgreSQL in the `_postgresql` run):
// what `admin import-nomenclature` imported reaches a desktop at its next `concerto-cli sync`, stored
// through the store's NomenclatureRepository (the labels then read from it), the newest version of a set
// active whatever order the server lists them in; a sync with nothing new downloads nothing; a file whose
// bytes are not those the server lists (its SHA-256) is refused and nothing of it is stored.
#include "syncsupport.h"

#include "models/store/nomenclaturerepository.h"
#include "postgressupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

namespace {

const QString kQuorumOid = QStringLiteral("1.2.250.1.213.1.1.4.2.281.16");

} // namespace

class TestSyncValueSets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importedSetsReachTheDesktop();
    void nothingNewDownloadsNothing();
    void fileNotAsListedRefused();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    // quorum-v2.xml as an older version of the same set.
    QString olderVersion();

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
};

QString TestSyncValueSets::olderVersion() {
    QFile newer(QStringLiteral(CONCERTO_TEST_DATA "/nomenclature/quorum-v2.xml"));
    if (!newer.open(QIODevice::ReadOnly))
        return {};
    QByteArray content = newer.readAll();
    content.replace("revisionDate=\"2030-01-01T00:00:00+01:00\" version=\"2030.1\"",
                    "revisionDate=\"2025-01-01T00:00:00+01:00\" version=\"2025.1\"");
    content.replace("(révisé)", "(ancien)");
    QFile older(file("quorum-v1.xml"));
    if (!older.open(QIODevice::WriteOnly))
        return {};
    older.write(content);
    return older.fileName();
}

void TestSyncValueSets::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    const QString older = olderVersion();
    QVERIFY(!older.isEmpty());
    // The newer first: the desktop must still end with it active.
    const AdminRun imported = runAdmin(
        m_serverDir.path(), {"import-nomenclature", CONCERTO_TEST_DATA "/nomenclature/quorum-v2.xml", older});
    QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
}

void TestSyncValueSets::importedSetsReachTheDesktop() {
    QVERIFY(makeClient(file("nord.db"), QStringLiteral("Anne")));
    const CliRun run = runSync(file("nord.db"), *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("value sets: 2 loaded")),
             qPrintable(run.out + run.err));
    auto db = makeClient(file("nord.db"), QStringLiteral("Anne"));
    nomenclature::NomenclatureRepository repository(*db);
    const auto sets = repository.sets();
    QVERIFY(sets.ok());
    QCOMPARE(int(sets->size()), 2);
    const auto active = repository.activeSet(kQuorumOid);
    QVERIFY(active.ok() && active->has_value());
    QCOMPARE((*active)->version, QStringLiteral("2030.1"));
    QCOMPARE(*repository.displayName(kQuorumOid, QStringLiteral("ORG-126")),
             QStringLiteral("Quorum atteint (révisé)"));
}

void TestSyncValueSets::nothingNewDownloadsNothing() {
    const CliRun run = runSync(file("nord.db"), *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("value sets: 0 loaded")),
             qPrintable(run.out + run.err));
}

void TestSyncValueSets::fileNotAsListedRefused() {
    // The stored file altered behind the server's back (its listed SHA-256 kept).
    QString error;
    QVERIFY2(
        execServerDb(m_serverDir.path(),
                     QStringLiteral("UPDATE value_sets SET content = %1 WHERE version = '2030.1'")
                         .arg(testsOnPostgres() ? QStringLiteral("convert_to(convert_from(content, 'UTF8') "
                                                                 "|| ' ', 'UTF8')")
                                                : QStringLiteral("CAST(content || ' ' AS BLOB)")),
                     &error),
        qPrintable(error));
    QVERIFY(makeClient(file("sud.db"), QStringLiteral("Sophie")));
    const CliRun run = runSync(file("sud.db"), *m_server, QStringLiteral("sophie"));
    QVERIFY(run.code != 0);
    QVERIFY2(run.err.contains(QStringLiteral("another SHA-256")), qPrintable(run.out + run.err));
    auto db = makeClient(file("sud.db"), QStringLiteral("Sophie"));
    nomenclature::NomenclatureRepository repository(*db);
    const auto active = repository.activeSet(kQuorumOid);
    QVERIFY(active.ok());
    // The older one came first and is kept; the altered newer one is not there.
    QVERIFY(!active->has_value() || (*active)->version == QStringLiteral("2025.1"));
}

QTEST_GUILESS_MAIN(TestSyncValueSets)
#include "tst_syncvaluesets.moc"
