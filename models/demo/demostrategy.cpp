// Board proposals for the digestive organs (colon, rectum, oesophagus, stomach, pancreas, liver, bile
// ducts), and what every organ shares: steps and their durations, surveillance, the frail patient.
// Fluoropyrimidine doublets with bevacizumab are for colorectal cancers only; FLOT for the stomach and
// the oesophagus; FOLFIRINOX for fit patients under 75; no oxaliplatin in adjuvant after 70.
#include "models/demo/demostrategy.h"

namespace concerto::demo {

namespace {

QString text(const char *s) {
    return QString::fromUtf8(s);
}

bool isM0(const Situation &s) {
    return !s.metastatic;
}

QString tCategory(const Situation &s) {
    return s.tumour.clinicalTnm.t;
}

Decision metastaticColorectal(DemoRandom &random, const Situation &s) {
    if (s.age >= 75 || s.who >= 2)
        return {{course(kChemotherapy, text("LV5FU2 simplifié, réévaluation après 4 cures"), 56, 60),
                 alongside(kTargeted, text("Bévacizumab associé"), 56, 60)}};
    const bool folfiri = s.had("FOLFOX") || s.had("CAPOX");
    return {
        {course(kChemotherapy,
                text(folfiri ? "FOLFIRI, réévaluation après 6 cures" : "FOLFOX, réévaluation après 6 cures"),
                84, 90),
         alongside(kTargeted, text("Bévacizumab associé"), 84, 90)},
        random.chance(40)
            ? std::vector<Step>{course(kTargeted, text("Panitumumab si RAS et BRAF non mutés"), 84, 90)}
            : std::vector<Step>{}};
}

Decision metastaticUpperGi(const Situation &s) {
    if (s.age >= 75 || s.who >= 2)
        return {{course(kChemotherapy, text("FOLFOX, réévaluation après 4 cures"), 56, 60)}};
    return {{course(kChemotherapy, text("FOLFOX, réévaluation après 6 cures"), 84, 90),
             alongside(kImmunotherapy, text("Nivolumab associé"), 84, 90)}};
}

Decision pancreasSystemic(const Situation &s) {
    if (s.age >= 85 || s.who >= 2)
        return {{course(kChemotherapy, text("Gemcitabine seule, réévaluation à 2 mois"), 56, 60)}};
    if (s.age < 75 && s.who <= 1)
        return {{course(kChemotherapy, text("FOLFIRINOX, réévaluation après 4 cures"), 56, 60)}};
    return {{course(kChemotherapy, text("Gemcitabine et nab-paclitaxel, réévaluation à 2 mois"), 56, 60)}};
}

Decision liverSystemic(const Situation &s) {
    if (s.age >= 80 || s.who >= 2)
        return {{course(kTargeted, text("Lenvatinib"), 168, 182)}};
    return {{course(kImmunotherapy, text("Atézolizumab, réévaluation à 3 mois"), 84, 90),
             alongside(kTargeted, text("Bévacizumab associé"), 84, 90)}};
}

Decision bileDuctsSystemic() {
    return {{course(kChemotherapy, text("Gemcitabine et cisplatine, 8 cures"), 168, 175),
             alongside(kImmunotherapy, text("Durvalumab associé"), 168, 175)}};
}

QString colectomy(const Situation &s) {
    return s.tumour.topography == QLatin1String("C18.7")
               ? text("Colectomie gauche (sigmoïdectomie) avec curage ganglionnaire")
               : text("Colectomie droite avec curage ganglionnaire");
}

} // namespace

Step surgery(const QString &details, int minGap, int maxGap) {
    return {kSurgery, details, 0, 0, false, minGap, maxGap};
}
Step course(const char *type, const QString &details, int minDays, int maxDays) {
    return {type, details, minDays, maxDays, false, 14, 42};
}
Step alongside(const char *type, const QString &details, int minDays, int maxDays) {
    return {type, details, minDays, maxDays, true, 0, 0};
}
Decision surveillance(const QString &details) {
    return {{{kSurveillanceOnly, details, 0, 0, false, 14, 42}}, {}, true};
}

bool Situation::had(const char *word) const {
    for (const PastTreatment &t : treatments)
        if (t.details.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
            return true;
    return false;
}

QString Situation::side(bool feminine) const {
    if (course->side.isEmpty() || !feminine || course->side != QLatin1String("droit"))
        return course->side;
    return QStringLiteral("droite");
}

bool Situation::nodes() const {
    const QString n = tumour.latestTnm().n;
    return !n.isEmpty() && !n.endsWith(QLatin1String("N0")) && !n.contains(QLatin1String("N0("));
}

QStringList examsFor(Organ organ) {
    switch (organ) {
    case Organ::Colon:
        return {QStringLiteral("IRM hépatique"), QStringLiteral("Coloscopie complète")};
    case Organ::Rectum:
        return {QStringLiteral("IRM pelvienne"), QStringLiteral("IRM hépatique")};
    case Organ::Oesophagus:
    case Organ::Stomach:
        return {QStringLiteral("Écho-endoscopie"), QStringLiteral("TEP-TDM au FDG")};
    case Organ::Pancreas:
        return {QStringLiteral("Écho-endoscopie avec biopsie"), QStringLiteral("IRM hépatique")};
    case Organ::Liver:
    case Organ::BileDucts:
        return {QStringLiteral("IRM hépatique"), QStringLiteral("Biopsie hépatique")};
    case Organ::Lung:
        return {QStringLiteral("TEP-TDM au FDG"), QStringLiteral("IRM cérébrale"),
                QStringLiteral("Écho-endoscopie bronchique (EBUS)")};
    case Organ::Breast:
        return {QStringLiteral("IRM mammaire"), QStringLiteral("Consultation d'oncogénétique")};
    case Organ::Prostate:
        return {QStringLiteral("IRM prostatique multiparamétrique"), QStringLiteral("TEP-TDM au PSMA")};
    case Organ::Bladder:
        return {QStringLiteral("Uroscanner"), QStringLiteral("TEP-TDM au FDG")};
    case Organ::Kidney:
        return {QStringLiteral("Scanner thoracique"), QStringLiteral("Scintigraphie rénale")};
    case Organ::Dlbcl:
    case Organ::Follicular:
    case Organ::Hodgkin:
        return {QStringLiteral("TEP-TDM au FDG"), QStringLiteral("Biopsie ostéomédullaire")};
    case Organ::Myeloma:
        return {QStringLiteral("IRM du rachis et du bassin"), QStringLiteral("TEP-TDM au FDG")};
    }
    return {};
}

static bool isDigestive(Organ organ) {
    return organ <= Organ::BileDucts;
}

Decision firstDecision(DemoRandom &random, const Situation &s) {
    return isDigestive(s.organ()) ? digestiveFirst(random, s) : otherFirst(random, s);
}
Decision adjuvantDecision(DemoRandom &random, const Situation &s) {
    return isDigestive(s.organ()) ? digestiveAdjuvant(random, s) : otherAdjuvant(random, s);
}
Decision relapseDecision(DemoRandom &random, const Situation &s) {
    return isDigestive(s.organ()) ? digestiveRelapse(random, s) : otherRelapse(random, s);
}
Decision followUpDecision(DemoRandom &random, const Situation &s) {
    return isDigestive(s.organ()) ? digestiveFollowUp(random, s) : otherFollowUp(random, s);
}

Decision frailDecision(DemoRandom &random, const Situation &s) {
    const bool invasiveBreast = s.organ() == Organ::Breast && s.tumour.clinicalTnm.t != QLatin1String("Tis");
    if (s.who == 3 && invasiveBreast)
        return {{course(kHormone,
                        text(s.course->man ? "Hormonothérapie par tamoxifène"
                                           : "Hormonothérapie par inhibiteur de l'aromatase"),
                        365, 370)}};
    if (s.who == 3 && s.organ() == Organ::Prostate)
        return {{course(kHormone, text("Suppression androgénique (agoniste de la LH-RH)"), 365, 370)}};
    if (s.who == 3 && s.organ() == Organ::Dlbcl && !s.had("CHOP"))
        return {{course(kChemotherapy, text("Préphase de corticoïdes puis R-mini-CHOP, 6 cures"), 126, 130)}};
    Decision d{{course(kSupportiveCare,
                       text("Soins de support exclusifs : antalgiques, nutrition, kinésithérapie"), 90, 90)}};
    if (s.who == 4 || random.chance(50))
        d.steps.push_back(alongside(kPalliativeCare,
                                    text("Accompagnement par l'équipe mobile de soins palliatifs"), 90, 90));
    return d;
}

Decision digestiveFirst(DemoRandom &random, const Situation &s) {
    const QString t = tCategory(s);
    const bool young = s.age < 75 && s.who <= 1;
    // No major resection (oesophagectomy, total gastrectomy, Whipple, hepatectomy) from 80 or at WHO 2:
    // from 79 at the decision, so that the patient is not 80 at the board that confirms the operation.
    const bool unfit = s.age >= 79 || s.who >= 2;
    switch (s.organ()) {
    case Organ::Colon:
        if (!isM0(s))
            return metastaticColorectal(random, s);
        return {{surgery(colectomy(s))}};
    case Organ::Rectum:
        if (!isM0(s))
            return metastaticColorectal(random, s);
        if (t == QLatin1String("T1") || (t == QLatin1String("T2") && !s.nodes()))
            return {{surgery(text("Exérèse totale du mésorectum par voie cœlioscopique"))}};
        if (young && (t == QLatin1String("T4b") || s.tumour.clinicalTnm.n.startsWith(QLatin1String("N2"))))
            return {{course(kChemotherapy, text("FOLFIRINOX néoadjuvant, 6 cures"), 84, 90),
                     course(kRadiotherapy, text("Radiochimiothérapie 50 Gy avec capécitabine"), 35, 40),
                     surgery(text("Exérèse totale du mésorectum"), 42, 77)}};
        return {
            {course(kRadiotherapy, text("Radiochimiothérapie néoadjuvante 50 Gy avec capécitabine"), 35, 40),
             surgery(text("Exérèse totale du mésorectum"), 49, 77)}};
    case Organ::Oesophagus:
        if (!isM0(s))
            return metastaticUpperGi(s);
        if (t == QLatin1String("T1a") && !s.nodes())
            return {{{kEndoscopy, text("Dissection endoscopique sous-muqueuse"), 0, 0, false, 14, 42}}};
        if (t == QLatin1String("T1b") && !s.nodes() && young)
            return {{surgery(text("Œsophagectomie transthoracique (intervention de Lewis-Santy)"))}};
        if (!young)
            return {{course(kRadiotherapy, text("Radiochimiothérapie exclusive 50 Gy (FOLFOX)"), 35, 42)}};
        if (s.squamous())
            return {{course(kRadiotherapy,
                            text("Radiochimiothérapie néoadjuvante CROSS (carboplatine-paclitaxel, 41,4 Gy)"),
                            33, 35),
                     surgery(text("Œsophagectomie transthoracique (intervention de Lewis-Santy)"), 42, 56)}};
        return {{course(kChemotherapy, text("FLOT périopératoire, 4 cures avant la chirurgie"), 56, 60),
                 surgery(text("Œsophagectomie transthoracique (intervention de Lewis-Santy)"), 28, 42)}};
    case Organ::Stomach:
        if (!isM0(s))
            return metastaticUpperGi(s);
        if (t.startsWith(QLatin1String("T1")) && !s.nodes())
            return {{surgery(text("Gastrectomie partielle avec curage ganglionnaire D1,5"))}};
        if (unfit)
            return {
                {course(kSupportiveCare,
                        text("Soins de support : nutrition, correction de l'anémie, hémostase endoscopique "
                             "si saignement"),
                        90, 90)}};
        if (!young)
            return {{surgery(text("Gastrectomie totale avec curage ganglionnaire D2"))}};
        return {{course(kChemotherapy, text("FLOT périopératoire, 4 cures avant la chirurgie"), 56, 60),
                 surgery(text("Gastrectomie totale avec curage ganglionnaire D2"), 28, 42)}};
    case Organ::Pancreas:
        if (!isM0(s) || t == QLatin1String("T4") || unfit)
            return pancreasSystemic(s);
        return {{surgery(text("Duodénopancréatectomie céphalique"))}};
    case Organ::Liver:
        if (!isM0(s) || s.nodes() || t == QLatin1String("T4"))
            return liverSystemic(s);
        if (t.startsWith(QLatin1String("T1")) && unfit)
            return {{{kInterventionalRadiology, text("Radiofréquence percutanée"), 0, 0, false, 14, 42}}};
        if (t.startsWith(QLatin1String("T1")))
            return random.chance(50) ? Decision{{{kInterventionalRadiology, text("Radiofréquence percutanée"),
                                                  0, 0, false, 14, 42}},
                                                {surgery(text("Hépatectomie partielle"))}}
                                     : Decision{{surgery(text("Hépatectomie partielle"))}};
        return {{{kInterventionalRadiology, text("Chimioembolisation intra-artérielle hépatique, 2 séances"),
                  42, 56, false, 14, 42}}};
    case Organ::BileDucts:
        if (!isM0(s) || t == QLatin1String("T4") || unfit)
            return bileDuctsSystemic();
        return {{surgery(text("Hépatectomie avec curage du pédicule hépatique"))}};
    default:
        return otherFirst(random, s);
    }
}

Decision digestiveAdjuvant(DemoRandom &random, const Situation &s) {
    const QString stage = s.stage();
    const bool fit = s.age < 75 && s.who <= 1;
    switch (s.organ()) {
    case Organ::Colon:
    case Organ::Rectum:
        if (s.nodes()) {
            if (s.age >= 70)
                return {
                    {course(kChemotherapy,
                            text("Capécitabine seule, 6 mois (pas d'oxaliplatine après 70 ans)"), 168, 182)}};
            const bool lowRisk = !s.tumour.latestTnm().t.startsWith(QLatin1String("T4")) &&
                                 s.tumour.latestTnm().n.startsWith(QLatin1String("N1"));
            return lowRisk ? Decision{{course(kChemotherapy, text("CAPOX, 3 mois"), 84, 90)},
                                      {course(kChemotherapy, text("FOLFOX, 3 mois"), 84, 90)}}
                           : Decision{{course(kChemotherapy, text("FOLFOX, 6 mois"), 168, 182)}};
        }
        if (s.tumour.latestTnm().t.startsWith(QLatin1String("T4")) && s.age < 75)
            return {{course(kChemotherapy, text("LV5FU2, 6 mois (stade II à haut risque)"), 168, 182)}};
        return surveillance(
            text("Surveillance : examen clinique, ACE et scanner thoraco-abdomino-pelvien tous les "
                 "3 à 6 mois pendant 3 ans, coloscopie à 1 an"));
    case Organ::Oesophagus:
    case Organ::Stomach:
        if (s.had("FLOT"))
            return {{course(kChemotherapy, text("FLOT postopératoire, 4 cures"), 56, 60)}};
        if (s.had("CROSS") && (s.nodes() || s.tumour.latestTnm().t != QLatin1String("T0")))
            return {{course(kImmunotherapy, text("Nivolumab adjuvant, 1 an"), 360, 365)}};
        if (s.organ() == Organ::Stomach && s.nodes() && fit)
            return {{course(kChemotherapy, text("CAPOX adjuvant, 6 mois"), 168, 182)}};
        return surveillance(text("Surveillance clinique et scanner thoraco-abdominal tous les 6 mois"));
    case Organ::Pancreas:
        return fit ? Decision{{course(kChemotherapy, text("mFOLFIRINOX adjuvant, 6 mois"), 168, 182)}}
                   : Decision{{course(kChemotherapy, text("Gemcitabine adjuvante, 6 mois"), 168, 182)}};
    case Organ::BileDucts:
        return {{course(kChemotherapy, text("Capécitabine adjuvante, 6 mois"), 168, 182)}};
    case Organ::Liver:
        return surveillance(
            text("Surveillance : IRM hépatique et alpha-fœtoprotéine tous les 3 mois pendant 2 ans"));
    default:
        Q_UNUSED(stage)
        Q_UNUSED(random)
        return otherAdjuvant(random, s);
    }
}

Decision digestiveRelapse(DemoRandom &random, const Situation &s) {
    switch (s.organ()) {
    case Organ::Colon:
    case Organ::Rectum:
        if (!s.metastatic && random.chance(50))
            return {{surgery(text("Résection chirurgicale de la récidive locorégionale"))}};
        return metastaticColorectal(random, s);
    case Organ::Oesophagus:
    case Organ::Stomach:
        if (s.squamous())
            return {{course(kChemotherapy, text("Paclitaxel hebdomadaire"), 84, 90)}};
        return {{course(kChemotherapy, text("Paclitaxel hebdomadaire"), 84, 90),
                 alongside(kTargeted, text("Ramucirumab associé"), 84, 90)}};
    case Organ::Pancreas:
        if (s.had("FOLFIRINOX"))
            return {{course(kChemotherapy, text("Gemcitabine et nab-paclitaxel"), 56, 60)}};
        return {{course(kChemotherapy, text("FOLFOX, réévaluation après 4 cures"), 56, 60)}};
    case Organ::Liver:
        if (!s.metastatic)
            return {{{kInterventionalRadiology, text("Chimioembolisation intra-artérielle hépatique"), 0, 0,
                      false, 14, 42}}};
        return s.had("Atézolizumab") ? Decision{{course(kTargeted, text("Lenvatinib"), 168, 182)}}
                                     : liverSystemic(s);
    case Organ::BileDucts:
        return s.had("Gemcitabine")
                   ? Decision{{course(kChemotherapy, text("FOLFOX, réévaluation après 6 cures"), 84, 90)}}
                   : bileDuctsSystemic();
    default:
        return otherRelapse(random, s);
    }
}

Decision digestiveFollowUp(DemoRandom &random, const Situation &s) {
    if (!s.metastatic)
        return surveillance(
            text("Surveillance : examen clinique et scanner thoraco-abdomino-pelvien tous les 6 mois"));
    switch (s.organ()) {
    case Organ::Colon:
    case Organ::Rectum:
        return {{course(kChemotherapy, text("Entretien par LV5FU2 et bévacizumab"), 168, 182)}};
    case Organ::Liver:
        return s.had("Lenvatinib") ? Decision{{course(kTargeted, text("Poursuite du lenvatinib"), 168, 182)}}
                                   : liverSystemic(s);
    case Organ::Pancreas:
        return {{course(kChemotherapy, text("Entretien par LV5FU2"), 84, 90)}};
    case Organ::BileDucts:
        return {{course(kImmunotherapy, text("Durvalumab en entretien"), 168, 182)}};
    case Organ::Oesophagus:
    case Organ::Stomach:
        return {{course(kImmunotherapy, text("Nivolumab en entretien"), 168, 182)}};
    default:
        return otherFollowUp(random, s);
    }
}

} // namespace concerto::demo
