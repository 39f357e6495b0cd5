// concerto-cli as a user runs it: exit codes, messages on stderr, one record a line.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>
#include <map>

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
        // A reference date the data cannot be made for is refused before anything is written (it
        // used to pass and fail half-way with an SQL message).
        for (const char *date : {"0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"})
            QTest::addRow("demo --date %s", date)
                << QStringList{QStringLiteral("demo"), QStringLiteral("--date"), QLatin1String(date)}
                << "from 1900-01-01 to 2200-12-31";
        // Every command refuses more positional arguments than it takes.
        QTest::newRow("demo 50") << QStringList{QStringLiteral("demo"), QStringLiteral("50")}
                                 << "\"demo\" takes no arguments, but was given: 50";
        QTest::newRow("init foo") << QStringList{QStringLiteral("init"), QStringLiteral("foo")}
                                  << "\"init\" takes no arguments, but was given: foo";
        QTest::newRow("list two kinds")
            << QStringList{QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("fiches")}
            << "\"list\" takes 1 argument, but was given 2";
        QTest::newRow("check-ins A B")
            << QStringList{QStringLiteral("check-ins"), QStringLiteral("A"), QStringLiteral("B")}
            << "\"check-ins\" takes 1 argument, but was given 2: A B";
    }
    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString untouched = m_dir.filePath(QStringLiteral("untouched.db"));
        const Run r = test::runCli(args + QStringList{QStringLiteral("--db"), untouched});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(untouched)); // a wrong command line writes nothing
    }

    void everyCommandRefusesExtraArguments() {
        // Each command with one argument too many; a command added later must be listed here.
        const QStringList extra{QStringLiteral("extra")};
        const std::map<QString, QStringList> withAllItTakes{
            {QStringLiteral("init"), {}},
            {QStringLiteral("encrypt"), {}},
            {QStringLiteral("demo"), {}},
            {QStringLiteral("local-only"), {}},
            {QStringLiteral("list"), {QStringLiteral("patients")}},
            {QStringLiteral("check-ins"), {QStringLiteral("255081416802538")}},
            {QStringLiteral("check-tnm"), {QStringLiteral("C18.7"), QStringLiteral("T2N0M0")}},
            {QStringLiteral("plan-sessions"), {}},
            {QStringLiteral("import-patients"), {QStringLiteral("patients.csv")}},
            {QStringLiteral("duplicates"), {}},
            {QStringLiteral("stats"),
             {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
              QStringLiteral("2026-12-31")}},
            {QStringLiteral("print-fiche"), {QStringLiteral("0071d000-0313-8b2b-ba9b-a170402eb8ab")}},
            {QStringLiteral("print-session"), {QStringLiteral("0071d000-0113-8b2a-87f0-185f2820487b")}},
            {QStringLiteral("export-cda"), {QStringLiteral("0071d000-01b6-8a02-a712-bd1552a09a7a")}},
            {QStringLiteral("check"), {}},
            {QStringLiteral("sync"), {}},
        };
        const Run all = test::runCli({QStringLiteral("--help")});
        QStringList listed;
        for (const QString &line : all.out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("  ")))
                listed << line.trimmed().section(QLatin1Char(' '), 0, 0);
        listed.removeAll(QStringLiteral("import-nomenclature")); // takes any number of files
        QCOMPARE(listed.size(), int(withAllItTakes.size()));
        for (const QString &name : listed) {
            const auto it = withAllItTakes.find(name);
            QVERIFY2(it != withAllItTakes.end(), qPrintable(name));
            const QString untouched = m_dir.filePath(QStringLiteral("extra-%1.db").arg(name));
            const Run r = test::runCli(QStringList{name} + it->second + extra +
                                       QStringList{QStringLiteral("--db"), untouched});
            QVERIFY2(r.code == 2, qPrintable(name + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("but was given")), qPrintable(r.err));
            QVERIFY(!QFile::exists(untouched));
        }
    }

    void emptyDatabaseNameIsRefused() {
        // An empty --db used to mean the user's own database: it must be refused, not replaced.
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        for (const QStringList &args :
             {QStringList{QStringLiteral("init"), QStringLiteral("--db"), QString()},
              QStringList{QStringLiteral("--db"), QString(), QStringLiteral("list"),
                          QStringLiteral("patients")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5"),
                          QStringLiteral("--db=")}}) {
            const Run r = test::runCli(args, env);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("--db wants a file name")), qPrintable(r.err));
            QVERIFY(QDir(home.path()).isEmpty()); // the default database was not created
        }
        // Without --db, the default database is the one used.
        const Run r = test::runCli({QStringLiteral("init")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("concerto/concerto.db"))));
    }

    void helpForEveryCommand() {
        const Run all = test::runCli({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        for (const char *name : {"init", "list", "demo", "import-nomenclature", "check-ins", "check-tnm",
                                 "plan-sessions", "import-patients", "duplicates", "stats"}) {
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
