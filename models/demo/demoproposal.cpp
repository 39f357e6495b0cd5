// Demo clinical contexts, questions and board proposals. Treatment types are JDV_TypeTraitement_FRCP
// codes; the proposals follow the usual strategy for the site and stage, with an alternative at times.
#include "models/demo/democlinical.h"
#include "models/demo/demoidentity.h"

namespace concerto::demo {

namespace {

const char *const kSurgery = "387713003";
const char *const kRadiotherapy = "C15313";
const char *const kBrachytherapy = "C15195";
const char *const kChemotherapy = "C15632";
const char *const kTargeted = "C93352";
const char *const kHormone = "C547";
const char *const kImmunotherapy = "C15262";
const char *const kSurveillanceOnly = "MED-226";
const char *const kActiveSurveillance = "MED-227";
const char *const kEndoscopy = "C157891";
const char *const kGraft = "MED-126";
const char *const kSupportiveCare = "C15747";
const char *const kPalliativeCare = "C15252";

QString text(const char *s) {
    return QString::fromUtf8(s);
}

bool metastatic(const Tumour &t) {
    return t.latestTnm().m.startsWith(QLatin1String("M1"));
}
bool advanced(const Tumour &t) {
    return t.latestTnm().stage.startsWith(QLatin1String("III")) ||
           t.latestTnm().n.startsWith(QLatin1String("N1")) || t.latestTnm().n.startsWith(QLatin1String("N2"));
}
bool topography(const Tumour &t, const char *prefix) {
    return t.topography.startsWith(QLatin1String(prefix));
}

struct Step {
    const char *type;
    const char *details;
};

} // namespace

ClinicalContext makeClinical(DemoRandom &random, Committee committee, const Patient &patient,
                             const Tumour &tumour, int caseIndex, const QDate &meeting,
                             const std::vector<PastTreatment> &given) {
    ClinicalContext c;
    c.fromScreening =
        caseIndex == 0 && (committee == Committee::Breast || topography(tumour, "C18")) && random.chance(30);
    if (c.fromScreening)
        c.screeningDate = tumour.diagnosisDate.addDays(-random.between(20, 60));
    c.history = text(random.pick(
        {"Pas d'antécédent notable.", "HTA traitée, dyslipidémie.", "Diabète de type 2 sous metformine.",
         "Tabagisme sevré (30 PA).", "Appendicectomie dans l'enfance.",
         "Cardiopathie ischémique stentée en 2015.", "Hypothyroïdie substituée.", "BPCO stade II."}));
    if (random.chance(40))
        c.comorbidities = text(random.pick({"Insuffisance rénale modérée", "Obésité (IMC 32)",
                                            "Fibrillation atriale anticoagulée", "Dénutrition modérée"}));
    const int age = patient.birthDate.daysTo(meeting) / 365;
    c.whoStatus = random.weighted({40, 35, 15, 7, 3});
    c.whoStatusDate = meeting.addDays(-random.between(1, 14));
    if (age >= 75) {
        c.geriatricTool = QStringLiteral("G8");
        c.geriatricScore = QString::number(random.between(9, 17));
    }
    c.tests.push_back(
        {meeting.addDays(-random.between(5, 25)),
         text(random.pick({"Scanner thoraco-abdomino-pelvien", "TEP-TDM au FDG", "IRM", "Échographie"})),
         text(random.pick({"Pas de lésion à distance.", "Lésion cible mesurée à 32 mm.",
                           "Adénopathie suspecte de 14 mm.", "Stabilité des lésions connues."}))});
    c.treatments = given;
    if (caseIndex > 0 && random.chance(45)) {
        c.phase = QString::fromLatin1(kPhaseRelapse);
        c.relapseDate = meeting.addDays(-random.between(10, 40));
        c.progressionLocal = random.chance(40);
        c.progressionDistant = !c.progressionLocal || random.chance(30);
    }
    c.reports.push_back({QStringLiteral("pathology"), tumour.diagnosisDate,
                         QStringLiteral("Dr ") + familyName(random),
                         QStringLiteral("%1, %2.").arg(tumour.morphology, tumour.topography)});
    c.summary = QStringLiteral("Patient%1 de %2 ans, OMS %3. %4 %5.")
                    .arg(patient.sex == Sex::Female ? QStringLiteral("e") : QString())
                    .arg(age)
                    .arg(c.whoStatus)
                    .arg(tumour.topography,
                         tumour.latestTnm().isEmpty() ? tumour.morphology : tumour.latestTnm().text());
    return c;
}

QString makeQuestion(DemoRandom &random, Committee committee, int caseIndex) {
    if (committee == Committee::Supportive)
        return text(random.pick({"Prise en charge de la douleur ?", "Orientation vers les soins palliatifs ?",
                                 "Évaluation nutritionnelle et sociale ?"}));
    if (caseIndex == 0)
        return text(
            random.pick({"Quelle stratégie thérapeutique ?", "Chirurgie d'emblée ou traitement néoadjuvant ?",
                         "Quel bilan complémentaire avant décision ?", "Quelle prise en charge initiale ?"}));
    return text(random.pick({"Indication d'un traitement adjuvant ?", "Prise en charge de la récidive ?",
                             "Poursuite du traitement après réévaluation ?", "Quelle surveillance ?"}));
}

Proposal makeProposal(DemoRandom &random, Committee committee, const Tumour &tumour, int caseIndex,
                      const QDate &meeting) {
    Proposal p;
    std::vector<Step> steps;
    if (committee == Committee::Supportive) {
        steps = {{kSupportiveCare, "Consultation douleur et diététique"}};
        if (random.chance(40))
            steps.push_back(Step{kPalliativeCare, "Équipe mobile de soins palliatifs"});
    } else if (caseIndex > 0 && random.chance(25)) {
        p.surveillanceOnly = true;
        steps = {{kSurveillanceOnly, "Scanner tous les 6 mois pendant 2 ans"}};
    } else if (committee == Committee::Haematology) {
        if (tumour.morphology == QLatin1String("9732/3"))
            steps = {{kChemotherapy, "Induction VRd, 4 cycles"}, {kGraft, "Autogreffe après melphalan 200"}};
        else if (tumour.morphology == QLatin1String("9690/3") && random.chance(40))
            steps = {{kActiveSurveillance, "Abstention-surveillance (faible masse tumorale)"}};
        else
            steps = {{kChemotherapy, "R-CHOP 6 cycles"}, {kImmunotherapy, "Rituximab associé"}};
    } else if (metastatic(tumour)) {
        if (committee == Committee::Thoracic)
            steps = {{kImmunotherapy, "Pembrolizumab"}, {kChemotherapy, "Carboplatine-pémétrexed, 4 cycles"}};
        else if (topography(tumour, "C61"))
            steps = {{kHormone, "Hormonothérapie de nouvelle génération"},
                     {kRadiotherapy, "Radiothérapie de la prostate"}};
        else if (committee == Committee::Breast)
            steps = {{kHormone, "Hormonothérapie"}, {kTargeted, "Inhibiteur de CDK4/6"}};
        else
            steps = {{kChemotherapy, "FOLFIRI, 6 cycles"}, {kTargeted, "Bévacizumab associé"}};
    } else if (topography(tumour, "C61")) {
        if (tumour.latestTnm().t == QLatin1String("T1c") || tumour.latestTnm().t == QLatin1String("T2a"))
            steps = {{kActiveSurveillance, "PSA tous les 6 mois, IRM et biopsies à 1 an"}};
        else
            steps = {{kRadiotherapy, "Radiothérapie externe 78 Gy"},
                     {kHormone, "Hormonothérapie courte, 6 mois"}};
    } else if (topography(tumour, "C67")) {
        steps = {{kEndoscopy, "Résection trans-urétrale de vessie"}};
        if (advanced(tumour) || tumour.latestTnm().t.startsWith(QLatin1String("T2")))
            steps = {{kChemotherapy, "Chimiothérapie néoadjuvante MVAC-dd"},
                     {kSurgery, "Cystectomie totale"}};
    } else if (topography(tumour, "C20")) {
        steps = {{kRadiotherapy, "Radiochimiothérapie 50 Gy"}, {kSurgery, "Exérèse totale du mésorectum"}};
    } else if (committee == Committee::Breast) {
        steps = {{kSurgery, "Tumorectomie et ganglion sentinelle"},
                 {kRadiotherapy, "Radiothérapie du sein 50 Gy"}};
        if (advanced(tumour))
            steps.insert(steps.begin(), Step{kChemotherapy, "Chimiothérapie néoadjuvante EC-paclitaxel"});
        steps.push_back(Step{kHormone, "Hormonothérapie adjuvante 5 ans"});
        if (random.chance(10))
            steps.push_back(Step{kBrachytherapy, "Complément de dose par curiethérapie"});
    } else if (committee == Committee::Thoracic) {
        steps = advanced(tumour) ? std::vector<Step>{{kRadiotherapy, "Radiochimiothérapie concomitante"},
                                                     {kImmunotherapy, "Durvalumab en consolidation"}}
                                 : std::vector<Step>{{kSurgery, "Lobectomie et curage ganglionnaire"}};
    } else {
        steps = {{kSurgery, "Résection chirurgicale"}};
        if (advanced(tumour))
            steps.push_back(Step{kChemotherapy, "Chimiothérapie adjuvante FOLFOX, 6 mois"});
    }
    QDate start = meeting.addDays(random.between(7, 28));
    int sequence = 1;
    for (const Step &s : steps) {
        ProposalLine line{
            1, sequence++, text(s.type), text(s.details), start, start.addDays(random.between(30, 120))};
        start = line.plannedEnd.addDays(random.between(14, 42));
        p.lines.push_back(line);
    }
    if (!p.surveillanceOnly && committee != Committee::Supportive && random.chance(12))
        p.lines.push_back({2, 1, text(kChemotherapy),
                           QStringLiteral("Alternative si contre-indication : capécitabine"),
                           meeting.addDays(21), meeting.addDays(150)});
    if (random.chance(15))
        p.exams.push_back({text(random.pick({"IRM hépatique", "TEP-TDM", "Consultation d'oncogénétique",
                                             "Biopsie complémentaire"})),
                           meeting.addDays(7), meeting.addDays(28)});
    p.referToRecours = random.chancePerMille(15);
    return p;
}

std::vector<PastTreatment> carriedOut(const Proposal &proposal, const QDate &reference) {
    std::vector<PastTreatment> done;
    for (const ProposalLine &line : proposal.lines) {
        if (line.intention != 1 || line.plannedStart > reference)
            continue;
        PastTreatment t;
        t.type = line.treatmentType;
        t.details = line.details;
        t.start = line.plannedStart;
        t.end = line.plannedEnd <= reference ? line.plannedEnd : QDate();
        t.state = line.plannedEnd <= reference ? TreatmentState::Done : TreatmentState::Ongoing;
        done.push_back(t);
    }
    return done;
}

} // namespace concerto::demo
