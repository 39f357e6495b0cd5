// The demo rule on late registrations follows the late mark: a case registered after its session's
// deadline passes only when marked late (agenda::markLateIfAfterDeadline), and a case marked late must
// have come after the deadline.
#include "models/planning/agenda.h"
#include "tests/support/demorules.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test;

class TestAgendaLateRule : public QObject {
    Q_OBJECT

    bool breaksLateRule(const Inscription &i, const Session &s) {
        const Fiche fiche;
        const Patient patient;
        return demorules::check({&fiche, &i, &s, &patient, nullptr})
                   .count(QStringLiteral("late-registration")) == 1;
    }

private Q_SLOTS:
    void theRuleFollowsTheMark() {
        Session s;
        s.startsAt = QDateTime(QDate(2024, 5, 14), QTime(12, 0), Qt::UTC);
        s.registrationDeadline = s.startsAt.addDays(-2);
        Inscription i;
        i.registeredAt = s.registrationDeadline.addSecs(-3600);
        QVERIFY(!agenda::markLateIfAfterDeadline(i, s, i.registeredAt));
        QVERIFY(!breaksLateRule(i, s)); // on time, not marked

        i.registeredAt = s.registrationDeadline.addSecs(60);
        QVERIFY(breaksLateRule(i, s)); // after the deadline, not marked: broken
        QVERIFY(agenda::markLateIfAfterDeadline(i, s, i.registeredAt));
        QVERIFY(!breaksLateRule(i, s)); // marked late: accepted

        i.registeredAt = s.registrationDeadline.addSecs(-60);
        QVERIFY(breaksLateRule(i, s)); // marked late but on time: broken
    }
};

QTEST_GUILESS_MAIN(TestAgendaLateRule)
#include "tst_agendalaterule.moc"
