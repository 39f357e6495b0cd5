// The whole demo database, as a physician reads it: 2,000 patients made once by the real generator
// into a real SQLite file, then every fiche checked against the rules of tests/support/demorules.h
// (stage groups from the staging tables, categories of the site, both stages kept, morphology, proposals
// that fit site, histology, stage, age and WHO status, dates in order, the question of the phase,
// registrations before the deadline, amendments, the signing check). The count of fiches breaking each
// rule is printed at the end; every count must be zero. A second, smaller database with another seed and
// reference date must hold too; and the data must hold what the rules are about (relapses, pathological
// stages, haematology, amendments of each kind…), so that no rule passes for want of cases. Every
// committee of both is hosted by an establishment its own 3C coordinates. Ages at diagnosis follow the French
// registry figures by site, and sessions without quorum postpone cases as the meeting does.
#include "models/demo/demogenerator.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "tests/support/demorules.h"
#include "tests/support/testsupport.h"

#include <QtTest>
#include <algorithm>
#include <set>

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

double median(std::vector<int> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// Ages at diagnosis by site, against the French registry figures (Santé publique France and INCa, the
// national estimates of cancer incidence 1990-2018): medians about 63 for breast, 70 for myeloma and 68
// for all cancers; a few per cent under 40; the decades far from flat. Each figure off counts as one.
QStringList agesOffRegistry(Database &db) {
    std::map<QUuid, const Patient *> patients;
    const std::vector<Patient> all = READ(PatientRepository(db).all());
    for (const Patient &p : all)
        patients[p.meta.id] = &p;
    std::map<QUuid, std::pair<QDateTime, const Inscription *>> first; // by patient, the earliest case
    const std::vector<Inscription> cases = READ(InscriptionRepository(db).all());
    for (const Inscription &i : cases) {
        auto found = first.find(i.patientId);
        if (found == first.end() || i.registeredAt < found->second.first)
            first[i.patientId] = {i.registeredAt, &i};
    }
    std::vector<int> breast, myeloma, overall;
    for (const auto &[patient, registered] : first) {
        const Tumour &t = registered.second->tumours.front();
        const int age = demorules::ageAt(patients.at(patient)->birthDate, t.diagnosisDate);
        overall.push_back(age);
        if (t.topography.startsWith(QLatin1String("C50")))
            breast.push_back(age);
        if (t.morphology == QLatin1String("9732/3"))
            myeloma.push_back(age);
    }
    const auto under40 = [](const std::vector<int> &v) {
        return v.empty() ? 0.0
                         : 100.0 * double(std::count_if(v.begin(), v.end(), [](int a) { return a < 40; })) /
                               double(v.size());
    };
    const auto decade = [](const std::vector<int> &v, int from) {
        return std::count_if(v.begin(), v.end(), [&](int a) { return a >= from && a < from + 10; });
    };
    QStringList off;
    const auto expect = [&](bool ok, const QString &what) {
        qInfo("%s%s", ok ? "" : "OFF: ", qPrintable(what));
        if (!ok)
            off << what;
    };
    expect(std::abs(median(breast) - 63) <= 3,
           QStringLiteral("breast: median age %1 (registry 63)").arg(median(breast)));
    expect(std::abs(median(myeloma) - 70) <= 3,
           QStringLiteral("myeloma: median age %1 (registry 70)").arg(median(myeloma)));
    expect(std::abs(median(overall) - 68) <= 3,
           QStringLiteral("all sites: median age %1 (registry 68)").arg(median(overall)));
    expect(under40(breast) <= 8, QStringLiteral("breast: %1 % under 40").arg(under40(breast), 0, 'f', 1));
    expect(under40(myeloma) <= 3, QStringLiteral("myeloma: %1 % under 40").arg(under40(myeloma), 0, 'f', 1));
    expect(decade(overall, 60) + decade(overall, 70) >= 4 * (decade(overall, 30) + decade(overall, 40)),
           QStringLiteral("all sites: %1 in their 60s and 70s, %2 in their 30s and 40s")
               .arg(decade(overall, 60) + decade(overall, 70))
               .arg(decade(overall, 30) + decade(overall, 40)));
    expect(decade(breast, 60) >= 3 * decade(breast, 30),
           QStringLiteral("breast: %1 in their 60s, %2 in their 30s")
               .arg(decade(breast, 60))
               .arg(decade(breast, 30)));
    return off;
}

// Sessions without quorum lead to postponements, each one as the meeting writes it (DecisionService::
// postpone): a reason, a later session of the same committee where the patient has a case again, no fiche
// left in the first. Returns what is off; `postponed` counts the postponed cases.
QStringList postponementsOff(Database &db, int *postponed) {
    std::map<QUuid, Session> sessions;
    for (const Session &s : READ(SessionRepository(db).all()))
        sessions[s.meta.id] = s;
    const std::vector<Inscription> cases = READ(InscriptionRepository(db).all());
    std::set<std::pair<QUuid, QUuid>> caseOf; // (session, patient)
    for (const Inscription &i : cases)
        caseOf.insert({i.sessionId, i.patientId});
    std::set<QUuid> withFiche;
    for (const Fiche &f : READ(FicheRepository(db).all()))
        withFiche.insert(f.inscriptionId);
    QStringList off;
    *postponed = 0;
    for (const Inscription &i : cases) {
        if (i.agendaState != AgendaState::Postponed)
            continue;
        ++*postponed;
        const Postponement &p = i.postponement;
        const auto here = sessions.find(i.sessionId);
        const auto later = sessions.find(p.toSessionId);
        if (p.reason.isEmpty() || !p.at.isValid() || here == sessions.end() || later == sessions.end() ||
            later->second.rcpId != here->second.rcpId || later->second.startsAt <= here->second.startsAt ||
            !caseOf.count({p.toSessionId, i.patientId}) || withFiche.count(i.meta.id))
            off << json::idText(i.meta.id) + QStringLiteral(": ") + p.reason;
    }
    return off;
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
        // CONCERTO_DEMO_SEED checks another seed by hand (the figures were read on seed 21).
        const quint64 seed = qEnvironmentVariableIsSet("CONCERTO_DEMO_SEED")
                                 ? qEnvironmentVariable("CONCERTO_DEMO_SEED").toULongLong()
                                 : 1;
        QVERIFY(build(m_dir.filePath(QStringLiteral("demo.db")), 2000, seed, QDate(2024, 6, 3), &m_counts,
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

    void agesFollowTheRegistry() {
        const QStringList off = agesOffRegistry(*m_db);
        QVERIFY2(off.isEmpty(), qPrintable(off.join(QLatin1Char('\n'))));
    }

    void sessionsWithoutQuorumPostponeCases() {
        int postponed = 0;
        const QStringList off = postponementsOff(*m_db, &postponed);
        qInfo("%d sessions without quorum, %d cases postponed", m_counts.sessionsWithoutQuorum, postponed);
        QVERIFY2(off.isEmpty(), qPrintable(off.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY(m_counts.sessionsWithoutQuorum > 0);
        QVERIFY2(postponed > 0, "no case postponed although sessions had no quorum");
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
            seen[QStringLiteral("postponed")] += i.agendaState == AgendaState::Postponed;
            seen[QStringLiteral("written opinion")] += !i.writtenOpinions.empty();
        }
        FicheRepository fiches(*m_db);
        for (const Fiche &f : READ(fiches.all())) {
            seen[QStringLiteral("trial proposed")] += f.framework.trialProposed;
            seen[QStringLiteral("quorum override")] += !f.quorumOverride.isEmpty();
            seen[QStringLiteral("non-conform")] += !f.framework.conform;
            if (f.versionNumber > 1)
                for (const char *reason : {"TNM", "latéralité", "correspondant", "date de début"})
                    seen[QStringLiteral("amended: ") + QString::fromUtf8(reason)] +=
                        f.amendmentReason.contains(QString::fromUtf8(reason));
        }
        QStringList missing;
        for (const auto &[what, count] : seen) {
            qInfo("%-24s %d", qPrintable(what), count);
            if (count == 0)
                missing << what;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void cleanupTestCase() {
        qInfo("Demo of 2,000 patients (2024-06-03): fiches breaking each rule\n%s",
              qPrintable(demorules::table(m_tally)));
    }
};

QTEST_GUILESS_MAIN(TestDemoRules)
#include "tst_demorules.moc"
