// The demo rules can fail: a hand-made fiche a physician would sign (a sigmoid adenocarcinoma operated,
// staged cT3 cN1a cM0 then pT3 pN2a, adjuvant FOLFOX decided after the pathology) breaks none, and
// each of the faults the demo once had, made on it one at a time, is caught by its own rule. A committee
// hosted by an establishment of its 3C passes the committees' rule; without a host, or hosted by an id
// the directory lacks, by a 3C or by another centre's establishment, it fails.
#include "tests/support/demorules.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::test;

namespace {

const char *const kSurgeryCode = "387713003";

struct Case {
    Patient patient;
    Session session;
    Inscription inscription;
    Fiche fiche;
    Fiche previous;
    bool amended = false;

    demorules::FicheInContext context() const {
        return {&fiche, &inscription, &session, &patient, amended ? &previous : nullptr, QDate(2023, 9, 4)};
    }
};

TnmStaging tnm(const char *prefix, const char *t, const char *n, const char *m, const char *stage,
               QDate date) {
    return {QLatin1String(prefix),
            QLatin1String(t),
            QLatin1String(n),
            QLatin1String(m),
            QLatin1String(stage),
            QStringLiteral("UICC 8"),
            date};
}

QJsonObject snapshotOf(const Inscription &i) {
    QJsonObject snapshot;
    json::putList(snapshot, "tumours", i.tumours);
    json::put(snapshot, "clinical", i.clinical.toJson());
    json::put(snapshot, "question", i.question);
    return snapshot;
}

// Signs again with the case as it now is (a fault made on the case is then frozen with it).
void resign(Case &c) {
    c.fiche.caseSnapshot = snapshotOf(c.inscription);
}

Case goodCase() {
    Case c;
    c.patient.birthName = QStringLiteral("Martin");
    c.patient.sex = Sex::Female;
    c.patient.birthDate = QDate(1958, 3, 10);
    c.session.startsAt = QDateTime(QDate(2024, 5, 14), QTime(12, 0), Qt::UTC);
    c.session.registrationDeadline = c.session.startsAt.addDays(-2);
    Inscription &i = c.inscription;
    i.registeredAt = QDateTime(QDate(2024, 5, 10), QTime(9, 0), Qt::UTC);
    i.question = QStringLiteral("Indication d'un traitement adjuvant ?");
    Tumour t;
    t.diagnosisDate = QDate(2024, 2, 5);
    t.diagnosisDayKnown = true;
    t.topography = QStringLiteral("C18.7");
    t.laterality = QStringLiteral("not applicable");
    t.morphology = QStringLiteral("8140/3");
    t.clinicalTnm = tnm("c", "T3", "N1a", "M0", "IIIB", QDate(2024, 2, 8));
    t.pathologicalTnm = tnm("p", "T3", "N2a", "cM0", "IIIB", QDate(2024, 4, 2));
    i.tumours = {t};
    ClinicalContext &k = i.clinical;
    k.whoStatus = 1;
    k.whoStatusDate = QDate(2024, 5, 6);
    k.tests = {{QDate(2024, 5, 1), QStringLiteral("Scanner thoraco-abdomino-pelvien"),
                QStringLiteral("Scanner postopératoire sans particularité.")}};
    k.treatments = {{QStringLiteral("387713003"),
                     QStringLiteral("Colectomie gauche (sigmoïdectomie) avec curage"), QDate(2024, 3, 20),
                     QDate(2024, 3, 20), TreatmentState::Done}};
    k.reports = {{QStringLiteral("pathology"), QDate(2024, 2, 5), QStringLiteral("Dr Roux"),
                  QStringLiteral("Biopsie : adénocarcinome lieberkühnien du côlon sigmoïde.")},
                 {QStringLiteral("pathology"), QDate(2024, 4, 2), QStringLiteral("Dr Roux"),
                  QStringLiteral("Adénocarcinome lieberkühnien, pT3 pN2a cM0.")}};
    Fiche &f = c.fiche;
    f.versionNumber = 1;
    f.meetingDate = QDate(2024, 5, 14);
    f.caseStatus = QString::fromLatin1(kCaseDiscussed);
    f.quorum = QuorumStatus::Met;
    for (const char *s : {"surgery-digestive", "medical-oncology", "radiation-oncology"})
        f.attendees.push_back({QUuid::createUuid(), QLatin1String(s), false, true});
    f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX, 6 mois"), QDate(2024, 6, 1),
                   QDate(2024, 11, 28)}};
    f.coordinatorId = QUuid::createUuid();
    f.markSigned(f.coordinatorId, QDateTime(QDate(2024, 5, 15), QTime(10, 0), Qt::UTC), snapshotOf(i));
    return c;
}

