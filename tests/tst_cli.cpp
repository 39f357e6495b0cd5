// concerto-cli as a user runs it: exit codes, messages on stderr, one record a line.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

namespace {
using Run = test::CliRun;
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << "Usage";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command";
        QTest::newRow("list without kind")
            << QStringList{QStringLiteral("list")} << "patients, sessions or fiches";
        QTest::newRow("list bad kind") << QStringList{QStringLiteral("list"), QStringLiteral("doctors")}
                                       << "patients, sessions or fiches";
        QTest::newRow("signed on patients")
            << QStringList{QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--signed")}
            << "--signed";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("init"), QStringLiteral("--bogus")} << "bogus";
    }
    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = test::runCli(args + QStringList{QStringLiteral("--db"), db()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpForEveryCommand() {
        const Run all = test::runCli({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        for (const char *name : {"init", "list", "demo", "import-nomenclature", "check-ins"}) {
            QVERIFY2(all.out.contains(QLatin1String(name)), name);
            const Run one = test::runCli({QLatin1String(name), QStringLiteral("--help")});
            QCOMPARE(one.code, 0);
            QVERIFY(one.out.contains(QStringLiteral("--db")));
            QVERIFY2(one.out.contains(QStringLiteral("concerto-cli %1 [options]").arg(QLatin1String(name))),
                     qPrintable(one.out));
        }
    }

    void initCreatesTheDatabase() {
        const Run r = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("(schema %1)").arg(migrations::latestVersion())),
                 qPrintable(r.out));
        QVERIFY(QFile::exists(db()));
    }

    void badDatabaseFileFails() {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database at all, just text that happens to be long enough");
        f.close();
        const Run r = test::runCli(
            {QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), garbage});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("garbage.db")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void listsOneRecordALine() {
        const QString path = m_dir.filePath(QStringLiteral("list.db"));
        Fiche fiche;
        {
            auto database = Database::create(path);
            QVERIFY(database);
            fiche = test::saveSampleCase(*database);
        }
        Run r =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, json::idText(fiche.patientId) + QStringLiteral("\tMARTIN Marie, 14/08/1955, QUAL\n"));
        r = test::runCli({QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(json::idText(fiche.sessionId) + QLatin1Char('\t')), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("RCP digestive")));
        r = test::runCli({QStringLiteral("list"), QStringLiteral("fiches"), QStringLiteral("--db"), path});
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.contains(QStringLiteral("draft")));
        r = test::runCli({QStringLiteral("list"), QStringLiteral("fiches"), QStringLiteral("--signed"),
                          QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QString());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
