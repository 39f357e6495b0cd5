// The boards' clock (Europe/Paris) whatever the machine's zone: conversions, the summer-time rule used
// when the system has no zone data, and the session list and `list sessions` on a UTC machine.
#include "models/domain/boardtime.h"
#include "models/domain/clock.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "models/store/database.h"
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QTimeZone>
#include <QtTest>
#include <ctime>

using namespace concerto;

class TestBoardTime : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        // The machine runs in UTC, as servers and many laptops do.
        qputenv("TZ", "UTC");
        tzset();
        qputenv("CONCERTO_LANGUAGE", "en");
        QVERIFY(QTimeZone(QByteArrayLiteral("Europe/Paris")).isValid()); // tzdata is installed by setup.sh
    }

    void readsParisWallClock_data() {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("winter") << QDateTime(QDate(2026, 11, 24), QTime(7, 0), Qt::UTC) << QDate(2026, 11, 24)
                                << QTime(8, 0);
        QTest::newRow("summer") << QDateTime(QDate(2026, 6, 2), QTime(6, 0), Qt::UTC) << QDate(2026, 6, 2)
                                << QTime(8, 0);
        QTest::newRow("late evening, next day in Paris")
            << QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC) << QDate(2027, 1, 1) << QTime(0, 30);
    }
    void readsParisWallClock() {
        QFETCH(QDateTime, utc);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const QDateTime board = toBoardTime(utc);
        QCOMPARE(board.date(), date);
        QCOMPARE(board.time(), time);
        QCOMPARE(fromBoardTime(date, time), utc);
    }

    // The one clock: "today" is the Paris day whatever the machine's zone (on a UTC machine at 23:30 on
    // 31 December, Paris already reads 1 January), a test sets it, and the store's stamps follow it.
    void theClockReadsTheBoardsDay() {
        clock::set([] { return QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC); });
        QCOMPARE(clock::today(), QDate(2027, 1, 1));
        QCOMPARE(clock::nowUtc(), QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC));
        clock::set([] { return QDateTime(QDate(2026, 7, 14), QTime(21, 59), Qt::UTC); });
        QCOMPARE(clock::today(), QDate(2026, 7, 14)); // 23:59 in Paris, summer time
        auto db = Database::create(m_dir.filePath(QStringLiteral("clock.db")));
        QVERIFY(db);
        QCOMPARE(db->now(), QDateTime(QDate(2026, 7, 14), QTime(21, 59), Qt::UTC));
        clock::set({});
        QVERIFY(qAbs(clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }

    void skippedAndRepeatedHours() {
        // 29 March 2026, 02:30 does not exist in Paris: read one hour later (03:30 CEST = 01:30 UTC).
        QCOMPARE(fromBoardTime(QDate(2026, 3, 29), QTime(2, 30)),
                 QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
        // 25 October 2026, 02:30 happens twice: the first one (CEST, 00:30 UTC).
        QCOMPARE(fromBoardTime(QDate(2026, 10, 25), QTime(2, 30)),
                 QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    }

    // The fallback rule must agree with the zone data around every change of clock, 1996–2037.
    void ruleAgreesWithZoneData() {
        const QTimeZone paris(QByteArrayLiteral("Europe/Paris"));
        int checked = 0;
        for (int year = 1996; year <= 2037; ++year) {
            for (int month : {3, 10}) {
                const QDate last(year, month, QDate(year, month, 1).daysInMonth());
                const QDate sunday = last.addDays(-(last.dayOfWeek() % 7));
                for (int minutes : {-61, -1, 0, 1, 59, 61}) {
                    const QDateTime utc = QDateTime(sunday, QTime(1, 0), Qt::UTC).addSecs(60 * minutes);
                    QCOMPARE(detail::europeanRuleOffset(utc), paris.offsetFromUtc(utc));
                    ++checked;
                }
            }
        }
        QCOMPARE(checked, 42 * 2 * 6);
    }

    void sessionListShowsBoardTime() {
        QString error;
        const auto opened = Database::create(m_dir.filePath(QStringLiteral("time.db")), &error);
        QVERIFY2(opened, qPrintable(error));
        Database &db = *opened;
        Rcp rcp = test::sampleRcp();
        QVERIFY(RcpRepository(db).save(rcp).ok);
        // An 08:00 board on 1 December (07:00 UTC), and a 00:30 one on 2 December (1 December 23:30 UTC).
        Session morning = test::sampleSession(rcp.meta.id);
        morning.startsAt = QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC);
        Session night = test::sampleSession(rcp.meta.id);
        night.startsAt = QDateTime(QDate(2026, 12, 1), QTime(23, 30), Qt::UTC);
        QVERIFY(SessionRepository(db).save(morning).ok);
        QVERIFY(SessionRepository(db).save(night).ok);

        SessionListModel model(db);
        model.setPeriod(QDate(2026, 12, 1), QDate(2026, 12, 1));
        QCOMPARE(model.rowCount(), 1); // the 00:30 board belongs to 2 December in Paris
        QCOMPARE(model.index(0, SessionListModel::TimeColumn).data().toString(),
                 QLocale().toString(QTime(8, 0), QLocale::ShortFormat));
        QCOMPARE(model.rowOfDate(QDate(2026, 12, 1)), 0);
        model.setPeriod(QDate(2026, 12, 2), QDate(2026, 12, 2));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SessionListModel::DateColumn).data(SessionListModel::StartDateRole).toDate(),
                 QDate(2026, 12, 2));

        QProcessEnvironment utc;
        utc.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        const test::CliRun run = test::runCli(
            {QStringLiteral("list"), QStringLiteral("sessions"), QStringLiteral("--db"), db.path()}, utc);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("01/12/2026 08:00")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("02/12/2026 00:30")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestBoardTime)
#include "tst_boardtime.moc"