// A correction: version 2 of the fiche, with its reason.
void amend(Case &c, const QString &reason) {
    c.previous = c.fiche;
    c.fiche = c.previous.nextVersion(reason);
    c.amended = true;
}

struct Fault {
    const char *rule;
    const char *what;
    void (*make)(Case &);
};

const Fault kFaults[] = {
    {"stage-group", "colon T3 N1a staged IIIC",
     [](Case &c) { c.inscription.tumours[0].clinicalTnm.stage = QStringLiteral("IIIC"); }},
    {"stage-group", "no stage group where the tables give one",
     [](Case &c) { c.inscription.tumours[0].pathologicalTnm.stage.clear(); }},
    {"site-categories", "N3 on a colon",
     [](Case &c) { c.inscription.tumours[0].clinicalTnm.n = QStringLiteral("N3"); }},
    {"site-categories", "colon categories on a pancreas",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C25.0");
         t.morphology = QStringLiteral("8500/3");
         t.clinicalTnm.t = QStringLiteral("T4b");
     }},
    {"both-stages", "the clinical TNM overwritten by the pathological one",
     [](Case &c) { c.inscription.tumours[0].clinicalTnm = c.inscription.tumours[0].pathologicalTnm; }},
    {"both-stages", "a pathological TNM without its date",
     [](Case &c) { c.inscription.tumours[0].pathologicalTnm.date = QDate(); }},
    {"both-stages", "a lymphoma with T, N and M",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C83.3");
         t.morphology = QStringLiteral("9680/3");
         t.otherStagings = {
             {QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QStringLiteral("III")}};
     }},
    {"other-staging", "Lugano A/B on a non-Hodgkin lymphoma",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C83.3");
         t.morphology = QStringLiteral("9680/3");
         t.clinicalTnm = t.pathologicalTnm = {};
         t.otherStagings = {
             {QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QStringLiteral("IIB")}};
     }},
    {"morphology-site", "a cholangiocarcinoma on the hepatocellular site",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C22.0");
         t.morphology = QStringLiteral("8160/3");
     }},
    {"morphology-stage", "breast Tis with an invasive morphology",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C50.4");
         t.morphology = QStringLiteral("8500/3");
         t.clinicalTnm = tnm("c", "Tis", "N0", "M0", "0", QDate(2024, 2, 8));
         t.pathologicalTnm = {};
     }},
    {"proposal-site", "FOLFIRI and bevacizumab for a kidney",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C64");
         t.morphology = QStringLiteral("8310/3");
         c.fiche.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFIRI, 6 cures"),
                              QDate(2024, 6, 1), QDate(2024, 9, 1)},
                             {1, 2, QStringLiteral("C93352"), QStringLiteral("Bévacizumab associé"),
                              QDate(2024, 6, 1), QDate(2024, 9, 1)}};
     }},
    {"proposal-site", "R-CHOP for a Hodgkin lymphoma",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C81.9");
         t.morphology = QStringLiteral("9650/3");
         t.clinicalTnm = t.pathologicalTnm = {};
         c.fiche.proposal.front().details = QStringLiteral("R-CHOP, 6 cures");
     }},
    {"proposal-site", "carboplatin-pemetrexed for a squamous lung cancer",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C34.1");
         t.morphology = QStringLiteral("8070/3");
         c.fiche.proposal.front().details = QStringLiteral("Carboplatine-pémétrexed, 4 cures");
     }},
    {"proposal-site", "the myeloma guideline on a colon cancer",
     [](Case &c) {
         c.fiche.framework.guideline = {QStringLiteral("Recommandations IFM myélome"), QStringLiteral("2022"),
                                        QDate(2022, 9, 1)};
     }},
    {"proposal-site", "an aromatase inhibitor alone for a man's breast cancer",
     [](Case &c) {
         c.patient.sex = Sex::Male;
         c.inscription.tumours[0].topography = QStringLiteral("C50.9");
         c.inscription.tumours[0].morphology = QStringLiteral("8500/3");
         c.fiche.proposal.front().details = QStringLiteral("Hormonothérapie par inhibiteur de l'aromatase");
     }},
    {"trial-eligibility", "a lung trial proposed for a colon cancer",
     [](Case &c) {
         c.fiche.framework.trialProposed = true;
         c.fiche.framework.trialName = QStringLiteral("IFCT – poumon métastatique");
     }},
    {"proposal-stage", "surveillance alone for M1",
     [](Case &c) {
         c.inscription.tumours[0].clinicalTnm = tnm("c", "T3", "N1a", "M1a", "IVA", QDate(2024, 2, 8));
         c.fiche.proposal = {{1, 1, QStringLiteral("MED-226"), QStringLiteral("Scanner tous les 6 mois"),
                              QDate(2024, 8, 1), QDate(2026, 8, 1)}};
         c.fiche.surveillanceOnly = true;
     }},
    {"proposal-stage", "lobectomy for a small-cell cancer beyond T1-2 N0",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C34.1");
         t.morphology = QStringLiteral("8041/3");
         t.clinicalTnm = tnm("c", "T3", "N2", "M0", "IIIB", QDate(2024, 2, 8));
         c.fiche.proposal = {{1, 1, QStringLiteral("387713003"),
                              QStringLiteral("Lobectomie supérieure droite"), QDate(2024, 6, 1),
                              QDate(2024, 6, 1)}};
     }},
    {"proposal-age-who", "an autograft at 72",
     [](Case &c) {
         c.patient.birthDate = QDate(1952, 1, 1);
         c.fiche.proposal.push_back({1, 2, QStringLiteral("MED-126"),
                                     QStringLiteral("Autogreffe de cellules souches"), QDate(2024, 12, 1),
                                     QDate(2024, 12, 20)});
     }},
    {"proposal-age-who", "chemotherapy for a WHO 4 patient",
     [](Case &c) { c.inscription.clinical.whoStatus = 4; }},
    {"dates-history", "a past treatment that starts after the meeting",
     [](Case &c) { c.inscription.clinical.treatments.front().start = QDate(2024, 5, 20); }},
    {"dates-history", "a proposal planned before the meeting",
     [](Case &c) { c.fiche.proposal.front().plannedStart = QDate(2024, 5, 1); }},
    {"dates-ptnm", "a pTNM dated before the surgery",
     [](Case &c) { c.inscription.tumours[0].pathologicalTnm.date = QDate(2024, 3, 1); }},
    {"dates-ptnm", "a pTNM without any surgery", [](Case &c) { c.inscription.clinical.treatments.clear(); }},
    {"dates-relapse", "a relapse before the last treatment",
     [](Case &c) {
         c.inscription.clinical.phase = QString::fromLatin1(kPhaseRelapse);
         c.inscription.clinical.relapseDate = QDate(2024, 3, 1);
     }},
    {"question-phase", "a relapse question in the initial phase",
     [](Case &c) { c.inscription.question = QStringLiteral("Prise en charge de la récidive ?"); }},
    {"late-registration", "registered after the deadline",
     [](Case &c) { c.inscription.registeredAt = c.session.registrationDeadline.addSecs(60); }},
    {"amendment-reason", "a side correction that changes nothing",
     [](Case &c) { amend(c, QStringLiteral("Erreur de latéralité de la tumeur")); }},
    {"amendment-reason", "a TNM correction that changes the correspondents",
     [](Case &c) {
         amend(c, QStringLiteral("Correction du stade TNM après relecture"));
         c.fiche.correspondents.push_back(QUuid::createUuid());
     }},
    {"signing-check", "signed without the clinical TNM",
     [](Case &c) {
         c.inscription.tumours[0].clinicalTnm = {};
         resign(c);
     }},
    {"history-age", "30 pack-years at 26",
     [](Case &c) {
         c.patient.birthDate = QDate(1998, 3, 10);
         c.inscription.clinical.history = QStringLiteral("Tabagisme sevré (30 PA).");
     }},
    {"history-age", "a coronary stent at 30",
     [](Case &c) {
         c.patient.birthDate = QDate(1994, 3, 10);
         c.inscription.clinical.history = QStringLiteral("Cardiopathie ischémique stentée il y a huit ans.");
     }},
    {"dates-postop", "a post-operative scan before the surgery",
     [](Case &c) { c.inscription.clinical.tests.front().date = QDate(2024, 3, 10); }},
    {"response-removed", "a partial response of the primary after the colectomy",
     [](Case &c) {
         c.inscription.clinical.tests.front().result =
             QStringLiteral("Réponse partielle de la tumeur primitive, pas de lésion à distance.");
     }},
    {"response-early", "a response three days after FOLFOX began",
     [](Case &c) {
         c.inscription.clinical.treatments.push_back({QStringLiteral("C15632"), QStringLiteral("FOLFOX"),
                                                      QDate(2024, 4, 28), QDate(), TreatmentState::Ongoing});
         c.inscription.clinical.tests.front().result = QStringLiteral("Réponse partielle.");
     }},
    {"history-window", "a surgery before the first session of the history",
     [](Case &c) { c.inscription.clinical.treatments.front().start = QDate(2023, 3, 20); }},
    {"proposal-dcis", "fulvestrant and a CDK4/6 inhibitor for a local relapse of a DCIS",
     [](Case &c) {
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C50.4");
         t.morphology = QStringLiteral("8500/2");
         t.clinicalTnm = tnm("c", "Tis", "N0", "M0", "0", QDate(2024, 2, 8));
         t.pathologicalTnm = {};
         c.inscription.clinical.phase = QString::fromLatin1(kPhaseRelapse);
         c.inscription.clinical.relapseDate = QDate(2024, 5, 2);
         c.inscription.clinical.progressionLocal = true;
         c.fiche.proposal = {{1, 1, QStringLiteral("C547"), QStringLiteral("Fulvestrant"), QDate(2024, 6, 1),
                              QDate(2025, 6, 1)},
                             {1, 2, QStringLiteral("C93352"),
                              QStringLiteral("Inhibiteur de CDK4/6 (abémaciclib) associé"), QDate(2024, 6, 1),
                              QDate(2025, 6, 1)}};
     }},
    {"toxicity-drug", "FOLFOX reduced for a neuropathy, bevacizumab for a diarrhoea",
     [](Case &c) {
         c.fiche.proposal = {{1, 1, QStringLiteral("C93352"),
                              QStringLiteral("Poursuite à doses réduites de 20 % (neuropathie de grade 2) : "
                                             "Bévacizumab associé"),
                              QDate(2024, 6, 1), QDate(2024, 9, 1)}};
     }},
    {"curative-reduced", "R-CHOP cut by 20 % at 26",
     [](Case &c) {
         c.patient.birthDate = QDate(1998, 1, 10);
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C83.3");
         t.morphology = QStringLiteral("9680/3");
         t.clinicalTnm = t.pathologicalTnm = {};
         t.otherStagings = {
             {QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QStringLiteral("III")}};
         c.fiche.proposal = {{1, 1, QStringLiteral("C15632"),
                              QStringLiteral("Poursuite à doses réduites de 20 % (neutropénie de grade 3) : "
                                             "R-CHOP, 6 cures"),
                              QDate(2024, 6, 1), QDate(2024, 9, 1)}};
     }},
    {"surgery-unfit", "a Whipple at 91 with WHO 2",
     [](Case &c) {
         c.patient.birthDate = QDate(1933, 1, 10);
         c.inscription.clinical.whoStatus = 2;
         c.fiche.proposal = {{1, 1, QString::fromLatin1(kSurgeryCode),
                              QStringLiteral("Duodénopancréatectomie céphalique"), QDate(2024, 6, 1),
                              QDate(2024, 6, 1)}};
     }},
    {"prostate-old", "78 Gy at 90",
     [](Case &c) {
         c.patient.sex = Sex::Male;
         c.patient.birthDate = QDate(1934, 1, 10);
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C61");
         c.fiche.proposal = {{1, 1, QStringLiteral("C15313"),
                              QStringLiteral("Radiothérapie externe de la prostate, 78 Gy"),
                              QDate(2024, 6, 1), QDate(2024, 8, 1)}};
     }},
    {"bleomycin-old", "ABVD at 88",
     [](Case &c) {
         c.patient.birthDate = QDate(1936, 1, 10);
         c.fiche.proposal.front().details = QStringLiteral("ABVD, 6 cures");
     }},
    {"breast-oncogenetics", "a breast cancer at 32 without oncogenetics",
     [](Case &c) {
         c.patient.birthDate = QDate(1991, 6, 10);
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C50.4");
         t.morphology = QStringLiteral("8500/3");
     }},
    {"trial-eligibility", "LYSA SENIOR at 47",
     [](Case &c) {
         c.patient.birthDate = QDate(1977, 1, 10);
         Tumour &t = c.inscription.tumours[0];
         t.topography = QStringLiteral("C83.3");
         t.morphology = QStringLiteral("9680/3");
         c.fiche.framework.trialProposed = true;
         c.fiche.framework.trialName = QStringLiteral("LYSA SENIOR – lymphome B diffus après 80 ans");
     }},
    {"conformity-reason", "non-conform for comorbidities with FOLFOX proposed",
     [](Case &c) {
         c.inscription.clinical.comorbidities = QStringLiteral("Insuffisance rénale modérée");
         c.fiche.framework.conform = false;
         c.fiche.framework.nonConformityReason =
             QStringLiteral("Comorbidités contre-indiquant le traitement standard");
     }},
    {"override-reason", "an override saying \"conforme\" on a non-conform fiche",
     [](Case &c) {
         c.inscription.clinical.comorbidities = QStringLiteral("Insuffisance rénale modérée");
         c.fiche.proposal.front().details = QStringLiteral("LV5FU2, 6 mois");
         c.fiche.framework.conform = false;
         c.fiche.framework.nonConformityReason =
             QStringLiteral("Comorbidités contre-indiquant le traitement standard");
         c.fiche.quorum = QuorumStatus::NotMet;
         c.fiche.quorumOverride = {c.fiche.coordinatorId,
                                   QStringLiteral("Avis recueilli, proposition conforme au référentiel"),
                                   QDateTime(QDate(2024, 5, 15), QTime(9, 0), Qt::UTC)};
     }},
    {"override-reason", "a written opinion without its author",
     [](Case &c) {
         c.fiche.quorum = QuorumStatus::NotMet;
         c.fiche.quorumOverride = {
             c.fiche.coordinatorId,
             QStringLiteral("Avis écrit du spécialiste absent (radiothérapeute) reçu avant la réunion"),
             QDateTime(QDate(2024, 5, 15), QTime(9, 0), Qt::UTC)};
     }},
    {"presenter-present", "a presenter who did not attend",
     [](Case &c) { c.inscription.presenterId = QUuid::createUuid(); }},
    {"quorum-postponed", "discussed without quorum and left unsigned",
     [](Case &c) {
         c.fiche.quorum = QuorumStatus::NotMet;
         c.fiche.signedAt = {};
         c.fiche.signerId = {};
         c.fiche.status = DocumentStatus::Completed;
     }},
};

} // namespace

class TestDemoRulesCatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aGoodFicheBreaksNoRule() {
        const Case c = goodCase();
        const demorules::Breaches breaches = demorules::check(c.context());
        QStringList found;
        for (const auto &[rule, reasons] : breaches)
            found << rule + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // Amendments that change what they name pass too.
        Case side = goodCase();
        amend(side, QStringLiteral("Ajout d'un correspondant à informer"));
        side.fiche.correspondents.push_back(QUuid::createUuid());
        QVERIFY(demorules::check(side.context()).empty());
        Case date = goodCase();
        amend(date, QStringLiteral("Correction de la date de début de traitement"));
        date.fiche.proposal.front().plannedStart = QDate(2024, 6, 8);
        for (const auto &[rule, reasons] : demorules::check(date.context()))
            found << rule + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void everyFaultIsCaughtByItsRule_data() {
        QTest::addColumn<int>("fault");
        for (int i = 0; i < int(std::size(kFaults)); ++i)
            QTest::newRow(kFaults[i].what) << i;
    }
    void everyFaultIsCaughtByItsRule() {
        QFETCH(int, fault);
        Case c = goodCase();
        kFaults[fault].make(c);
        const demorules::Breaches breaches = demorules::check(c.context());
        const QString rule = QString::fromLatin1(kFaults[fault].rule);
        QStringList found;
        for (const auto &[r, reasons] : breaches)
            found << r + QStringLiteral(": ") + reasons.join(QStringLiteral("; "));
        QVERIFY2(breaches.count(rule) == 1,
                 qPrintable(
                     QStringLiteral("expected %1, found: %2").arg(rule, found.join(QStringLiteral(" | ")))));
    }

