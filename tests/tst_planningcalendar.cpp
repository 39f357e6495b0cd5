// The month and week views of the Planning workspace: each session a chip on its day in the boards'
// clock (Europe/Paris, also at midnight UTC), with its committee and incomplete files; filters by 3C
// and by committee; a click on a chip selects the session in the workspace.
#include "models/itemmodels/sessionlistmodel.h"
#include "services/agendaservice.h"
#include "services/directorylists.h"
#include "services/directoryservice.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/workspaces/planningcalendar.h"
#include "ui/workspaces/planningworkspace.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestPlanningCalendar : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Rcp m_digestive;
    Rcp m_breast;
    Organisation m_north;
    Organisation m_south;
    Session m_late; // 23:30 in Paris on 30 November: 22:30 UTC

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = Database::create(m_dir.filePath(QStringLiteral("calendar.db")));
        QVERIFY(m_db);
        m_north.kind = m_south.kind = OrganisationKind::CoordinationCentre;
        m_north.name = QStringLiteral("3C Nord");
        m_south.name = QStringLiteral("3C Sud");
        QVERIFY(OrganisationRepository(*m_db).save(m_north).ok &&
                OrganisationRepository(*m_db).save(m_south).ok);
        m_digestive = test::sampleRcp();
        m_digestive.organisationId = m_north.meta.id;
        m_breast = test::sampleRcp();
        m_breast.name = QStringLiteral("RCP sein");
        m_breast.organisationId = m_south.meta.id;
        QVERIFY(RcpRepository(*m_db).save(m_digestive).ok && RcpRepository(*m_db).save(m_breast).ok);
        Session digestive = test::sampleSession(m_digestive.meta.id); // 24 Nov, 17:00 in Paris
        QVERIFY(SessionRepository(*m_db).save(digestive).ok);
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        Inscription incomplete = test::sampleInscription(digestive.meta.id, p.meta.id);
        incomplete.clinical.whoStatus = -1;
        QVERIFY(agenda::registerCase(*m_db, incomplete, true).ok);
        m_late = test::sampleSession(m_breast.meta.id);
        m_late.startsAt = QDateTime(QDate(2026, 11, 30), QTime(22, 30), Qt::UTC);
        QVERIFY(SessionRepository(*m_db).save(m_late).ok);
    }

    void monthShowsEveryCommitteeOnItsParisDay() {
        PlanningCalendar c(test::servicesOf(*m_db));
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        c.showPeriod(PlanningCalendar::Mode::Month, QDate(2026, 11, 10));
        QCOMPARE(c.firstDay(), QDate(2026, 10, 26)); // the Monday before 1 November
        QCOMPARE(c.lastDay(), QDate(2026, 12, 6));
        auto n = [](const char *text, int count) {
            return QCoreApplication::translate("concerto::PlanningCalendar", text, nullptr, count);
        };
        // The incomplete cases are counted just after the sessions show.
        QTRY_COMPARE(c.chipsOn(QDate(2026, 11, 24)),
                     QStringList({QStringLiteral("17:00 RCP digestive · ") + n("%Ln case(s)", 1) +
                                  QStringLiteral(", ") + n("%Ln incomplete", 1)}));
        QCOMPARE(c.chipsOn(QDate(2026, 11, 30)),
                 QStringList({QStringLiteral("23:30 RCP sein · ") + n("%Ln case(s)", 0)}));
        QVERIFY(c.chipsOn(QDate(2026, 12, 1)).isEmpty()); // not the UTC day after
    }

    void filtersByCentreAndCommittee() {
        PlanningCalendar c(test::servicesOf(*m_db));
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        c.showPeriod(PlanningCalendar::Mode::Month, QDate(2026, 11, 10));
        QTRY_VERIFY(test::servicesOf(*m_db).directoryLists().isLoaded()); // read off the window's thread
        c.setCentreFilter(m_south.meta.id);
        QVERIFY(c.chipsOn(QDate(2026, 11, 24)).isEmpty());
        QCOMPARE(c.chipsOn(QDate(2026, 11, 30)).size(), 1);
        c.setCentreFilter({});
        c.setCommitteeFilter(m_digestive.meta.id);
        QCOMPARE(c.chipsOn(QDate(2026, 11, 24)).size(), 1);
        QVERIFY(c.chipsOn(QDate(2026, 11, 30)).isEmpty());
    }

    void theFiltersFollowTheDirectory() {
        PlanningCalendar c(test::servicesOf(*m_db));
        auto *committees = c.findChild<QComboBox *>(QStringLiteral("committeeFilter"));
        QVERIFY(committees);
        QTRY_VERIFY(committees->findData(m_digestive.meta.id) >= 0);
        Rcp added = test::sampleRcp();
        added.name = QStringLiteral("RCP thyroïde");
        QVERIFY(RcpRepository(*m_db).save(added).ok);
        // The store announces it: the list is read again and the box shows the new committee.
        QTRY_VERIFY(committees->findData(added.meta.id) >= 0);
        QCOMPARE(committees->itemText(committees->findData(added.meta.id)), QStringLiteral("RCP thyroïde"));
        QVERIFY(committees->isEnabled());
        QCOMPARE(committees->toolTip(), PlanningCalendar::tr("Show one committee"));
    }

    void weekShowsMondayToSunday() {
        PlanningCalendar c(test::servicesOf(*m_db));
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        c.showPeriod(PlanningCalendar::Mode::Week, QDate(2026, 11, 26));
        QCOMPARE(c.firstDay(), QDate(2026, 11, 23));
        QCOMPARE(c.lastDay(), QDate(2026, 11, 29));
        QCOMPARE(c.chipsOn(QDate(2026, 11, 24)).size(), 1);
        QVERIFY(c.chipsOn(QDate(2026, 11, 30)).isEmpty()); // next week
    }

    void aChipSelectsTheSessionInTheWorkspace() {
        PlanningWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showMonth(2026, 10);
        w.views()->setCurrentWidget(w.calendarView());
        w.calendarView()->showPeriod(PlanningCalendar::Mode::Month, QDate(2026, 11, 1));
        QPushButton *chip = nullptr;
        for (QPushButton *b : w.calendarView()->findChildren<QPushButton *>())
            if (b->isVisible() && b->text().startsWith(QStringLiteral("23:30")))
                chip = b;
        QVERIFY(chip);
        chip->click();
        QCOMPARE(w.calendar()->monthShown(), 11);
        const QModelIndex selected = w.table()->selectionModel()->selectedRows().value(0);
        QCOMPARE(selected.data(SessionListModel::SessionIdRole).toUuid(), m_late.meta.id);
    }
};

QTEST_MAIN(TestPlanningCalendar)
#include "tst_planningcalendar.moc"
