// concerto-cli import-nomenclature run again on the same files, as scripts/run.sh does at every start:
// plainly, it succeeds and doubles nothing but brings the file's version back into use; with
// --if-missing, a set that has a version loaded (a newer one the user imported) is left as it is, the
// missing sets load, and a bad file is still refused.
#include "models/store/nomenclaturerepository.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::nomenclature;

namespace {

const QString kQuorumOid = QStringLiteral("1.2.250.1.213.1.1.4.2.281.16");
const QString kOrganOid = QStringLiteral("1.2.250.1.213.1.1.5.598");

QString reference(const QString &name) {
    return QDir(test::referenceDir()).filePath(name);
}

int count(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestNomenclatureIfMissing : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    test::CliRun import(const QString &db, const QStringList &files, bool ifMissing) {
        QStringList args{QStringLiteral("import-nomenclature"), QStringLiteral("--db"), db};
        if (ifMissing)
            args << QStringLiteral("--if-missing");
        return test::runCli(args + files);
    }

private Q_SLOTS:
    void plainReimportDoublesNothing() {
        const QString path = m_dir.filePath(QStringLiteral("plain.db"));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        const QStringList files{reference(QStringLiteral("JDV_RCP_Organe.xml")),
                                reference(QStringLiteral("JDV_StatutQuorum.xml"))};
        QCOMPARE(import(path, files, false).code, 0);
        const test::CliRun again = import(path, files, false);
        QCOMPARE(again.code, 0);
        QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("replaced the same version")), qPrintable(again.out));
        std::unique_ptr<Database> db = Database::create(path);
        QVERIFY(db);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM nomenclature_set")), 2);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM nomenclature_concept")), 57 + 3);
    }

    void ifMissingLeavesALoadedSetAsItIs() {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        // The user imported a newer quorum set than the reference kit's.
        QCOMPARE(import(path, {test::dataFile(QStringLiteral("nomenclature/quorum-v2.xml"))}, false).code, 0);

        const QStringList kit{reference(QStringLiteral("JDV_StatutQuorum.xml")),
                              reference(QStringLiteral("JDV_RCP_Organe.xml"))};
        const test::CliRun first = import(path, kit, true);
        QCOMPARE(first.code, 0);
        QVERIFY2(first.out.contains(QStringLiteral("already loaded (version 2030.1)")),
                 qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("57 concepts")), qPrintable(first.out));
        const test::CliRun second = import(path, kit, true);
        QCOMPARE(second.code, 0);
        QCOMPARE(second.out.count(QStringLiteral("already loaded")), 2);

        std::unique_ptr<Database> db = Database::create(path);
        QVERIFY(db);
        NomenclatureRepository r(*db);
        QCOMPARE(READ(r.activeSet(kQuorumOid))->version, QStringLiteral("2030.1"));
        QCOMPARE(READ(r.activeSet(kOrganOid))->conceptCount, 57);
        QCOMPARE(int(READ(r.sets()).size()), 2); // the kit's quorum set was never stored
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM nomenclature_concept WHERE oid = '") +
                                kOrganOid + QLatin1Char('\'')),
                 57);
    }

    void ifMissingStillRefusesABadFile() {
        const QString path = m_dir.filePath(QStringLiteral("bad.db"));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        const test::CliRun run = import(path,
                                        {test::dataFile(QStringLiteral("nomenclature/malformed.xml")),
                                         reference(QStringLiteral("JDV_StatutQuorum.xml"))},
                                        true);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("malformed.xml")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("JDV_StatutQuorum_CISIS")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestNomenclatureIfMissing)
#include "tst_nomenclatureifmissing.moc"
