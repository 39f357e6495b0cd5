// The Fiches workspace's filters as a secretary uses them: dates typed the French way, presets, the
// patient field (Escape clears it), a message in place of the table when nothing matches (with a way to
// clear the filters), the filters kept for the next workspace opened while the application runs and
// (but for the patient typed) for the next start, and
// Tab going through the filters, the table and the fiche's pages.
#include "models/itemmodels/fichelistmodel.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "ui/printing/fichepreview.h"
#include "ui/workspaces/fichefilterbar.h"
#include "ui/workspaces/fichesworkspace.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace concerto;

class TestFicheFilterBar : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::DocumentCase m_case;

private Q_SLOTS:
    void initTestCase() { m_db = test::openDocumentTestDatabase(m_dir, QStringLiteral("bar.db"), m_case); }

    void init() {
        FicheFilterBar bar(test::servicesOf(*m_db));
        bar.clear(); // what a test chose is not the next one's start
    }

    void datesTypedTheFrenchWay() {
        QCOMPARE(FicheFilterBar::parseDate(QStringLiteral("18/09/2025")), QDate(2025, 9, 18));
        QCOMPARE(FicheFilterBar::parseDate(QStringLiteral("8/9/2025")), QDate(2025, 9, 8));
        QCOMPARE(FicheFilterBar::parseDate(QStringLiteral(" 18.09.2025 ")), QDate(2025, 9, 18));
        QCOMPARE(FicheFilterBar::parseDate(QStringLiteral("18-09-25")), QDate(2025, 9, 18));
        QCOMPARE(FicheFilterBar::parseDate(QStringLiteral("18092025")), QDate(2025, 9, 18));
        QVERIFY(!FicheFilterBar::parseDate(QStringLiteral("2025-09-18")).isValid()); // not month first
        QVERIFY(!FicheFilterBar::parseDate(QStringLiteral("31/02/2025")).isValid());
        QVERIFY(!FicheFilterBar::parseDate(QStringLiteral("18/09")).isValid());
        QVERIFY(!FicheFilterBar::parseDate(QString()).isValid());
    }

    void presetsAreDatesUpToToday() {
        const QDate today(2026, 11, 28);
        using P = FicheFilterBar;
        QCOMPARE(P::periodDates(P::Last12Months, today), std::make_pair(QDate(2025, 11, 28), today));
        QCOMPARE(P::periodDates(P::Last30Days, today), std::make_pair(QDate(2026, 10, 29), today));
        QCOMPARE(P::periodDates(P::LastYear, today), std::make_pair(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        QVERIFY(!P::periodDates(P::AnyDate, today).first.isValid());
    }

    void typingADateChoosesThePeriod() {
        FicheFilterBar bar(test::servicesOf(*m_db));
        QSignalSpy changed(&bar, &FicheFilterBar::filterChanged);
        bar.setPeriod(FicheFilterBar::Last12Months);
        QCOMPARE(changed.size(), 1);
        QVERIFY(bar.filter().from.isValid());
        bar.fromField()->selectAll();
        // Not a date yet, or a short year on the way to a long one: nothing applied while typing.
        QTest::keyClicks(bar.fromField(), QStringLiteral("01/06/202"));
        QCOMPARE(bar.periodBox()->currentIndex(), int(FicheFilterBar::ChosenDates));
        QCOMPARE(changed.size(), 1);
        QTest::keyClicks(bar.fromField(), QStringLiteral("6"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(bar.filter().from, QDate(2026, 6, 1));
        bar.toField()->clear();
        QTest::keyClicks(bar.toField(), QStringLiteral("31/13/2026")); // no 13th month: left out, in red
        QVERIFY(!bar.filter().to.isValid());
        Q_EMIT bar.toField()->editingFinished();
        QVERIFY(bar.toField()->styleSheet().contains(QStringLiteral("border")));
        bar.toField()->clear();
        const qsizetype before = changed.size();
        QTest::keyClicks(bar.toField(), QStringLiteral("30/06/26")); // a short year, once the field is left
        QCOMPARE(changed.size(), before);
        Q_EMIT bar.toField()->editingFinished();
        QCOMPARE(changed.size(), before + 1);
        QCOMPARE(bar.filter().to, QDate(2026, 6, 30));
        QVERIFY(bar.toField()->styleSheet().isEmpty());
    }

    void nothingMatchesSaysSoInsteadOfAnEmptyTable() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.emptyMessage().isEmpty());
        QVERIFY(w.table()->isVisible());
        FicheFilter f;
        f.status = FicheFilter::Status::Draft; // the fixture's fiche is signed
        w.setFilter(f);
        QCOMPARE(w.filterBar()->statusBox()->currentIndex(), int(FicheFilter::Status::Draft));
        QCOMPARE(w.emptyMessage(), QStringLiteral("No fiche matches these filters."));
        QVERIFY(!w.table()->isVisible());
        f.status = FicheFilter::Status::All;
        f.patientText = QStringLiteral("zorglub");
        w.setFilter(f);
        QCOMPARE(w.emptyMessage(),
                 QStringLiteral("No patient has a name or IPP that begins with \"zorglub\"."));
        auto *clear = w.findChild<QPushButton *>(QStringLiteral("clearFicheFilters"));
        QVERIFY(clear && clear->isVisible());
        clear->click();
        QVERIFY(w.filterBar()->filter().isEmpty());
        QVERIFY(w.emptyMessage().isEmpty());
        QVERIFY(w.table()->isVisible());
        QCOMPARE(w.model()->rowCount(), 1);
    }

    void thePatientFieldFiltersAndEscapeClearsIt() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QLineEdit *field = w.filterBar()->patientField();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("lefe")); // Lefèvre-Dupré, as typed without accents
        QTRY_COMPARE(w.model()->filter().patientText, QStringLiteral("lefe")); // after a pause in the typing
        QCOMPARE(w.model()->rowCount(), 1);
        QTest::keyClicks(field, QStringLiteral("qqq"));
        QTRY_VERIFY(!w.emptyMessage().isEmpty());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
        QVERIFY(w.model()->filter().patientText.isEmpty()); // at once, not after the pause
        QVERIFY(w.emptyMessage().isEmpty());
    }

    void filtersAreKeptWhileTheApplicationRuns() {
        {
            FichesWorkspace w(test::servicesOf(*m_db));
            w.filterBar()->statusBox()->setCurrentIndex(int(FicheFilter::Status::Signed));
            w.filterBar()->committeeBox()->setCurrentIndex(1);
            w.filterBar()->setPeriod(FicheFilterBar::LastYear);
        }
        FichesWorkspace again(test::servicesOf(*m_db));
        QCOMPARE(again.filterBar()->statusBox()->currentIndex(), int(FicheFilter::Status::Signed));
        QCOMPARE(again.filterBar()->committeeBox()->currentIndex(), 1);
        QCOMPARE(again.filterBar()->periodBox()->currentIndex(), int(FicheFilterBar::LastYear));
        QCOMPARE(again.model()->filter(), again.filterBar()->filter()); // and the list follows them
        QVERIFY(!again.model()->filter().rcpId.isNull());
    }

    // The next start reads the user's settings: status, committee and chosen dates come back; the
    // patient typed is never written there.
    void filtersAreKeptForTheNextStart() {
        const QString committee = [&] {
            FichesWorkspace w(test::servicesOf(*m_db));
            w.filterBar()->statusBox()->setCurrentIndex(int(FicheFilter::Status::ToValidate));
            w.filterBar()->committeeBox()->setCurrentIndex(1);
            w.filterBar()->setFilter([&] {
                FicheFilter f = w.filterBar()->filter();
                f.from = QDate(2025, 9, 18);
                f.to = QDate(2026, 1, 31);
                f.patientText = QStringLiteral("martin");
                return f;
            }());
            return w.filterBar()->committeeBox()->currentData().toUuid().toString(QUuid::WithoutBraces);
        }();
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("fiches/filter/status")).toInt(),
                 int(FicheFilter::Status::ToValidate));
        QCOMPARE(settings.value(QStringLiteral("fiches/filter/committee")).toString(), committee);
        QCOMPARE(settings.value(QStringLiteral("fiches/filter/from")).toString(),
                 QStringLiteral("18/09/2025"));
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("martin"), Qt::CaseInsensitive),
                     qPrintable(key));
        FichesWorkspace again(test::servicesOf(*m_db));
        const FicheFilter f = again.filterBar()->filter();
        QCOMPARE(f.status, FicheFilter::Status::ToValidate);
        QCOMPARE(f.rcpId.toString(QUuid::WithoutBraces), committee);
        QCOMPARE(f.from, QDate(2025, 9, 18));
        QCOMPARE(f.to, QDate(2026, 1, 31));
        QCOMPARE(again.filterBar()->periodBox()->currentIndex(), int(FicheFilterBar::ChosenDates));
        QCOMPARE(again.model()->filter(), f);
        // A settings file edited by hand gives nothing out of range.
        settings.setValue(QStringLiteral("fiches/filter/status"), 42);
        settings.setValue(QStringLiteral("fiches/filter/period"), -3);
        settings.sync();
        FichesWorkspace edited(test::servicesOf(*m_db));
        QCOMPARE(edited.filterBar()->statusBox()->currentIndex(), int(FicheFilter::Status::Signed));
        QCOMPARE(edited.filterBar()->periodBox()->currentIndex(), int(FicheFilterBar::AnyDate));
    }

    void tabGoesThroughTheFiltersToTheTableAndThePages() {
        FichesWorkspace w(test::servicesOf(*m_db));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.model()->fetchMore({});
        w.table()->setCurrentIndex(w.model()->index(0, 0));
        w.filterBar()->statusBox()->setFocus();
        QTRY_VERIFY(w.filterBar()->statusBox()->hasFocus());
        QList<QWidget *> reached;
        for (int n = 0; n < 12 && !w.table()->hasFocus(); ++n) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached << QApplication::focusWidget();
        }
        QVERIFY(reached.contains(w.filterBar()->committeeBox()));
        QVERIFY(reached.contains(w.filterBar()->periodBox()));
        QVERIFY(reached.contains(w.filterBar()->fromField()));
        QVERIFY(reached.contains(w.filterBar()->patientField()));
        QVERIFY(w.table()->hasFocus());
        QTest::keyClick(w.table(), Qt::Key_Tab);
        QTRY_VERIFY(w.preview()->isAncestorOf(QApplication::focusWidget()) || w.preview()->hasFocus());
    }

    void unreadableCommitteesAreSaidInTheBoxNotAShorterList() {
        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("broken.db")), &error);
        QVERIFY2(db, qPrintable(error));
        // Another program breaks the file under the open database.
        QVERIFY(test::runRawSql(db->path(), {QStringLiteral("ALTER TABLE rcp RENAME TO rcp_gone")}));
        FicheFilterBar bar(test::servicesOf(*db));
        auto *committee = bar.findChild<QComboBox *>(QStringLiteral("ficheCommitteeFilter"));
        QVERIFY(committee);
        QTRY_VERIFY(!committee->isEnabled()); // the list is read off the window's thread
        QVERIFY2(committee->currentText().contains(QStringLiteral("could not be read")),
                 qPrintable(committee->currentText()));
        QVERIFY(!committee->toolTip().isEmpty());
        QVERIFY(bar.filter().rcpId.isNull());
    }
};

QTEST_MAIN(TestFicheFilterBar)
#include "tst_fichefilterbar.moc"
