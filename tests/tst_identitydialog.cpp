// The identity editor as a secretary uses it (offscreen widgets): a wrong INS key is said at the field
// as it is typed, the INS field is hidden for an identity that is not qualified, an impossible birth date
// is refused, a look-alike stops the save until "different person" is confirmed (or the existing
// identity is opened instead, which Enter does), an identity saved over that warning is marked to
// review, the review of a marked patient clears the mark, and delete is offered
// only for a patient without a case.
#include "services/identityform.h"
#include "tests/support/fixtures.h"
#include "tests/support/servicesof.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"
#include "ui/identity/duplicatereviewdialog.h"
#include "ui/identity/identitycomparison.h"
#include "ui/identity/identitydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace concerto;

namespace {
const QDate kToday(2026, 11, 27);

template <typename W>
W *child(QObject *parent, const char *name) {
    W *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void type(QDialog &d, const char *field, const QString &text) {
    QLineEdit *line = child<QLineEdit>(&d, field);
    line->clear();
    // QTest types ASCII only: other texts are pasted whole.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(line, text);
    else
        line->insert(text);
}

void choose(QDialog &d, const char *combo, int value) {
    QComboBox *box = child<QComboBox>(&d, combo);
    box->setCurrentIndex(box->findData(value));
}

Patient marie() {
    Patient p;
    p.birthName = QStringLiteral("Lefèvre");
    p.birthGivenNames = {QStringLiteral("Marie"), QStringLiteral("Louise")};
    p.sex = Sex::Female;
    p.birthDate = QDate(1950, 3, 2);
    return p;
}

// Types the look-alike of marie(): one letter off in the birth name.
void typeLookAlike(IdentityDialog &d) {
    type(d, "birthName", QStringLiteral("Lefebre"));
    type(d, "birthGivenNames", QStringLiteral("Marie Louise"));
    choose(d, "sex", int(Sex::Female));
    type(d, "birthDate", QStringLiteral("02/03/1950"));
}
} // namespace

class TestIdentityDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase() {
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void init() {
        m_db = Database::create(m_dir.filePath(QStringLiteral("d%1.db").arg(++m_n)));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void wrongInsKeyIsSaidAtTheField() {
        IdentityDialog d(test::servicesOf(*m_db), std::nullopt);
        d.setToday(kToday);
        QLineEdit *ins = child<QLineEdit>(&d, "ins");
        QLabel *note = child<QLabel>(&d, "insHiddenNote");
        // Provisional: no INS field, a note says why.
        QVERIFY(!ins->isVisibleTo(&d));
        QVERIFY(note->isVisibleTo(&d));
        choose(d, "identityStatus", int(IdentityStatus::Qualified));
        QVERIFY(ins->isVisibleTo(&d));
        QVERIFY(!note->isVisibleTo(&d));
        QCOMPARE(child<QComboBox>(&d, "identityStatus")->currentText(), QStringLiteral("Qualified"));

        QLabel *message = child<QLabel>(&d, "insMessage");
        QTest::keyClicks(ins, QStringLiteral("25508141680"));
        QVERIFY2(message->text().contains(QStringLiteral("4 more")), qPrintable(message->text()));
        QTest::keyClicks(ins, QStringLiteral("2539"));
        QVERIFY(message->isVisibleTo(&d));
        QVERIFY2(message->text().contains(QStringLiteral("should be 38")), qPrintable(message->text()));
        QTest::keyClick(ins, Qt::Key_Backspace);
        QTest::keyClicks(ins, QStringLiteral("8"));
        QVERIFY2(message->text().contains(QStringLiteral("correct")), qPrintable(message->text()));
    }

    void impossibleBirthDateIsRefused() {
        IdentityDialog d(test::servicesOf(*m_db), std::nullopt);
        d.setToday(kToday);
        typeLookAlike(d);
        type(d, "birthDate", QStringLiteral("31/02/1950"));
        QLabel *message = child<QLabel>(&d, "birthDateMessage");
        QVERIFY(message->isVisibleTo(&d));
        QVERIFY2(message->text().contains(QStringLiteral("does not exist")), qPrintable(message->text()));
        d.save();
        QVERIFY(!d.formErrors()->text().isEmpty());
        QCOMPARE(READ(PatientRepository(*m_db).count()), 0);
    }

    void lookAlikeNeedsConfirmation() {
        Patient stored = marie();
        QVERIFY(PatientRepository(*m_db).save(stored).ok);
        IdentityDialog d(test::servicesOf(*m_db), std::nullopt);
        d.setToday(kToday);
        typeLookAlike(d);
        d.save();
        QVERIFY(d.showsLookAlikes());
        QCOMPARE(d.result(), int(QDialog::Rejected)); // not accepted yet
        QCOMPARE(READ(PatientRepository(*m_db).count()), 1);
        // Side by side: the birth name differs and is highlighted, the birth date is the same.
        auto *table = child<IdentityComparison>(&d, "identityComparison");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("LEFEBRE"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("LEFÈVRE"));
        QVERIFY(table->item(0, 1)->data(Qt::UserRole).toBool());
        QCOMPARE(table->item(0, 1)->background().color(), IdentityComparison::differenceColour());
        QVERIFY(!table->item(5, 1)->data(Qt::UserRole).toBool()); // birth date
        QCOMPARE(table->differences(), 1);

        QTest::mouseClick(child<QPushButton>(&d, "differentPerson"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(READ(PatientRepository(*m_db).count()), 2);
        const Patient saved = *READ(PatientRepository(*m_db).find(d.savedId()));
        QCOMPARE(saved.birthName, QStringLiteral("Lefebre"));
        QCOMPARE(saved.birthGivenNames, (QStringList{QStringLiteral("Marie"), QStringLiteral("Louise")}));
        QCOMPARE(saved.birthDate, QDate(1950, 3, 2));
        // Saved over the warning: marked to review beside the identity it looks like.
        QVERIFY(saved.awaitsDuplicateReview());
        QCOMPARE(saved.possibleDuplicateOf, stored.meta.id);
        QCOMPARE(saved.possibleDuplicateReason, QStringLiteral("one-letter"));
    }

    // Identity vigilance: Enter on the look-alikes page never creates an identity, wherever the focus
    // is (the page as it opens, the comparison, the "different person" button itself).
    void enterOnTheLookAlikesCreatesNothing_data() {
        QTest::addColumn<QString>("focus");
        QTest::newRow("as it opens") << QString();
        QTest::newRow("on the comparison") << QStringLiteral("identityComparison");
        QTest::newRow("on different person") << QStringLiteral("differentPerson");
    }
    void enterOnTheLookAlikesCreatesNothing() {
        QFETCH(QString, focus);
        Patient stored = marie();
        QVERIFY(PatientRepository(*m_db).save(stored).ok);
        IdentityDialog d(test::servicesOf(*m_db), std::nullopt);
        d.setToday(kToday);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        typeLookAlike(d);
        // Enter on the form: the look-alikes, not a save.
        QTest::keyClick(child<QLineEdit>(&d, "birthDate"), Qt::Key_Return);
        QVERIFY(d.showsLookAlikes());
        QCOMPARE(READ(PatientRepository(*m_db).count()), 1);
        QPushButton *open = child<QPushButton>(&d, "openExisting");
        QVERIFY(open->isDefault());
        QVERIFY(!child<QPushButton>(&d, "differentPerson")->isDefault());
        QWidget *target = focus.isEmpty() ? QApplication::focusWidget() : d.findChild<QWidget *>(focus);
        QVERIFY(target);
        target->setFocus();
        QVERIFY(open->isDefault()); // wherever the focus went
        QTest::keyClick(target, Qt::Key_Return);

        QCOMPARE(READ(PatientRepository(*m_db).count()), 1);
        QCOMPARE(d.savedId(), QUuid());
        // The safe answer: the recorded identity is opened, to be reviewed and completed.
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.openInstead(), stored.meta.id);
    }

    void openTheExistingOneInstead() {
        Patient stored = marie();
        QVERIFY(PatientRepository(*m_db).save(stored).ok);
        IdentityDialog d(test::servicesOf(*m_db), std::nullopt);
        d.setToday(kToday);
        typeLookAlike(d);
        d.save();
        QTest::mouseClick(child<QPushButton>(&d, "openExisting"), Qt::LeftButton);
        QCOMPARE(d.openInstead(), stored.meta.id);
        QCOMPARE(READ(PatientRepository(*m_db).count()), 1);
    }

    void reviewClearsTheMark() {
        PatientRepository patients(*m_db);
        Patient first = marie();
        QVERIFY(patients.save(first).ok);
        Patient marked = marie();
        marked.birthName = QStringLiteral("Lefevres");
        marked.possibleDuplicateOf = first.meta.id;
        marked.possibleDuplicateReason = QStringLiteral("one-letter");
        QVERIFY(patients.save(marked).ok);
        DuplicateReviewDialog d(test::servicesOf(*m_db), marked);
        QCOMPARE(d.comparison()->item(0, 1)->text(), QStringLiteral("LEFEVRES"));
        QCOMPARE(d.comparison()->item(0, 2)->text(), QStringLiteral("LEFÈVRE"));
        QTest::mouseClick(child<QPushButton>(&d, "differentPersons"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!READ(patients.find(marked.meta.id))->awaitsDuplicateReview());
        QCOMPARE(READ(patients.count()), 2);
    }

    void deleteOnlyWithoutACase() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        const Patient withCase = *READ(PatientRepository(*m_db).find(fiche.patientId));
        IdentityDialog kept(test::servicesOf(*m_db), withCase);
        kept.show(); // shown as a user sees it: nothing may show the button again
        QVERIFY(QTest::qWaitForWindowExposed(&kept));
        QVERIFY(!child<QPushButton>(&kept, "deletePatient")->isVisible());
        kept.hide();
        IdentityDialog fresh(test::servicesOf(*m_db), std::nullopt);
        fresh.show();
        QVERIFY(QTest::qWaitForWindowExposed(&fresh));
        QVERIFY(!child<QPushButton>(&fresh, "deletePatient")->isVisible());
        fresh.hide();

        Patient alone = marie();
        QVERIFY(PatientRepository(*m_db).save(alone).ok);
        IdentityDialog d(test::servicesOf(*m_db), alone);
        QPushButton *remove = child<QPushButton>(&d, "deletePatient");
        QVERIFY(remove->isVisibleTo(&d));
        d.setDeleteConfirmation([](const QString &) { return true; });
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(d.deleted());
        QVERIFY(READ(PatientRepository(*m_db).find(alone.meta.id))->meta.deleted);
    }

    void editingKeepsWhatTheFormDoesNotShow() {
        Patient p = test::samplePatient();
        p.phone = QStringLiteral("0102030405");
        QVERIFY(PatientRepository(*m_db).save(p).ok);
        IdentityDialog d(test::servicesOf(*m_db), p);
        d.setToday(kToday);
        QCOMPARE(child<QLineEdit>(&d, "birthDate")->text(), QStringLiteral("14/08/1955"));
        QCOMPARE(child<QLineEdit>(&d, "birthGivenNames")->text(), QStringLiteral("Marie-Hélène Éloïse"));
        QCOMPARE(child<QComboBox>(&d, "generalPractitioner")->currentText(), QStringLiteral("GP unknown"));
        type(d, "ipp", QStringLiteral("IPP0002"));
        d.save();
        QVERIFY2(d.result() == QDialog::Accepted, qPrintable(d.formErrors()->text()));
        const Patient after = *READ(PatientRepository(*m_db).find(p.meta.id));
        QCOMPARE(after.ipp, QStringLiteral("IPP0002"));
        QCOMPARE(after.phone, QStringLiteral("0102030405"));
        QCOMPARE(after.ins, p.ins);
        QVERIFY(after.gpUnknown);
    }
};

QTEST_MAIN(TestIdentityDialog)
#include "tst_identitydialog.moc"
