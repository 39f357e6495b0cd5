// The statistics and values they cannot read: a fiche whose summary column holds garbage (a WHO status
// "abc", a flag "yes", case facts that are not JSON, a birth date that is no date) makes `stats` fail
// with exit code 1 and a message naming the fiche, never a "not given" count with exit 0; an organ code
// no committee has is refused; and `stats --csv` neutralises the text cells a spreadsheet would run as
// a formula (an apostrophe before '=', '+', '-', '@'), numbers left as they are.
#include "models/store/repositories.h"
#include "reports/indicators.h"
#include "reports/indicatorscsv.h"
#include "tests/support/indicatordata.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

class TestStatsValues : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    test::IndicatorData m_data;
    QString m_fiche; // a fiche of the first half, the one spoiled

    test::CliRun stats(const QStringList &extra = {}) const {
        return test::runCli(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("stats"),
                                        QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                        QStringLiteral("--to"), QStringLiteral("2026-06-30")} +
                            extra);
    }

    static IndicatorFilter period() {
        IndicatorFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        return filter;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = m_dir.filePath(QStringLiteral("stats.db"));
        auto db = Database::create(m_db);
        QVERIFY(db);
        m_data = test::saveIndicatorData(*db);
        QSqlQuery q(db->connection());
        // An unsigned fiche of the period (a signed one cannot be changed at all).
        QVERIFY(q.exec(QStringLiteral("SELECT f.id FROM fiche f JOIN inscription i ON i.id = f.inscription_id"
                                      " JOIN session s ON s.id = i.session_id WHERE f.signed_at IS NULL"
                                      " AND s.starts_at >= '2026-01-01' AND s.starts_at < '2026-07-01'"
                                      " AND f.deleted = 0 LIMIT 1")));
        QVERIFY(q.next());
        m_fiche = q.value(0).toString();
        const test::CliRun r = stats();
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void garbageIsAnErrorNamingTheFiche_data() {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("WHO status") << "frozen_who_status"
                                    << "abc";
        QTest::newRow("WHO status out of range") << "frozen_who_status"
                                                 << "9";
        QTest::newRow("a flag") << "file_complete"
                                << "yes";
        QTest::newRow("case facts") << "case_facts"
                                    << "{not json";
        QTest::newRow("meeting date") << "meeting_date"
                                      << "31/31/2026";
    }
    void garbageIsAnErrorNamingTheFiche() {
        QFETCH(QString, column);
        QFETCH(QString, value);
        QVariant stored = value;
        if (value == QLatin1String("9"))
            stored = 9;
        auto db = Database::open(m_db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM fiche WHERE id = '%2'").arg(column, m_fiche)) &&
                q.next());
        const QVariant before = q.value(0);
        q.finish();
        q.prepare(QStringLiteral("UPDATE fiche SET %1 = ? WHERE id = ?").arg(column));
        q.addBindValue(stored);
        q.addBindValue(m_fiche);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        const StoreRead<Indicators> read = computeIndicators(*db, period());
        QVERIFY(!read.ok());
        QVERIFY2(read.error.contains(m_fiche), qPrintable(read.error));
        const test::CliRun r = stats();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(m_fiche) && r.err.contains(column.endsWith(QLatin1String("who_status"))
                                                               ? QStringLiteral("who_status")
                                                               : column),
                 qPrintable(r.err));

        q.prepare(QStringLiteral("UPDATE fiche SET %1 = ? WHERE id = ?").arg(column));
        q.addBindValue(before);
        q.addBindValue(m_fiche);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(stats().code, 0);
    }

    void anUnknownOrganIsRefused() {
        const test::CliRun r = stats({QStringLiteral("--organ"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nonsense")), qPrintable(r.err));
        QCOMPARE(stats({QStringLiteral("--organ"), QStringLiteral("86762007")}).code, 0);
    }

    void formulasAreNeutralisedInTheCsv() {
        {
            auto db = Database::open(m_db);
            RcpRepository rcps(*db);
            std::optional<Rcp> rcp = READ(rcps.find(m_data.digestive));
            QVERIFY(rcp);
            rcp->appareil = QStringLiteral("=HYPERLINK(\"http://example.org\";\"x\")");
            QVERIFY(rcps.save(*rcp).ok);
        }
        const test::CliRun r = stats({QStringLiteral("--csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral(";=HYPERLINK")) &&
                     !r.out.contains(QStringLiteral(";\"=HYPERLINK")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(";\"'=HYPERLINK(")), qPrintable(r.out));
        // Only text cells that begin so: a key that holds '+' later is left as it is.
        Indicators in;
        in.filter = period();
        in.byOrgan.push_back({QStringLiteral("+33"), QStringLiteral("@label"), 2});
        const QString csv = QString::fromUtf8(indicatorsCsv(in));
        QVERIFY2(csv.contains(QStringLiteral(";organ:+33;'@label;2;")), qPrintable(csv));
    }
};

QTEST_GUILESS_MAIN(TestStatsValues)
#include "tst_statsvalues.moc"
