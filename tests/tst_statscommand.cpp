// concerto-cli stats as a user runs it: the figures of the test activity in the table and in the CSV,
// the filters, a wrong command line refused with exit code 2 before the database is opened, and an
// unknown committee refused with exit code 1.
#include "tests/support/indicatordata.h"
#include "tests/support/testsupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace concerto;

class TestStatsCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    test::IndicatorData m_data;

    test::CliRun stats(const QStringList &args) const {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("stats")} + args);
    }
    static QStringList firstHalf() {
        return {QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                QStringLiteral("2026-06-30")};
    }
    // The value printed on the table's line that starts with `label`.
    static QString tableValue(const QString &out, const QString &label) {
        const QRegularExpression line(
            QStringLiteral("^  %1\\s+(\\S+)").arg(QRegularExpression::escape(label)),
            QRegularExpression::MultilineOption);
        return line.match(out).captured(1);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("stats.db"));
        QString error;
        std::unique_ptr<Database> db = Database::create(m_db, &error);
        QVERIFY2(db, qPrintable(error));
        m_data = test::saveIndicatorData(*db);
    }

    void table() {
        const test::CliRun r = stats(firstHalf());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Activity indicators from 2026-01-01 to 2026-06-30")));
        QCOMPARE(tableValue(r.out, QStringLiteral("Sessions held")), QStringLiteral("4"));
        QCOMPARE(tableValue(r.out, QStringLiteral("Fiches (an amended fiche counts once)")),
                 QStringLiteral("6"));
        QCOMPARE(tableValue(r.out, QStringLiteral("New patients (first fiche ever)")), QStringLiteral("4"));
        QVERIFY2(r.out.contains(QStringLiteral("60 % of 5")), qPrintable(r.out)); // quorum met, of discussed
        QCOMPARE(tableValue(r.out, QStringLiteral("Registration to meeting (6 cases)")), QStringLiteral("8"));
        QCOMPARE(tableValue(r.out, QStringLiteral("Système digestif")), QStringLiteral("3"));
    }

    // On a French system (no language chosen for Concerto), the table is in French: titles, labels,
    // percentages.
    void frenchOnAFrenchSystem() {
        QProcessEnvironment french;
        french.insert(QStringLiteral("CONCERTO_LANGUAGE"), QString());
        for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES"})
            french.insert(QLatin1String(name), QStringLiteral("fr_FR.UTF-8"));
        french.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr_FR:fr"));
        const test::CliRun r = test::runCli(
            QStringList{QStringLiteral("--db"), m_db, QStringLiteral("stats")} + firstHalf(), french);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Indicateurs d'activité du 2026-01-01 au 2026-06-30")),
                 qPrintable(r.out));
        QCOMPARE(tableValue(r.out, QStringLiteral("Séances tenues")), QStringLiteral("4"));
        QVERIFY2(QString(r.out).replace(QChar(0xa0), QLatin1Char(' ')).contains(QStringLiteral("60 % de 5")),
                 qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Sessions held")) && !r.out.contains(QStringLiteral(" of ")),
                 qPrintable(r.out));
    }

    void csvOnStandardOutput() {
        const test::CliRun r = stats(firstHalf() + QStringList{QStringLiteral("--csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The bytes as Excel reads them (QString::fromUtf8 drops the byte-order mark).
        QProcess raw;
        raw.start(test::cliPath(), QStringList{QStringLiteral("--db"), m_db, QStringLiteral("stats"),
                                               QStringLiteral("--csv")} +
                                       firstHalf());
        QVERIFY(raw.waitForFinished(60000));
        QVERIFY(raw.readAllStandardOutput().startsWith("\xEF\xBB\xBFsection;key;label;"));
        QVERIFY(r.out.contains(
            QStringLiteral("\r\nActivity;fiches;Fiches (an amended fiche counts once);6;;\r\n")));
        QVERIFY(r.out.contains(QStringLiteral(";quorum-met;Quorum met (of discussed cases);3;60;5\r\n")));
        QVERIFY(!r.out.contains(QStringLiteral("Activity indicators from")));
    }

    void filters() {
        test::CliRun r = stats(firstHalf() + QStringList{QStringLiteral("--committee"),
                                                         m_data.thoracic.toString(QUuid::WithoutBraces)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(tableValue(r.out, QStringLiteral("Fiches (an amended fiche counts once)")),
                 QStringLiteral("1"));
        r = stats(firstHalf() + QStringList{QStringLiteral("--centre"), m_data.centreB.toString()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(tableValue(r.out, QStringLiteral("Fiches (an amended fiche counts once)")),
                 QStringLiteral("2"));
        r = stats(firstHalf() + QStringList{QStringLiteral("--organ"), QStringLiteral("69695003")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(tableValue(r.out, QStringLiteral("Fiches (an amended fiche counts once)")),
                 QStringLiteral("3"));
    }

    void wrongCommandLinesExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no period") << QStringList{};
        QTest::newRow("no end") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-01-01")};
        QTest::newRow("French date") << QStringList{QStringLiteral("--from"), QStringLiteral("01/01/2026"),
                                                    QStringLiteral("--to"), QStringLiteral("2026-06-30")};
        QTest::newRow("short date") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-1-1"),
                                                   QStringLiteral("--to"), QStringLiteral("2026-06-30")};
        QTest::newRow("no such day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30"),
                                                    QStringLiteral("--to"), QStringLiteral("2026-06-30")};
        QTest::newRow("backwards") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-06-30"),
                                                  QStringLiteral("--to"), QStringLiteral("2026-01-01")};
        QTest::newRow("committee not an id")
            << firstHalf() + QStringList{QStringLiteral("--committee"), QStringLiteral("digestive")};
        QTest::newRow("empty organ") << firstHalf() + QStringList{QStringLiteral("--organ="), QString()};
        QTest::newRow("extra argument") << firstHalf() + QStringList{QStringLiteral("extra")};
    }
    void wrongCommandLinesExitWithTwo() {
        QFETCH(QStringList, args);
        const QString untouched = m_dir.filePath(QStringLiteral("untouched.db"));
        const test::CliRun r =
            test::runCli(QStringList{QStringLiteral("--db"), untouched, QStringLiteral("stats")} + args);
        QVERIFY2(r.code == 2, qPrintable(QString::number(r.code) + QLatin1Char(' ') + r.err));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(untouched));
    }

    void unknownCommitteeOrCentreExitsWithOne() {
        test::CliRun r = stats(firstHalf() + QStringList{QStringLiteral("--committee"),
                                                         QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No committee")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = stats(firstHalf() + QStringList{QStringLiteral("--centre"), m_data.establishment.toString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a 3C")), qPrintable(r.err));
    }

    void missingDatabaseExitsWithOne() {
        const test::CliRun r =
            test::runCli(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")),
                                     QStringLiteral("stats")} +
                         firstHalf());
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatsCommand)
#include "tst_statscommand.moc"
