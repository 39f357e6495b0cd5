// Duplicate identities: a table of pairs that must be taken for the same person (accents, hyphens,
// swapped names, birth vs used name, one letter) and of pairs that must not (another birth date or sex,
// two letters, twins with the same surname); where the store looks for them, and the whole-registry
// pass that finds each pair once.
#include "services/duplicatesearch.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using identity::DuplicateReason;

namespace {

Patient person(const QString &birthName, const QStringList &given, const QString &usedName = {},
               Sex sex = Sex::Female, const QDate &born = QDate(1948, 3, 12)) {
    Patient p;
    p.birthName = birthName;
    p.birthGivenNames = given;
    p.usedName = usedName;
    p.sex = sex;
    p.birthDate = born;
    return p;
}

const QStringList kHelene{QStringLiteral("Hélène")};

} // namespace

Q_DECLARE_METATYPE(concerto::Patient)
Q_DECLARE_METATYPE(std::optional<DuplicateReason>)

class TestDuplicates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairs_data() {
        QTest::addColumn<Patient>("a");
        QTest::addColumn<Patient>("b");
        QTest::addColumn<std::optional<DuplicateReason>>("reason");
        const std::optional<DuplicateReason> none;
        const QString dupont = QStringLiteral("Dupont");
        // Must match.
        QTest::newRow("accents and case") << person(QStringLiteral("Lefèvre"), kHelene)
                                          << person(QStringLiteral("LEFEVRE"), {QStringLiteral("helene")})
                                          << std::optional(DuplicateReason::SameNames);
        QTest::newRow("hyphen or space")
            << person(QStringLiteral("Lefèvre-Dupré"), kHelene)
            << person(QStringLiteral("Lefevre Dupre"), kHelene) << std::optional(DuplicateReason::SameNames);
        QTest::newRow("apostrophe") << person(QStringLiteral("N'Diaye"), {QStringLiteral("Awa")})
                                    << person(QStringLiteral("NDIAYE"), {QStringLiteral("Awa")})
                                    << std::optional(DuplicateReason::SameNames);
        QTest::newRow("compound given name written apart")
            << person(dupont, {QStringLiteral("Marie-Hélène")})
            << person(dupont, {QStringLiteral("Marie"), QStringLiteral("Hélène")})
            << std::optional(DuplicateReason::SameNames);
        QTest::newRow("given name and surname swapped")
            << person(QStringLiteral("Martin"), {QStringLiteral("Thomas")}, {}, Sex::Male)
            << person(QStringLiteral("Thomas"), {QStringLiteral("Martin")}, {}, Sex::Male)
            << std::optional(DuplicateReason::SwappedNames);
        QTest::newRow("her husband's name taken for her birth name")
            << person(QStringLiteral("Boissière"), {QStringLiteral("Bénédicte")}, QStringLiteral("Durand"))
            << person(QStringLiteral("Durand"), {QStringLiteral("Bénédicte")})
            << std::optional(DuplicateReason::BirthAndUsedName);
        QTest::newRow("the other way round")
            << person(QStringLiteral("Durand"), {QStringLiteral("Bénédicte")})
            << person(QStringLiteral("Boissière"), {QStringLiteral("Bénédicte")}, QStringLiteral("Durand"))
            << std::optional(DuplicateReason::BirthAndUsedName);
        QTest::newRow("one letter replaced")
            << person(dupont, kHelene) << person(QStringLiteral("Dupond"), kHelene)
            << std::optional(DuplicateReason::OneLetter);
        QTest::newRow("one letter missing")
            << person(QStringLiteral("Bernard"), kHelene) << person(QStringLiteral("Bernad"), kHelene)
            << std::optional(DuplicateReason::OneLetter);
        QTest::newRow("one letter too many")
            << person(QStringLiteral("Martin"), kHelene) << person(QStringLiteral("Marttin"), kHelene)
            << std::optional(DuplicateReason::OneLetter);
        QTest::newRow("letters moved around")
            << person(QStringLiteral("Girard"), kHelene) << person(QStringLiteral("Grirad"), kHelene) << none;
        QTest::newRow("two neighbours inverted")
            << person(QStringLiteral("Girard"), kHelene) << person(QStringLiteral("Giarrd"), kHelene)
            << std::optional(DuplicateReason::OneLetter);
        QTest::newRow("one letter in the given name")
            << person(dupont, {QStringLiteral("Sophie")}) << person(dupont, {QStringLiteral("Sophia")})
            << std::optional(DuplicateReason::OneLetter);
        QTest::newRow("one letter in a used name")
            << person(QStringLiteral("Boissière"), kHelene, QStringLiteral("Durand"))
            << person(QStringLiteral("Blanc"), kHelene, QStringLiteral("Durant"))
            << std::optional(DuplicateReason::OneLetter);
        // Must not match.
        QTest::newRow("another birth date")
            << person(dupont, kHelene) << person(dupont, kHelene, {}, Sex::Female, QDate(1948, 3, 13))
            << none;
        QTest::newRow("another sex") << person(dupont, {QStringLiteral("Camille")}, {}, Sex::Female)
                                     << person(dupont, {QStringLiteral("Camille")}, {}, Sex::Male) << none;
        QTest::newRow("sex unknown") << person(dupont, kHelene, {}, Sex::Unknown)
                                     << person(dupont, kHelene, {}, Sex::Unknown) << none;
        QTest::newRow("no birth date") << person(dupont, kHelene, {}, Sex::Female, QDate())
                                       << person(dupont, kHelene, {}, Sex::Female, QDate()) << none;
        QTest::newRow("two letters in the surname")
            << person(dupont, kHelene) << person(QStringLiteral("Dupand"), kHelene) << none;
        QTest::newRow("one letter in each name")
            << person(dupont, {QStringLiteral("Sophie")})
            << person(QStringLiteral("Dupond"), {QStringLiteral("Sophia")}) << none;
        QTest::newRow("twins of a common surname")
            << person(QStringLiteral("Martin"), {QStringLiteral("Jean")}, {}, Sex::Male)
            << person(QStringLiteral("Martin"), {QStringLiteral("Pierre")}, {}, Sex::Male) << none;
        QTest::newRow("twins with compound given names")
            << person(QStringLiteral("Martin"), {QStringLiteral("Marie-Claire")})
            << person(QStringLiteral("Martin"), {QStringLiteral("Marie-Anne")}) << none;
        QTest::newRow("same given name, another family")
            << person(QStringLiteral("Bernard"), kHelene) << person(QStringLiteral("Petit"), kHelene) << none;
        QTest::newRow("a given name that is only part of the other")
            << person(dupont, {QStringLiteral("Anne")}) << person(dupont, {QStringLiteral("Anne-Sophie")})
            << none;
    }
    void pairs() {
        QFETCH(Patient, a);
        QFETCH(Patient, b);
        QFETCH(std::optional<DuplicateReason>, reason);
        QCOMPARE(identity::resemblance(a, b), reason);
        QCOMPARE(identity::resemblance(b, a), reason); // the rule is symmetric
    }

    void oneLetter_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("one");
        QTest::newRow("equal") << "DUPONT"
                               << "DUPONT" << false;
        QTest::newRow("replaced first") << "DUPONT"
                                        << "RUPONT" << true;
        QTest::newRow("replaced last") << "DUPONT"
                                       << "DUPONS" << true;
        QTest::newRow("added at the end") << "DUPONT"
                                          << "DUPONTE" << true;
        QTest::newRow("added at the start") << "DUPONT"
                                            << "XDUPONT" << true;
        QTest::newRow("removed inside") << "DUPONT"
                                        << "DUONT" << true;
        QTest::newRow("inverted neighbours") << "DUPONT"
                                             << "DUPNOT" << true;
        QTest::newRow("inverted at the end") << "DUPONT"
                                             << "DUPOTN" << true;
        QTest::newRow("two replaced") << "DUPONT"
                                      << "DIPONS" << false;
        QTest::newRow("two added") << "DUPONT"
                                   << "DUPONTXX" << false;
        QTest::newRow("one letter and empty") << "A"
                                              << "" << false;
    }
    void oneLetter() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, one);
        QCOMPARE(identity::differByOneLetter(a, b), one);
        QCOMPARE(identity::differByOneLetter(b, a), one);
    }

    void reasonsHaveWordsAndCodes() {
        for (DuplicateReason r : {DuplicateReason::SameNames, DuplicateReason::BirthAndUsedName,
                                  DuplicateReason::SwappedNames, DuplicateReason::OneLetter}) {
            QVERIFY(!identity::describe(r).isEmpty());
            QCOMPARE(identity::reasonFromCode(identity::reasonCode(r)), std::optional(r));
        }
        QCOMPARE(identity::reasonFromCode(QStringLiteral("newer-reason")), std::nullopt);
    }

    void theStoreLooksAmongThoseBornTheSameDay() {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("duplicates.db")));
        QVERIFY(db);
        PatientRepository patients(*db);
        Patient saved = person(QStringLiteral("Dupont"), kHelene);
        Patient twin = person(QStringLiteral("Dupont"), {QStringLiteral("Claire")});
        Patient gone = person(QStringLiteral("Dupond"), kHelene);
        QVERIFY(patients.save(saved).ok && patients.save(twin).ok && patients.save(gone).ok);
        QVERIFY(patients.remove(gone.meta.id).ok);

        // A new identity, before it is saved: the saved one, not the twin nor the deleted one.
        const Patient typed = person(QStringLiteral("DUPONT"), {QStringLiteral("Helene")});
        const auto found = READ(identity::duplicatesOf(patients, typed));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().patient.meta.id, saved.meta.id);
        QCOMPARE(found.front().reason, DuplicateReason::SameNames);
        // A saved identity is not its own duplicate.
        QVERIFY(READ(identity::duplicatesOf(patients, saved)).empty());
        // Nothing to compare without a birth date or a sex.
        QVERIFY(READ(identity::duplicatesOf(patients,
                                            person(QStringLiteral("Dupont"), kHelene, {}, Sex::Unknown)))
                    .empty());
    }

    void theWholeRegistryPassFindsEachPairOnce() {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("registry.db")));
        QVERIFY(db);
        PatientRepository patients(*db);
        WriteTransaction tx(*db);
        // Noise: 300 people, six a day, no two alike.
        for (int i = 0; i < 300; ++i) {
            Patient p = person(QStringLiteral("Famille%1").arg(i, 3, 10, QLatin1Char('0')),
                               {QStringLiteral("Prénom%1").arg(i)}, {}, i % 2 ? Sex::Male : Sex::Female,
                               QDate(1950, 1, 1).addDays(i / 6));
            QVERIFY(patients.save(p).ok);
        }
        Patient a = person(QStringLiteral("Boissière"), {QStringLiteral("Bénédicte")},
                           QStringLiteral("Durand"), Sex::Female, QDate(1950, 1, 1));
        Patient b = person(QStringLiteral("Durand"), {QStringLiteral("Bénédicte")}, {}, Sex::Female,
                           QDate(1950, 1, 1));
        Patient c =
            person(QStringLiteral("Thomas"), {QStringLiteral("Martin")}, {}, Sex::Male, QDate(1950, 1, 2));
        Patient d =
            person(QStringLiteral("Martin"), {QStringLiteral("Thomas")}, {}, Sex::Male, QDate(1950, 1, 2));
        Patient sameNamesOtherDay =
            person(QStringLiteral("Martin"), {QStringLiteral("Thomas")}, {}, Sex::Male, QDate(1950, 1, 3));
        for (Patient *p : {&a, &b, &c, &d, &sameNamesOtherDay})
            QVERIFY(patients.save(*p).ok);
        QVERIFY(tx.commit());

        const auto pairs = READ(identity::findAllDuplicates(patients));
        QCOMPARE(pairs.size(), std::size_t(2));
        QSet<QUuid> firstPair{pairs.at(0).first.meta.id, pairs.at(0).second.meta.id};
        QSet<QUuid> secondPair{pairs.at(1).first.meta.id, pairs.at(1).second.meta.id};
        QCOMPARE(firstPair, (QSet<QUuid>{a.meta.id, b.meta.id}));
        QCOMPARE(pairs.at(0).reason, DuplicateReason::BirthAndUsedName);
        QCOMPARE(secondPair, (QSet<QUuid>{c.meta.id, d.meta.id}));
        QCOMPARE(pairs.at(1).reason, DuplicateReason::SwappedNames);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
