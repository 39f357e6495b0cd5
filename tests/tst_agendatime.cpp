// The time a session gives each case to discuss: the planned duration shared in agenda order, each
// case from its own start, and the sessions whose cases need more than they plan (3 minutes a case).
#include "models/planning/agendatime.h"

#include <QtTest>

using namespace concerto;

class TestAgendaTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slotsShareThePlannedDuration() {
        const QDateTime start(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
        const agenda::SessionTiming t = agenda::sessionTiming(start, 120, 57);
        QCOMPARE(int(t.slots.size()), 57);
        QCOMPARE(t.slots.front().start, start);
        QCOMPARE(t.slots[1].start, start.addSecs(126));      // 120 min / 57 = 2 min 6 s
        QCOMPARE(t.slots.back().start, start.addSecs(7074)); // 56 × 126.3 s: no rounding carried over
        QVERIFY(qAbs(t.slots[3].minutes - 120.0 / 57) < 1e-9);
        QCOMPARE(t.plannedMinutes, 120);
        QCOMPARE(t.neededMinutes, 171);
        QVERIFY(!t.fits());
    }

    void aSessionThatFits() {
        const QDateTime start(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC);
        QVERIFY(agenda::sessionTiming(start, 120, 40).fits()); // exactly 3 minutes each
        QVERIFY(!agenda::sessionTiming(start, 120, 41).fits());
        const agenda::SessionTiming none = agenda::sessionTiming(start, 90, 0);
        QVERIFY(none.slots.empty());
        QVERIFY(none.fits());
    }
};

QTEST_GUILESS_MAIN(TestAgendaTime)
#include "tst_agendatime.moc"
