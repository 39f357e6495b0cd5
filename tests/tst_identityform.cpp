// The identity editor's rules without widgets: live INS and birth-date messages, status words, when the
// INS is shown, the look-alikes a save stops on (a table of pairs that must and must not match), the
// changed traits of a stored identity, clearing a review mark, and the refused delete of a patient with
// a case.
#include "models/domain/birthplace.h"
#include "models/store/database.h"
#include "services/identityform.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::identity;

namespace {
const QDate kToday(2026, 11, 27);

Patient person(const QString &birth, const QString &given, const QDate &born, Sex sex,
               const QString &used = {}) {
    Patient p;
    p.birthName = birth;
    p.birthGivenNames = splitGivenNames(given);
    p.usedName = used;
    p.sex = sex;
    p.birthDate = born;
    return p;
}

void fill(IdentityForm &form, const Patient &p) {
    form.draft.birthName = p.birthName;
    form.draft.birthGivenNames = p.birthGivenNames;
    form.draft.usedName = p.usedName;
    form.draft.sex = p.sex;
    form.birthDateText = birthDateText(p.birthDate);
}
} // namespace

class TestIdentityForm : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("f%1.db").arg(++m_n)), &error);
        QVERIFY2(m_db, qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void insLive_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("contains");
        QTest::newRow("empty") << QString() << int(FieldMessage::Fine) << QString();
        QTest::newRow("typing") << "25508" << int(FieldMessage::Incomplete) << "10 more";
        QTest::newRow("letter early") << "2X5" << int(FieldMessage::Wrong) << "\"X\" at position 2";
        QTest::newRow("right key") << "2 55 08 14 168 025 38" << int(FieldMessage::Fine) << "key is correct";
        QTest::newRow("wrong key") << "255081416802539" << int(FieldMessage::Wrong) << "should be 38";
        QTest::newRow("bad month") << "255131416802538" << int(FieldMessage::Wrong) << "month of birth";
        QTest::newRow("too long") << "2550814168025381" << int(FieldMessage::Wrong) << "15 characters";
        QTest::newRow("corsica") << "1 50 01 2A 004 001" << int(FieldMessage::Incomplete) << "2 more";
    }
    void insLive() {
        QFETCH(QString, typed);
        QFETCH(int, state);
        QFETCH(QString, contains);
        const FieldMessage m = insMessage(typed);
        QCOMPARE(int(m.state), state);
        QVERIFY2(m.text.contains(contains), qPrintable(m.text));
    }

    void birthDates_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("state");
        QTest::addColumn<QDate>("date");
        QTest::newRow("french") << "18/09/1942" << int(FieldMessage::Fine) << QDate(1942, 9, 18);
        QTest::newRow("short day") << "8/9/1942" << int(FieldMessage::Fine) << QDate(1942, 9, 8);
        QTest::newRow("29 feb leap") << "29/02/2024" << int(FieldMessage::Fine) << QDate(2024, 2, 29);
        QTest::newRow("29 feb not leap") << "29/02/2023" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("31 april") << "31/04/1960" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("month 13") << "12/13/1960" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("future") << "28/11/2026" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("too old") << "01/01/1850" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("typing") << "18/09/19" << int(FieldMessage::Incomplete) << QDate();
        QTest::newRow("iso is not french") << "1942-09-18" << int(FieldMessage::Wrong) << QDate();
        QTest::newRow("american order") << "09/18/1942" << int(FieldMessage::Wrong) << QDate();
    }
    void birthDates() {
        QFETCH(QString, typed);
        QFETCH(int, state);
        QFETCH(QDate, date);
        const FieldMessage m = birthDateMessage(typed, kToday);
        QCOMPARE(int(m.state), state);
        if (m.wrong())
            QVERIFY(!m.text.isEmpty());
        QCOMPARE(parseBirthDate(typed, kToday), date);
        // What the form saves: an impossible date never becomes a date.
        IdentityForm form(*m_db);
        fill(form, person(QStringLiteral("Durand"), QStringLiteral("Paul"), {}, Sex::Male));
        form.birthDateText = typed;
        QCOMPARE(form.patient(kToday).birthDate, date);
        QCOMPARE(form.check(kToday).ok(), state == int(FieldMessage::Fine));
    }

    void statusWordsAndInsVisibility() {
        QCOMPARE(statusWord(IdentityStatus::Provisional), QStringLiteral("Provisional"));
        QCOMPARE(statusWord(IdentityStatus::Recovered), QStringLiteral("Recovered"));
        QCOMPARE(statusWord(IdentityStatus::Validated), QStringLiteral("Validated"));
        QCOMPARE(statusWord(IdentityStatus::Qualified), QStringLiteral("Qualified"));
        QVERIFY(insShown(IdentityStatus::Qualified));
        QVERIFY(!insShown(IdentityStatus::Validated));
        QVERIFY(!insShown(IdentityStatus::Provisional));
        QVERIFY(insHiddenNote().contains(QStringLiteral("qualified")));
        // Side by side, the INS of an identity that is not qualified is not written out.
        Patient q = test::samplePatient();
        Patient v = q;
        v.identityStatus = IdentityStatus::Validated;
        for (const TraitRow &row : compareIdentities(q, v))
            if (row.label == QStringLiteral("INS")) {
                QCOMPARE(row.left, QStringLiteral("2 55 08 14 168 025 38"));
                QVERIFY(!row.right.contains(QStringLiteral("255")));
                QVERIFY(row.differs);
            }
    }

    void givenNamesKeepOrder() {
        QCOMPARE(splitGivenNames(QStringLiteral(" Marie-Hélène  Éloïse, Jeanne ")),
                 (QStringList{QStringLiteral("Marie-Hélène"), QStringLiteral("Éloïse"),
                              QStringLiteral("Jeanne")}));
    }

    void qualifiedNeedsItsInsAndTraitsAgree() {
        IdentityForm form(*m_db);
        fill(form,
             person(QStringLiteral("Lefèvre"), QStringLiteral("Marie"), QDate(1955, 8, 14), Sex::Female));
        form.draft.birthPlaceCode = QStringLiteral("16802");
        form.draft.identityStatus = IdentityStatus::Qualified;
        QVERIFY(form.check(kToday).text().contains(QStringLiteral("INS")));
        form.insText = QStringLiteral("255081416802538");
        QVERIFY2(form.check(kToday).ok(), qPrintable(form.check(kToday).text()));
        form.draft.sex = Sex::Male; // the INS says a woman
        QVERIFY(!form.check(kToday).ok());
    }

    void lookAlikes_data() {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<int>("sex");
        QTest::addColumn<bool>("match");
        const QDate d(1950, 3, 2);
        const int f = int(Sex::Female);
        QTest::newRow("same, other case and accents") << "LEFEVRE"
                                                      << "marie"
                                                      << "" << d << f << true;
        QTest::newRow("one letter in the surname") << "Lefebre"
                                                   << "Marie"
                                                   << "" << d << f << true;
        QTest::newRow("two letters inverted") << "Lefèrve"
                                              << "Marie"
                                              << "" << d << f << true;
        QTest::newRow("birth name as used name") << "Martin"
                                                 << "Marie"
                                                 << "Lefèvre" << d << f << true;
        QTest::newRow("names swapped") << "Marie"
                                       << "Lefèvre"
                                       << "" << d << f << true;
        QTest::newRow("twin: other given name") << "Lefèvre"
                                                << "Jeanne"
                                                << "" << d << f << false;
        QTest::newRow("other day") << "Lefèvre"
                                   << "Marie"
                                   << "" << d.addDays(1) << f << false;
        QTest::newRow("other sex") << "Lefèvre"
                                   << "Marie"
                                   << "" << d << int(Sex::Male) << false;
        QTest::newRow("two letters off") << "Lefebvra"
                                         << "Marie"
                                         << "" << d << f << false;
        QTest::newRow("surname and given name off") << "Lefebre"
                                                    << "Marue"
                                                    << "" << d << f << false;
    }
    void lookAlikes() {
        QFETCH(QString, birth);
        QFETCH(QString, given);
        QFETCH(QString, used);
        QFETCH(QDate, born);
        QFETCH(int, sex);
        QFETCH(bool, match);
        PatientRepository patients(*m_db);
        Patient stored =
            person(QStringLiteral("Lefèvre"), QStringLiteral("Marie Louise"), QDate(1950, 3, 2), Sex::Female);
        QVERIFY(patients.save(stored).ok);

        IdentityForm form(*m_db);
        fill(form, person(birth, given, born, Sex(sex), used));
        const std::vector<DuplicateCandidate> found = READ(form.lookAlikes(kToday));
        QCOMPARE(found.size(), std::size_t(match ? 1 : 0));
        // A save stops on the look-alike until the person says it is someone else.
        IdentityForm::SaveResult r = form.save(kToday, false);
        QCOMPARE(r.outcome, match ? IdentityForm::Outcome::LookAlikes : IdentityForm::Outcome::Saved);
        QCOMPARE(READ(patients.count()), match ? 1 : 2);
        if (match) {
            QCOMPARE(r.lookAlikes.front().patient.meta.id, stored.meta.id);
            r = form.save(kToday, true);
            QCOMPARE(r.outcome, IdentityForm::Outcome::Saved);
            QCOMPARE(READ(patients.count()), 2);
            // Saved over the warning: marked to review, with the look-alike and the reason.
            const Patient saved = *READ(patients.find(form.saved().meta.id));
            QCOMPARE(saved.possibleDuplicateOf, stored.meta.id);
            QCOMPARE(identity::reasonFromCode(saved.possibleDuplicateReason),
                     std::optional(found.front().reason));
        } else {
            QVERIFY(!READ(patients.find(form.saved().meta.id))->awaitsDuplicateReview());
        }
    }

    void changedTraitsOfAStoredIdentityAreCheckedAgain() {
        PatientRepository patients(*m_db);
        Patient a = person(QStringLiteral("Moreau"), QStringLiteral("Jean"), QDate(1961, 5, 4), Sex::Male);
        Patient b = person(QStringLiteral("Moreaux"), QStringLiteral("Pierre"), QDate(1961, 5, 4), Sex::Male);
        QVERIFY(patients.save(a).ok && patients.save(b).ok);
        IdentityForm form(*m_db, b);
        form.draft.ipp = QStringLiteral("IPP9"); // not a trait: no look-alike check
        QVERIFY(!form.needsDuplicateCheck(kToday));
        QCOMPARE(form.save(kToday, false).outcome, IdentityForm::Outcome::Saved);
        form.draft.birthGivenNames = {QStringLiteral("Jean")}; // now one letter from Moreau Jean
        QVERIFY(form.needsDuplicateCheck(kToday));
        const IdentityForm::SaveResult r = form.save(kToday, false);
        QCOMPARE(r.outcome, IdentityForm::Outcome::LookAlikes);
        QCOMPARE(r.lookAlikes.size(), std::size_t(1)); // itself left out
        QCOMPARE(READ(patients.find(b.meta.id))->birthGivenNames, QStringList{QStringLiteral("Pierre")});
    }

    void clearingAReviewMarkKeepsBoth() {
        PatientRepository patients(*m_db);
        Patient a = person(QStringLiteral("Roux"), QStringLiteral("Anne"), QDate(1970, 1, 1), Sex::Female);
        QVERIFY(patients.save(a).ok);
        Patient b = person(QStringLiteral("Rous"), QStringLiteral("Anne"), QDate(1970, 1, 1), Sex::Female);
        b.possibleDuplicateOf = a.meta.id;
        b.possibleDuplicateReason = QStringLiteral("one-letter");
        QVERIFY(patients.save(b).ok);
        QVERIFY(clearDuplicateMark(*m_db, b.meta.id).ok);
        const Patient after = *READ(patients.find(b.meta.id));
        QVERIFY(!after.awaitsDuplicateReview());
        QVERIFY(after.possibleDuplicateReason.isEmpty());
        QCOMPARE(after.birthName, QStringLiteral("Rous"));
        QCOMPARE(READ(patients.count()), 2);
    }

    void patientWithACaseIsNeverDeleted() {
        const Fiche fiche = test::saveSampleCase(*m_db);
        QString why;
        QVERIFY(!mayDelete(*m_db, fiche.patientId, &why));
        QVERIFY(why.contains(QStringLiteral("case")));
        const StoreResult refused = deletePatient(*m_db, fiche.patientId);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("cannot be deleted")));
        // The repository itself refuses, whoever calls it.
        PatientRepository patients(*m_db);
        QVERIFY(!patients.remove(fiche.patientId).ok);
        QVERIFY(!READ(patients.find(fiche.patientId))->meta.deleted);

        Patient alone = person(QStringLiteral("Seul"), QStringLiteral("Luc"), QDate(1980, 2, 2), Sex::Male);
        QVERIFY(patients.save(alone).ok);
        QVERIFY(mayDelete(*m_db, alone.meta.id));
        QVERIFY(deletePatient(*m_db, alone.meta.id).ok);
        QVERIFY(READ(patients.find(alone.meta.id))->meta.deleted);
    }
    // A birth place code is shown with its department: a mistyped department shows at once.
    void birthPlaceInWords_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::newRow("commune") << "13055" << QString::fromUtf8("13055 · Bouches-du-Rhône (13)");
        QTest::newRow("corsica") << "2a004" << QString::fromUtf8("2a004 · Corse-du-Sud (2A)");
        QTest::newRow("overseas") << "97411" << QString::fromUtf8("97411 · La Réunion (974)");
        QTest::newRow("abroad") << "99134" << QString::fromUtf8("99134 · Born abroad");
        QTest::newRow("no such department") << "96001"
                                            << "96001";
        QTest::newRow("too short") << "1305"
                                   << "1305";
        QTest::newRow("none") << ""
                              << "";
    }
    void birthPlaceInWords() {
        QFETCH(QString, code);
        QFETCH(QString, label);
        QCOMPARE(birthplace::label(code), label);
        const identity::FieldMessage typed = identity::birthPlaceMessage(code);
        if (label.contains(QStringLiteral(" · ")))
            QCOMPARE(typed.text, label.section(QStringLiteral(" · "), 1));
    }
};

QTEST_GUILESS_MAIN(TestIdentityForm)
#include "tst_identityform.moc"
