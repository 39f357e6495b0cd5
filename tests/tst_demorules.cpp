// The whole demo database, as a physician reads it: 2,000 patients made once by the real generator
// into a real SQLite file, then every fiche checked against the rules of tests/support/demorules.h
// (stage groups from the staging tables, categories of the site, both stages kept, morphology, proposals
// that fit site, histology, stage, age and WHO status, dates in order, the question of the phase,
// registrations before the deadline, amendments, the signing check). The count of fiches breaking each
// rule is printed at the end; every count must be zero. A second, smaller database with another seed and
// reference date must hold too; and the data must hold what the rules are about (relapses, pathological
// stages, haematology, amendments of each kind…), so that no rule passes for want of cases. Every
// committee of both is hosted by an establishment its own 3C coordinates.
#include "models/demo/demogenerator.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "tests/support/demorules.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test;

namespace {

bool build(const QString &path, int patients, quint64 seed, const QDate &reference, demo::DemoCounts *counts,
           demorules::Tally *tally, std::unique_ptr<Database> *kept = nullptr) {
    QString error;
    std::unique_ptr<Database> db = Database::create(path, &error);
    if (!db) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    demo::DemoOptions options;
    options.patients = patients;
    options.seed = seed;
    options.referenceDate = reference;
    if (!demo::generateDemo(*db, options, counts, &error) || !demorules::walk(*db, tally, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    if (kept)
        *kept = std::move(db);
    return true;
}

// Every committee of `db` is hosted by an establishment of its 3C; a failure names the committees.
bool committeesHold(Database &db, int expected) {
    std::map<QString, QStringList> broken;
    int committees = 0;
    QString error;
    if (!demorules::walkCommittees(db, &broken, &committees, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    for (const auto &[name, reasons] : broken)
        qWarning("%s: %s", qPrintable(name), qPrintable(reasons.join(QStringLiteral("; "))));
    if (committees != expected || expected == 0)
        qWarning("%d committees checked, %d expected", committees, expected);
    return broken.empty() && committees == expected && expected > 0;
}

QString examples(const demorules::Tally &tally, const QString &rule) {
    const auto found = tally.examples.find(rule);
    return found == tally.examples.end() ? QString() : found->second.join(QLatin1String("\n  "));
}

} // namespace

class TestDemoRules : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    demo::DemoCounts m_counts;
    demorules::Tally m_tally;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(build(m_dir.filePath(QStringLiteral("demo.db")), 2000, 1, QDate(2024, 6, 3), &m_counts,
                      &m_tally, &m_db));
    }

    void everyFicheIsChecked() {
        QCOMPARE(m_tally.fiches, m_counts.fiches);
        QVERIFY2(m_counts.fiches > 4000, qPrintable(QString::number(m_counts.fiches)));
    }

    void noFicheBreaksARule_data() {
        QTest::addColumn<QString>("rule");
        for (const demorules::Rule &r : demorules::rules())
            QTest::newRow(r.id) << QString::fromLatin1(r.id);
    }
    void noFicheBreaksARule() {
        QFETCH(QString, rule);
        const auto found = m_tally.broken.find(rule);
        const int count = found == m_tally.broken.end() ? 0 : found->second;
        QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 of %2 fiches break \"%3\", e.g.\n  %4")
                                            .arg(count)
                                            .arg(m_tally.fiches)
                                            .arg(rule, examples(m_tally, rule))));
    }

    void everyCommitteeMeetsInAnEstablishmentOfItsCentre() {
        QVERIFY2(committeesHold(*m_db, m_counts.rcps), "seed 1");
    }

    void anotherSeedAndDateHoldToo() {
        demo::DemoCounts counts;
        demorules::Tally tally;
        std::unique_ptr<Database> other;
        QVERIFY(build(m_dir.filePath(QStringLiteral("other.db")), 400, 9, QDate(2031, 2, 17), &counts, &tally,
                      &other));
        QCOMPARE(tally.fiches, counts.fiches);
        QStringList broken;
        for (const auto &[rule, count] : tally.broken)
            broken << QStringLiteral("%1: %2 (%3)").arg(rule).arg(count).arg(examples(tally, rule));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        QVERIFY2(committeesHold(*other, counts.rcps), "seed 9");
    }

    void theDataHoldWhatTheRulesAreAbout() {
        // Each rule must have cases to judge: count what they look at.
        std::map<QString, int> seen;
        for (const Inscription &i : READ(InscriptionRepository(*m_db).all())) {
            const Tumour &t = i.tumours.front();
            seen[QStringLiteral("relapse phase")] += i.clinical.phase == QLatin1String(kPhaseRelapse);
            seen[QStringLiteral("pathological TNM")] += t.pathologicalTnm.prefix == QLatin1String("p");
            seen[QStringLiteral("ypTNM")] += t.pathologicalTnm.prefix == QLatin1String("yp");
            seen[QStringLiteral("haematology")] += t.tnmNotApplicable();
            seen[QStringLiteral("Hodgkin")] += t.morphology == QLatin1String("9650/3");
            seen[QStringLiteral("myeloma")] += t.morphology == QLatin1String("9732/3");
            seen[QStringLiteral("M1")] += t.clinicalTnm.m.startsWith(QLatin1String("M1"));
            seen[QStringLiteral("Tis")] += t.clinicalTnm.t == QLatin1String("Tis");
            seen[QStringLiteral("small-cell")] += t.morphology == QLatin1String("8041/3");
            seen[QStringLiteral("squamous lung")] +=
                t.morphology == QLatin1String("8070/3") && t.topography.startsWith(QLatin1String("C34"));
            seen[QStringLiteral("hepatocellular")] += t.topography == QLatin1String("C22.0");
            seen[QStringLiteral("WHO 4")] += i.clinical.whoStatus == 4;
            seen[QStringLiteral("75 and over")] += !i.clinical.geriatricScore.isEmpty();
        }
        FicheRepository fiches(*m_db);
        for (const Fiche &f : READ(fiches.all()))
            if (f.versionNumber > 1)
                for (const char *reason : {"TNM", "latéralité", "correspondant", "date de début"})
                    seen[QStringLiteral("amended: ") + QString::fromUtf8(reason)] +=
                        f.amendmentReason.contains(QString::fromUtf8(reason));
        QStringList missing;
        for (const auto &[what, count] : seen) {
            qInfo("%-24s %d", qPrintable(what), count);
            if (count == 0)
                missing << what;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() {
        qInfo("Demo of 2,000 patients (seed 1, 2024-06-03): fiches breaking each rule\n%s",
              qPrintable(demorules::table(m_tally)));
    }
};

QTEST_GUILESS_MAIN(TestDemoRules)
#include "tst_demorules.moc"
