// Planning sessions: meeting days from the schedules (weekly, every n weeks, n-th or last weekday of
// the month), sessions generated once per committee and day, moved or cancelled with their reason,
// other sessions offered to the cases of a cancelled one, and clashes of rooms.
#include "models/planning/clashes.h"
#include "models/planning/schedule.h"
#include "models/store/repositories.h"
#include "services/planningservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

Q_DECLARE_METATYPE(std::vector<QDate>)
Q_DECLARE_METATYPE(concerto::MeetingSchedule)
using planning::meetingDays;

namespace {

MeetingSchedule schedule(int weekday, int everyWeeks = 1, int weekOfMonth = 0, QDate first = {}) {
    MeetingSchedule s;
    s.weekday = weekday;
    s.everyWeeks = everyWeeks;
    s.weekOfMonth = weekOfMonth;
    s.firstMeeting = first;
    s.start = QTime(17, 30);
    return s;
}

std::vector<QDate> days(std::initializer_list<QDate> list) {
    return std::vector<QDate>(list);
}

Session at(const QString &place, const QDateTime &start, int minutes = 90) {
    Session s;
    s.meta.id = QUuid::createUuid();
    s.place = place;
    s.startsAt = start;
    s.durationMinutes = minutes;
    return s;
}

QDateTime utc(int y, int m, int d, int h, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestPlanning : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Rcp m_rcp;

    int journalRows(const QString &entity) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM change_journal WHERE entity = ?"));
        q.addBindValue(entity);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::create(m_dir->filePath(QStringLiteral("plan.db")));
        QVERIFY(m_db);
        m_rcp = test::sampleRcp();
        m_rcp.schedule = schedule(2);
        m_rcp.schedule.place = QStringLiteral("Salle 2");
        m_rcp.schedule.videoLink = QStringLiteral("https://visio.example.fr/rcp");
        QVERIFY(RcpRepository(*m_db).save(m_rcp).ok);
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void meetingDaysFollowTheSchedule_data() {
        QTest::addColumn<MeetingSchedule>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<std::vector<QDate>>("expected");
        const QDate dec1(2026, 12, 1), dec31(2026, 12, 31);
        QTest::newRow("every Tuesday")
            << schedule(2) << dec1 << dec31
            << days({{2026, 12, 1}, {2026, 12, 8}, {2026, 12, 15}, {2026, 12, 22}, {2026, 12, 29}});
        QTest::newRow("every other Tuesday from 8 Dec")
            << schedule(2, 2, 0, QDate(2026, 12, 8)) << dec1 << QDate(2027, 1, 10)
            << days({{2026, 12, 8}, {2026, 12, 22}, {2027, 1, 5}});
        // Asking from the middle of the cycle keeps the same fortnight.
        QTest::newRow("same fortnight from 15 Dec") << schedule(2, 2, 0, QDate(2026, 12, 8))
                                                    << QDate(2026, 12, 15) << dec31 << days({{2026, 12, 22}});
        QTest::newRow("every third week, no first meeting: stable weeks")
            << schedule(4, 3) << QDate(2027, 1, 1) << QDate(2027, 2, 28)
            << days({{2027, 1, 14}, {2027, 2, 4}, {2027, 2, 25}});
        QTest::newRow("first Thursday of the month")
            << schedule(4, 1, 1) << QDate(2027, 1, 1) << QDate(2027, 3, 31)
            << days({{2027, 1, 7}, {2027, 2, 4}, {2027, 3, 4}});
        QTest::newRow("third Monday") << schedule(1, 1, 3) << QDate(2027, 1, 1) << QDate(2027, 2, 28)
                                      << days({{2027, 1, 18}, {2027, 2, 15}});
        QTest::newRow("last Friday") << schedule(5, 1, 5) << QDate(2027, 1, 1) << QDate(2027, 3, 31)
                                     << days({{2027, 1, 29}, {2027, 2, 26}, {2027, 3, 26}});
        QTest::newRow("first meeting later") << schedule(2, 1, 0, QDate(2026, 12, 15)) << dec1 << dec31
                                             << days({{2026, 12, 15}, {2026, 12, 22}, {2026, 12, 29}});
        QTest::newRow("period the wrong way") << schedule(2) << dec31 << dec1 << days({});
        QTest::newRow("no such weekday") << schedule(9) << dec1 << dec31 << days({});
    }
    void meetingDaysFollowTheSchedule() {
        QFETCH(MeetingSchedule, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(std::vector<QDate>, expected);
        QCOMPARE(meetingDays(rule, from, to), expected);
    }

    void meetingsStartInParisTime() {
        QCOMPARE(planning::meetingStart(schedule(2), QDate(2026, 6, 2)), utc(2026, 6, 2, 15, 30));
        QCOMPARE(planning::meetingStart(schedule(2), QDate(2026, 12, 1)), utc(2026, 12, 1, 16, 30));
    }

    void sessionsAreGeneratedOncePerDay() {
        const auto first = planning::generateSessions(*m_db, m_rcp, QDate(2026, 12, 1), QDate(2026, 12, 31));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first->created.size(), std::size_t(5));
        QCOMPARE(first->alreadyPlanned, 0);
        const Session &s = first->created.front();
        QCOMPARE(s.startsAt, utc(2026, 12, 1, 16, 30));
        QCOMPARE(s.registrationDeadline, utc(2026, 11, 29, 16, 30));
        QCOMPARE(s.place, QStringLiteral("Salle 2"));
        QCOMPARE(s.videoLink, QStringLiteral("https://visio.example.fr/rcp"));
        QCOMPARE(journalRows(QStringLiteral("session")), 5); // ordinary writes: they sync
        // Again over a longer period: December is not planned twice.
        const auto second = planning::generateSessions(*m_db, m_rcp, QDate(2026, 12, 1), QDate(2027, 1, 12));
        QVERIFY(second.ok());
        QCOMPARE(second->created.size(), std::size_t(2));
        QCOMPARE(second->alreadyPlanned, 5);
        QCOMPARE(READ(SessionRepository(*m_db).forRcp(m_rcp.meta.id)).size(), std::size_t(7));
    }

    void movedWithItsReasonAndItsCases() {
        const auto made = planning::generateSessions(*m_db, m_rcp, QDate(2026, 12, 1), QDate(2026, 12, 8));
        QVERIFY(made.ok());
        const Session original = made->created.front();
        Patient patient = test::samplePatient();
        QVERIFY(PatientRepository(*m_db).save(patient).ok);
        Inscription registered = test::sampleInscription(original.meta.id, patient.meta.id);
        QVERIFY(InscriptionRepository(*m_db).save(registered).ok);

        const StoreResult noReason =
            planning::moveSession(*m_db, original.meta.id, utc(2026, 12, 3, 16), QStringLiteral("  "));
        QVERIFY(!noReason.ok);
        QVERIFY(noReason.error.contains(QStringLiteral("why")));
        QCOMPARE(READ(SessionRepository(*m_db).find(original.meta.id))->meta.version, original.meta.version);

        QVERIFY(planning::moveSession(*m_db, original.meta.id, utc(2026, 12, 3, 16),
                                      QStringLiteral("Salle en travaux"))
                    .ok);
        QVERIFY(
            planning::moveSession(*m_db, original.meta.id, utc(2026, 12, 4, 16), QStringLiteral("Congrès"))
                .ok);
        const Session moved = *READ(SessionRepository(*m_db).find(original.meta.id));
        QCOMPARE(moved.startsAt, utc(2026, 12, 4, 16));
        QCOMPARE(moved.plannedStart, original.startsAt); // the first planned time, not the intermediate one
        QCOMPARE(moved.moveReason, QStringLiteral("Congrès"));
        QCOMPARE(moved.registrationDeadline,
                 original.registrationDeadline.addSecs(original.startsAt.secsTo(moved.startsAt)));
        QCOMPARE(READ(InscriptionRepository(*m_db).countForSession(original.meta.id)), 1);
    }

    void cancelledWithItsReasonAndOtherSessionsOffered() {
        const auto made = planning::generateSessions(*m_db, m_rcp, QDate(2026, 12, 1), QDate(2026, 12, 31));
        QVERIFY(made.ok());
        const QUuid cancelled = made->created[1].meta.id; // 8 December
        QVERIFY(!planning::cancelSession(*m_db, cancelled, QString()).ok);
        QVERIFY(planning::cancelSession(*m_db, cancelled, QStringLiteral("Grève")).ok);
        const Session s = *READ(SessionRepository(*m_db).find(cancelled));
        QCOMPARE(s.status, SessionStatus::Cancelled);
        QCOMPARE(s.cancellationReason, QStringLiteral("Grève"));
        // A cancelled session is neither moved nor cancelled again.
        QVERIFY(!planning::moveSession(*m_db, cancelled, utc(2026, 12, 9, 16), QStringLiteral("x")).ok);
        QVERIFY(!planning::cancelSession(*m_db, cancelled, QStringLiteral("x")).ok);
        // Its cases are offered the later sessions of the same committee; not the earlier, not another one's.
        Rcp other = test::sampleRcp();
        QVERIFY(RcpRepository(*m_db).save(other).ok);
        QVERIFY(planning::generateSessions(*m_db, other, QDate(2026, 12, 1), QDate(2026, 12, 31)).ok());
        QVERIFY(planning::cancelSession(*m_db, made->created[2].meta.id, QStringLiteral("Férié")).ok);
        const std::vector<Session> offered = READ(planning::sessionsToOffer(*m_db, s, 5));
        QCOMPARE(offered.size(), std::size_t(2)); // 22 and 29 December (15 is cancelled too)
        QCOMPARE(offered[0].meta.id, made->created[3].meta.id);
        QCOMPARE(offered[1].meta.id, made->created[4].meta.id);
    }

    void planSessionsCommand() {
        const QString db = m_db->path();
        const QStringList december{QStringLiteral("plan-sessions"),
                                   QStringLiteral("--from"),
                                   QStringLiteral("2026-12-01"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("2026-12-31"),
                                   QStringLiteral("--db"),
                                   db};
        const test::CliRun first = test::runCli(december);
        QCOMPARE(first.code, 0);
        QCOMPARE(first.out.count(QLatin1Char('\n')), 5);
        QVERIFY2(first.out.startsWith(QStringLiteral("01/12/2026 17:30 RCP digestive")),
                 qPrintable(first.out));
        const test::CliRun again = test::runCli(december);
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QString());
        QVERIFY2(again.err.contains(QStringLiteral("0 sessions made, 5 already planned")),
                 qPrintable(again.err));

        QCOMPARE(test::runCli({QStringLiteral("plan-sessions"), QStringLiteral("--from"),
                               QStringLiteral("01/12/2026"), QStringLiteral("--to"),
                               QStringLiteral("2026-12-31"), QStringLiteral("--db"), db})
                     .code,
                 2);
        const test::CliRun unknown = test::runCli(
            december + QStringList{QStringLiteral("--committee"), QUuid::createUuid().toString()});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("No RCP has the id")));
        QCOMPARE(READ(SessionRepository(*m_db).forRcp(m_rcp.meta.id)).size(), std::size_t(5));
    }

    // Planners at once (four real processes on one file, issue 20): every committee gets each of its
    // sessions once, and every planner exits 0. With the existing sessions read before the write, the
    // planners of 31 committees over two years raced: duplicate committee/day pairs, all exiting 0
    // (and, with schema 12's triggers alone, planners refused in the middle).
    void plannersAtOnceMakeEachSessionOnce() {
        for (int n = 0; n < 30; ++n) {
            Rcp other = test::sampleRcp();
            other.name = QStringLiteral("RCP %1").arg(n);
            other.schedule = schedule(1 + n % 5);
            QVERIFY(RcpRepository(*m_db).save(other).ok);
        }
        const QDate from(2027, 1, 1), to(2028, 12, 31);
        const QStringList args{QStringLiteral("plan-sessions"),
                               QStringLiteral("--from"),
                               from.toString(Qt::ISODate),
                               QStringLiteral("--to"),
                               to.toString(Qt::ISODate),
                               QStringLiteral("--db"),
                               m_db->path()};
        std::vector<std::unique_ptr<QProcess>> planners;
        for (int n = 0; n < 4; ++n) {
            planners.push_back(std::make_unique<QProcess>());
            planners.back()->start(test::cliPath(), args);
        }
        for (auto &p : planners) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM (SELECT rcp_id, board_day FROM session"
                                      " WHERE deleted = 0 GROUP BY rcp_id, board_day HAVING count(*) > 1)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM session WHERE deleted = 0")) && q.next());
        int expected = 0;
        for (const Rcp &r : READ(RcpRepository(*m_db).all()))
            expected += int(meetingDays(r.schedule, from, to).size());
        QCOMPARE(q.value(0).toInt(), expected);
    }

    // The file itself holds one living session a day per committee, whoever writes: the repository and
    // raw SQL are refused, with words; a cancelled session leaves its day free; another committee may
    // meet the same day.
    void theFileHoldsOneSessionADayPerCommittee() {
        const auto made =
            READ(planning::generateSessions(*m_db, m_rcp, QDate(2026, 12, 1), QDate(2026, 12, 8)));
        QCOMPARE(made.created.size(), std::size_t(2));
        SessionRepository sessions(*m_db);
        Session twice = test::sampleSession(m_rcp.meta.id);
        twice.startsAt = utc(2026, 12, 1, 7); // the same Paris day as the first, another hour
        const StoreResult refused = sessions.save(twice);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("already has a session that day")),
                 qPrintable(refused.error));

        QSqlQuery raw(m_db->connection());
        QVERIFY(!raw.exec(
            QStringLiteral("INSERT INTO session (id, updated_at, updated_by, body, rcp_id, starts_at,"
                           " status, board_day) VALUES ('x', '', '', '{}', '%1',"
                           " '2026-12-08T08:00:00.000Z', 'planned', '2026-12-08')")
                .arg(m_rcp.meta.id.toString(QUuid::WithoutBraces))));

        // Moving the second session onto the first one's day is refused too.
        const StoreResult moved = planning::moveSession(*m_db, made.created[1].meta.id, utc(2026, 12, 1, 8),
                                                        QStringLiteral("Salle"));
        QVERIFY(!moved.ok);

        QVERIFY(planning::cancelSession(*m_db, made.created[0].meta.id, QStringLiteral("Grève")).ok);
        QVERIFY2(sessions.save(twice).ok, "a cancelled session leaves its day free");
        Rcp other = test::sampleRcp();
        QVERIFY(RcpRepository(*m_db).save(other).ok);
        Session sameDay = test::sampleSession(other.meta.id);
        sameDay.startsAt = utc(2026, 12, 1, 7);
        QVERIFY(sessions.save(sameDay).ok);
    }

    void clashesOfOneRoom() {
        const std::vector<Session> sessions{
            at(QStringLiteral("Salle 2"), utc(2026, 12, 1, 16)),
            at(QStringLiteral(" salle  2 "), utc(2026, 12, 1, 17)),   // overlaps the first
            at(QStringLiteral("Salle 2"), utc(2026, 12, 1, 18, 30)),  // starts as the second ends
            at(QStringLiteral("Amphithéâtre"), utc(2026, 12, 1, 16)), // another room
            at(QString(), utc(2026, 12, 1, 16)),                      // no room: nothing to say
        };
        const std::vector<planning::Clash> found = planning::clashes(sessions);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].first.meta.id, sessions[0].meta.id);
        QCOMPARE(found[0].second.meta.id, sessions[1].meta.id);
        std::vector<Session> withCancelled = sessions;
        withCancelled[1].status = SessionStatus::Cancelled;
        QVERIFY(planning::clashes(withCancelled).empty());
    }
};

QTEST_GUILESS_MAIN(TestPlanning)
#include "tst_planning.moc"
