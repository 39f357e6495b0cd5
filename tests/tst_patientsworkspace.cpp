// The Patients workspace as a secretary types in it: the list follows each key at once, says how many
// match out of how many, says when nobody does, Down goes into the list and Escape clears the search;
// the identity card says when an identity is marked for review as a possible duplicate.
#include "models/itemmodels/patientlistmodel.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/workspaces/patientsworkspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

using namespace concerto;

namespace {
Patient person(const QString &birthName, const QString &given, Sex sex, const QDate &born) {
    Patient p;
    p.birthName = birthName;
    p.birthGivenNames = {given};
    p.sex = sex;
    p.birthDate = born;
    return p;
}
} // namespace

class TestPatientsWorkspace : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUuid m_dupont;
    QUuid m_dupond;

    QStringList shownBirthNames(PatientsWorkspace &w) const {
        QStringList names;
        for (int r = 0; r < w.model()->rowCount(); ++r)
            names << w.model()->data(w.model()->index(r, PatientListModel::BirthName)).toString();
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_db = Database::create(m_dir.filePath(QStringLiteral("workspace.db")));
        QVERIFY(m_db);
        PatientRepository patients(*m_db);
        Patient bernard =
            person(QStringLiteral("Bernard"), QStringLiteral("Jean"), Sex::Male, QDate(1950, 1, 2));
        Patient adam =
            person(QStringLiteral("Adam"), QStringLiteral("Bernard"), Sex::Male, QDate(1951, 1, 2));
        Patient dupont =
            person(QStringLiteral("Dupont"), QStringLiteral("Hélène"), Sex::Female, QDate(1948, 3, 12));
        QVERIFY(patients.save(bernard).ok && patients.save(adam).ok && patients.save(dupont).ok);
        Patient dupond =
            person(QStringLiteral("Dupond"), QStringLiteral("Hélène"), Sex::Female, QDate(1948, 3, 12));
        dupond.possibleDuplicateOf = dupont.meta.id; // as an import marks it
        dupond.possibleDuplicateReason = QStringLiteral("one-letter");
        QVERIFY(patients.save(dupond).ok);
        m_dupont = dupont.meta.id;
        m_dupond = dupond.meta.id;
    }

    void theListFollowsEachKey() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.countLabel()->text(), QStringLiteral("4 patients"));
        QTest::keyClicks(w.searchField(), QStringLiteral("ber"));
        // No pause to wait for: the list follows as soon as the reading thread answers (on a loaded
        // machine, the last key may still be on its way), surnames first, and how many of how many.
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->searchText(), QStringLiteral("ber"), 2000);
        QTRY_COMPARE(shownBirthNames(w), QStringList({QStringLiteral("BERNARD"), QStringLiteral("ADAM")}));
        QCOMPARE(w.countLabel()->text(), QStringLiteral("2 of 4 patients"));
        QVERIFY(w.nobodyLabel()->isHidden());
        QTest::keyClicks(w.searchField(), QStringLiteral("xyz"));
        QTRY_COMPARE_WITH_TIMEOUT(w.model()->searchText(), QStringLiteral("berxyz"), 2000);
        QTRY_COMPARE(w.model()->rowCount(), 0);
        QVERIFY(!w.nobodyLabel()->isHidden());
        QVERIFY2(w.nobodyLabel()->text().contains(QStringLiteral("No patient matches \"berxyz\"")),
                 qPrintable(w.nobodyLabel()->text()));
        QCOMPARE(w.countLabel()->text(), QStringLiteral("0 of 4 patients"));
    }

    void downGoesToTheListAndEscapeClears() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.searchField()->setFocus();
        QTest::keyClicks(w.searchField(), QStringLiteral("dup"));
        QTest::keyClick(w.searchField(), Qt::Key_Down);
        QTRY_VERIFY(w.table()->hasFocus());
        QCOMPARE(w.table()->currentIndex().row(), 0);
        w.searchField()->setFocus();
        QTest::keyClick(w.searchField(), Qt::Key_Escape);
        QVERIFY(w.searchField()->text().isEmpty());
        QCOMPARE(w.model()->searchText(), QString());
        QCOMPARE(w.model()->rowCount(), 4);
        QCOMPARE(w.countLabel()->text(), QStringLiteral("4 patients"));
    }

    void theCardSaysAnIdentityIsToReview() {
        PatientsWorkspace w(test::servicesOf(*m_db));
        w.show();
        w.search(QStringLiteral("dupond"));
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(w.countLabel()->text(), QStringLiteral("1 of 4 patients"));
        // The list itself says it, beside the status.
        QCOMPARE(w.model()->index(0, PatientListModel::IdentityStatusColumn).data().toString(),
                 QStringLiteral("Provisional identity · to review"));
        QStringList texts;
        for (QLabel *l : w.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY2(
            texts.contains(QStringLiteral("May be the same person as DUPONT Hélène (same birth date and sex; "
                                          "names differ by one letter)")),
            qPrintable(texts.join(QLatin1Char('|'))));
        w.search(QStringLiteral("dupont"));
        texts.clear();
        for (QLabel *l : w.findChildren<QLabel *>())
            texts << l->text();
        QVERIFY(!texts.join(QLatin1Char('|')).contains(QStringLiteral("May be the same person")));
        QVERIFY(!w.model()
                     ->index(0, PatientListModel::IdentityStatusColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("to review")));
    }
};

QTEST_MAIN(TestPatientsWorkspace)
#include "tst_patientsworkspace.moc"