    void committeeHostedOutsideItsCentreFails_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("reason");
        QTest::newRow("its own establishment") << QStringLiteral("a1") << QString();
        QTest::newRow("no host") << QString() << QStringLiteral("no host establishment");
        QTest::newRow("an id the directory lacks")
            << QStringLiteral("unknown") << QStringLiteral("not in the directory");
        QTest::newRow("its 3C") << QStringLiteral("A") << QStringLiteral("not an establishment");
        QTest::newRow("the network") << QStringLiteral("network") << QStringLiteral("not an establishment");
        QTest::newRow("another centre's establishment")
            << QStringLiteral("b1") << QStringLiteral("not coordinated by the committee's 3C");
    }
    void committeeHostedOutsideItsCentreFails() {
        QFETCH(QString, host);
        QFETCH(QString, reason);
        std::map<QString, Organisation> byName;
        const auto add = [&](const char *name, OrganisationKind kind, const char *parent) {
            Organisation o;
            o.meta.id = QUuid::createUuid();
            o.kind = kind;
            o.name = QLatin1String(name);
            if (parent)
                o.parentId = byName.at(QLatin1String(parent)).meta.id;
            byName[o.name] = o;
        };
        add("network", OrganisationKind::Network, nullptr);
        add("A", OrganisationKind::CoordinationCentre, "network");
        add("B", OrganisationKind::CoordinationCentre, "network");
        add("a1", OrganisationKind::Establishment, "A");
        add("b1", OrganisationKind::Establishment, "B");
        std::vector<Organisation> directory;
        for (const auto &[name, o] : byName)
            directory.push_back(o);
        Rcp rcp;
        rcp.name = QStringLiteral("RCP digestive");
        rcp.organisationId = byName.at(QStringLiteral("A")).meta.id;
        if (host == QLatin1String("unknown"))
            rcp.hostEstablishmentId = QUuid::createUuid();
        else if (!host.isEmpty())
            rcp.hostEstablishmentId = byName.at(host).meta.id;
        const QStringList reasons = demorules::checkCommittee(rcp, directory);
        if (reason.isEmpty())
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QStringLiteral("; "))));
        else
            QVERIFY2(reasons.size() == 1 && reasons.front().contains(reason),
                     qPrintable(reasons.join(QStringLiteral("; "))));
    }

    void everyRuleCanFail() {
        QSet<QString> covered;
        for (const Fault &f : kFaults)
            covered << QString::fromLatin1(f.rule);
        for (const demorules::Rule &r : demorules::rules())
            QVERIFY2(covered.contains(QString::fromLatin1(r.id)), r.id);
    }
};

QTEST_GUILESS_MAIN(TestDemoRulesCatch)
#include "tst_demorulescatch.moc"
