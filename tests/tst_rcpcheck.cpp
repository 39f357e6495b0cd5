// The committee editor's checks: each broken committee gets its message at the right field (name,
// nature and scope, week of the month, every n weeks, registration days, video link, guidelines, quorum
// groups and a minimum its groups cannot give), and a well-formed committee has none.
#include "models/validation/rcpcheck.h"
#include "tests/support/fixtures.h"

#include <QTest>

using namespace concerto;
using namespace concerto::validation;

namespace {
Rcp goodRcp() {
    Rcp r = test::sampleRcp();
    r.nationalId = QStringLiteral("1234");
    return r;
}
} // namespace

class TestRcpCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wellFormedHasNoFault() {
        const Rcp r = goodRcp();
        QVERIFY2(checkRcp(r).ok(), qPrintable(checkRcp(r).text()));
        Rcp last = r;
        last.schedule.weekOfMonth = 5; // the last Tuesday of the month
        last.schedule.videoLink = QStringLiteral("https://visio.example.fr/rcp-dig");
        QVERIFY2(checkRcp(last).ok(), qPrintable(checkRcp(last).text()));
    }

    void faultAtItsField_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<int>("fault"); // which change breaks it
        QTest::newRow("empty name") << int(RcpField::Name) << "name of the RCP" << 0;
        QTest::newRow("national id letters") << int(RcpField::NationalId) << "only digits" << 1;
        QTest::newRow("organ rcp without appareil") << int(RcpField::Scope) << "appareil" << 2;
        QTest::newRow("transversal without theme") << int(RcpField::Scope) << "theme" << 3;
        QTest::newRow("unknown nature") << int(RcpField::Nature) << "ORG-999" << 4;
        QTest::newRow("week of month 6") << int(RcpField::Recurrence) << "week of the month" << 5;
        QTest::newRow("every 0 weeks") << int(RcpField::Recurrence) << "every 1 to 12" << 6;
        QTest::newRow("weekday 8") << int(RcpField::Weekday) << "Monday to Sunday" << 7;
        QTest::newRow("registration 40 days") << int(RcpField::RegistrationDays) << "0 to 30" << 8;
        QTest::newRow("video link not a url") << int(RcpField::VideoLink) << "web address" << 9;
        QTest::newRow("guideline without name") << int(RcpField::Guidelines) << "Guideline 2" << 10;
        QTest::newRow("group without specialty") << int(RcpField::QuorumGroups) << "names no specialty" << 11;
        QTest::newRow("group with unknown code") << int(RcpField::QuorumGroups) << "SM999" << 12;
        QTest::newRow("minimum above groups") << int(RcpField::QuorumMinimum) << "can give only 3" << 13;
        QTest::newRow("two groups one specialty") << int(RcpField::QuorumMinimum) << "can give only 2" << 14;
        QTest::newRow("no time") << int(RcpField::Time) << "start time" << 15;
    }
    void faultAtItsField() {
        QFETCH(int, field);
        QFETCH(QString, contains);
        QFETCH(int, fault);
        Rcp r = goodRcp();
        switch (fault) {
        case 0:
            r.name = QStringLiteral("  ");
            break;
        case 1:
            r.nationalId = QStringLiteral("RCP12");
            break;
        case 2:
            r.appareil.clear();
            break;
        case 3:
            r.nature = QString::fromLatin1(kNatureTransversalRcp);
            break;
        case 4:
            r.nature = QStringLiteral("ORG-999");
            break;
        case 5:
            r.schedule.weekOfMonth = 6;
            break;
        case 6:
            r.schedule.everyWeeks = 0;
            break;
        case 7:
            r.schedule.weekday = 8;
            break;
        case 8:
            r.schedule.registrationDays = 40;
            break;
        case 9:
            r.schedule.videoLink = QStringLiteral("salle 2 visio");
            break;
        case 10:
            r.guidelines.push_back({QString(), QStringLiteral("1"), QDate()});
            break;
        case 11:
            r.quorum.requiredGroups.push_back({QStringLiteral("Radiologue"), {}});
            break;
        case 12:
            r.quorum.requiredGroups[0].specialties << QStringLiteral("SM999");
            break;
        case 13:
            r.quorum.minimumSpecialties = 4;
            break;
        case 14: // surgeon and "surgeon again": one specialty between two groups
            r.quorum.requiredGroups[1].specialties = {QStringLiteral("SM14")};
            break;
        case 15:
            r.schedule.start = QTime();
            break;
        }
        const std::vector<RcpFault> faults = rcpFaults(r);
        const QStringList here = faultsOf(faults, RcpField(field));
        QVERIFY2(!here.isEmpty(), qPrintable(checkRcp(r).text()));
        QVERIFY2(here.join(QLatin1Char(' ')).contains(contains), qPrintable(here.join(QLatin1Char('|'))));
        QCOMPARE(faults.size(), std::size_t(here.size())); // nothing else is blamed
    }

    void weekOfMonthWinsOverEveryWeeks() {
        // With a week of the month, "every n weeks" is not used: a stale value is no fault.
        Rcp r = goodRcp();
        r.schedule.weekOfMonth = 2;
        r.schedule.everyWeeks = 0;
        QVERIFY(checkRcp(r).ok());
    }

    void whatGroupsCanGive() {
        QuorumRule rule;
        QCOMPARE(specialtiesGroupsCanGive(rule), 0);
        rule.requiredGroups = {{QStringLiteral("A"), {QStringLiteral("SM14"), QStringLiteral("SM36")}},
                               {QStringLiteral("B"), {QStringLiteral("SM14")}}};
        QCOMPARE(specialtiesGroupsCanGive(rule), 2); // A takes SM36 so that B keeps SM14
        rule.requiredGroups.push_back({QStringLiteral("C"), {QStringLiteral("SM36")}});
        QCOMPARE(specialtiesGroupsCanGive(rule), 2);
        // The words of older records count as their national code.
        rule.requiredGroups.push_back({QStringLiteral("D"), {QStringLiteral("medical-oncology")}});
        QCOMPARE(specialtiesGroupsCanGive(rule), 2);
    }
};

QTEST_GUILESS_MAIN(TestRcpCheck)
#include "tst_rcpcheck.moc"
