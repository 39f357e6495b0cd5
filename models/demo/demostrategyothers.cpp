// Board proposals for the lung, breast, urology and haematology. Small-cell lung cancer gets
// platinum and etoposide (surgery only at a very limited stage, T1–2 N0 M0); carboplatin-pemetrexed is
// for non-squamous non-small-cell cancers; Hodgkin lymphoma gets ABVD or BEACOPP, diffuse large B-cell
// lymphoma R-CHOP; no autograft from 70 years on.
#include "models/demo/demostrategy.h"

namespace concerto::demo {

namespace {

QString text(const char *s) {
    return QString::fromUtf8(s);
}

QString lobectomy(const Situation &s) {
    const QString &topography = s.tumour.topography;
    const QString lobe = topography == QLatin1String("C34.1")   ? QStringLiteral("supérieure ")
                         : topography == QLatin1String("C34.3") ? QStringLiteral("inférieure ")
                                                                : QString();
    return QStringLiteral("Lobectomie %1%2 et curage ganglionnaire médiastinal").arg(lobe, s.side(true));
}

// Very limited small-cell cancer: T1–2 N0 M0, the only one a surgeon takes.
bool veryLimited(const Situation &s) {
    const TnmStaging &c = s.tumour.clinicalTnm;
    return (c.t.startsWith(QLatin1String("T1")) || c.t.startsWith(QLatin1String("T2"))) &&
           c.n == QLatin1String("N0") && c.m == QLatin1String("M0");
}

Decision lungMetastatic(const Situation &s) {
    if (s.smallCell())
        return {{course(kChemotherapy, text("Carboplatine-étoposide, 4 cures"), 84, 90),
                 alongside(kImmunotherapy, text("Atézolizumab associé puis en entretien"), 84, 90)}};
    if (s.age >= 80 || s.who >= 2)
        return {{course(kChemotherapy, text("Carboplatine-paclitaxel hebdomadaire, 4 cures"), 84, 90)}};
    if (s.squamous())
        return {{course(kChemotherapy, text("Carboplatine-paclitaxel, 4 cures"), 84, 90),
                 alongside(kImmunotherapy, text("Pembrolizumab associé"), 84, 90)}};
    return {
        {course(kChemotherapy, text("Carboplatine-pémétrexed, 4 cures puis pémétrexed en entretien"), 84, 90),
         alongside(kImmunotherapy, text("Pembrolizumab associé"), 84, 90)}};
}

Decision lungFirst(const Situation &s) {
    const QString stage = s.stage();
    const bool fit = s.age < 75 && s.who <= 1;
    if (s.metastatic)
        return lungMetastatic(s);
    if (s.smallCell()) {
        if (veryLimited(s) && s.who <= 1)
            return {{surgery(lobectomy(s))}};
        return {
            {course(kChemotherapy,
                    text(fit ? "Cisplatine-étoposide, 4 cures" : "Carboplatine-étoposide, 4 cures"), 84, 90),
             alongside(kRadiotherapy, text("Radiothérapie thoracique concomitante 45 Gy"), 21, 25),
             course(kRadiotherapy, text("Irradiation prophylactique encéphalique 25 Gy"), 14, 16)}};
    }
    if (stage.startsWith(QLatin1String("III")))
        return {{course(kRadiotherapy, text("Radiothérapie thoracique 66 Gy"), 45, 49),
                 alongside(kChemotherapy, text("Carboplatine-paclitaxel hebdomadaire concomitant"), 45, 49),
                 course(kImmunotherapy, text("Durvalumab en consolidation, 12 mois"), 360, 365)}};
    if (s.age >= 80 || s.who >= 2)
        return {{course(kRadiotherapy, text("Radiothérapie stéréotaxique, 3 fractions"), 7, 10)}};
    return {{surgery(lobectomy(s))}, {course(kRadiotherapy, text("Radiothérapie stéréotaxique"), 7, 10)}};
}

Decision breastFirst(const Situation &s) {
    const QString side = s.side();
    const TnmStaging &c = s.tumour.clinicalTnm;
    if (s.metastatic)
        return {{course(kHormone,
                        text(s.course->man ? "Hormonothérapie par tamoxifène"
                                           : "Hormonothérapie par inhibiteur de l'aromatase (létrozole)"),
                        365, 370),
                 alongside(kTargeted, text("Inhibiteur de CDK4/6 (palbociclib) associé"), 365, 370)}};
    if (c.t == QLatin1String("Tis"))
        return {{surgery(QStringLiteral("Tumorectomie du sein %1").arg(side))}};
    const bool advanced = c.t.startsWith(QLatin1String("T3")) || c.t.startsWith(QLatin1String("T4")) ||
                          c.n != QLatin1String("N0");
    if (advanced && s.age < 70)
        return {
            {course(kChemotherapy,
                    text("Chimiothérapie néoadjuvante : 4 EC puis 12 paclitaxel hebdomadaires"), 160, 170),
             surgery(QStringLiteral("Mastectomie %1 et curage axillaire").arg(s.side(true)), 21, 35)}};
    if (advanced)
        return {{surgery(QStringLiteral("Mastectomie %1 et curage axillaire").arg(s.side(true)))}};
    return {{surgery(QStringLiteral("Tumorectomie du sein %1 et ganglion sentinelle").arg(side))}};
}

Decision breastAdjuvant(const Situation &s) {
    const QString side = s.side();
    const bool insitu = s.tumour.clinicalTnm.t == QLatin1String("Tis");
    if (insitu)
        return {{course(kRadiotherapy, QStringLiteral("Radiothérapie du sein %1, 50 Gy").arg(side), 33, 35)}};
    const bool mastectomy = s.had("Mastectomie");
    Decision d;
    if (!s.had("néoadjuvante") && s.nodes() && s.age < 70)
        d.steps.push_back(
            course(kChemotherapy, text("Chimiothérapie adjuvante : 4 EC puis 12 paclitaxel"), 160, 170));
    d.steps.push_back(course(kRadiotherapy,
                             mastectomy ? text("Radiothérapie de la paroi et des aires ganglionnaires, 50 Gy")
                                        : QStringLiteral("Radiothérapie du sein %1, 50 Gy").arg(side),
                             33, 35));
    d.steps.push_back(course(kHormone,
                             s.age < 50 || s.course->man
                                 ? text("Hormonothérapie adjuvante par tamoxifène, 5 ans")
                                 : text("Hormonothérapie adjuvante par inhibiteur de l'aromatase, 5 ans"),
                             1820, 1830));
    return d;
}

// D'Amico risk of a localised prostate cancer: 0 low, 1 intermediate, 2 high.
int prostateRisk(const Situation &s) {
    const QString t = s.tumour.clinicalTnm.t;
    const double psa = s.course->factors.psa.value_or(0);
    const int group = s.course->factors.gradeGroup;
    if (t == QLatin1String("T2c") || t.startsWith(QLatin1String("T3")) || t.startsWith(QLatin1String("T4")) ||
        psa > 20 || group >= 4)
        return 2;
    if (t == QLatin1String("T2b") || psa >= 10 || group >= 2)
        return 1;
    return 0;
}

Decision prostateFirst(const Situation &s) {
    if (s.metastatic) {
        Decision d{{course(kHormone, text("Suppression androgénique associée à l'acétate d'abiratérone"), 365,
                           370)}};
        if (s.age < 70 && s.who == 0)
            d.steps.push_back(alongside(kChemotherapy, text("Docétaxel, 6 cures"), 126, 130));
        return d;
    }
    // From 80, a localised cancer is watched (low and intermediate risk) or given androgen
    // deprivation alone (high risk, nodes): no 74-78 Gy course.
    if (s.age >= 80)
        return prostateRisk(s) == 0 || (prostateRisk(s) == 1 && s.tumour.clinicalTnm.n != QLatin1String("N1"))
                   ? surveillance(
                         text("Surveillance simple : PSA tous les 6 mois, hormonothérapie différée si "
                              "évolution symptomatique"))
                   : Decision{{course(kHormone, text("Suppression androgénique seule (agoniste de la LH-RH)"),
                                      365, 370)}};
    if (s.tumour.clinicalTnm.n == QLatin1String("N1"))
        return {
            {course(kRadiotherapy, text("Radiothérapie de la prostate et des aires pelviennes, 74 Gy"), 52,
                    56),
             alongside(kHormone, text("Hormonothérapie longue (3 ans) et abiratérone (2 ans)"), 1090, 1100)}};
    switch (prostateRisk(s)) {
    case 0:
        if (s.age >= 75)
            return surveillance(text("Surveillance simple : PSA tous les 6 mois"));
        return {
            {course(kActiveSurveillance,
                    text("Surveillance active : PSA tous les 6 mois, IRM et biopsies à 1 an"), 360, 370)}};
    case 1:
        if (s.age < 70)
            return {{surgery(text("Prostatectomie totale robot-assistée et curage ilio-obturateur"))},
                    {course(kRadiotherapy, text("Radiothérapie externe 78 Gy et hormonothérapie courte"), 52,
                            56)}};
        return {{course(kRadiotherapy, text("Radiothérapie externe de la prostate, 78 Gy"), 52, 56),
                 alongside(kHormone, text("Hormonothérapie courte, 6 mois"), 180, 185)}};
    default:
        return {{course(kRadiotherapy,
                        text("Radiothérapie externe de la prostate et des aires pelviennes, 78 Gy"), 52, 56),
                 alongside(kHormone, text("Hormonothérapie longue, 18 à 36 mois"), 545, 550)}};
    }
}

Decision urologyFirst(const Situation &s) {
    const QString t = s.tumour.clinicalTnm.t;
    const QString side = s.side(true);
    if (s.organ() == Organ::Prostate)
        return prostateFirst(s);
    if (s.organ() == Organ::Kidney) {
        if (s.metastatic)
            return s.tumour.morphology == QLatin1String("8310/3")
                       ? Decision{{course(kImmunotherapy, text("Pembrolizumab"), 168, 182),
                                   alongside(kTargeted, text("Axitinib associé"), 168, 182)}}
                       : Decision{{course(kTargeted, text("Cabozantinib"), 168, 182)}};
        if (t == QLatin1String("T1a"))
            return s.age >= 80
                       ? Decision{{course(kActiveSurveillance,
                                          text("Surveillance active de la petite masse rénale"), 360, 370)}}
                       : Decision{{surgery(QStringLiteral("Néphrectomie partielle %1").arg(side))},
                                  {{kInterventionalRadiology, text("Radiofréquence percutanée"), 0, 0, false,
                                    14, 42}}};
        return {{surgery(QStringLiteral("Néphrectomie totale élargie %1").arg(side))}};
    }
    // Bladder.
    if (s.metastatic || s.nodes() || t == QLatin1String("T4b"))
        return {{course(
            kChemotherapy,
            text(s.age < 75 ? "Gemcitabine-cisplatine, 6 cures" : "Gemcitabine-carboplatine, 6 cures"), 126,
            130)}};
    if (t == QLatin1String("T1"))
        return {{{kEndoscopy, text("Nouvelle résection trans-urétrale de vessie"), 0, 0, false, 14, 42},
                 course(kImmunotherapy, text("Instillations endovésicales de BCG, induction et entretien"),
                        360, 365)}};
    if (s.age < 75 && s.who <= 1)
        return {
            {course(kChemotherapy, text("Chimiothérapie néoadjuvante MVAC dose-dense, 4 cures"), 56, 60),
             surgery(text("Cystectomie totale avec curage ganglionnaire et dérivation urinaire"), 28, 42)}};
    return {{course(kRadiotherapy, text("Radiochimiothérapie (5-FU et mitomycine), 64 Gy"), 45, 49)}};
}

Decision haematologyFirst(const Situation &s) {
    const QString value = s.tumour.otherStagings.empty() ? QString() : s.tumour.otherStagings.front().value;
    const bool early = value.startsWith(QLatin1String("I")) && !value.startsWith(QLatin1String("III")) &&
                       !value.startsWith(QLatin1String("IV"));
    switch (s.organ()) {
    case Organ::Hodgkin:
        if (early && s.age >= 70)
            return {{course(kChemotherapy, text("AVD, 3 cures (sans bléomycine)"), 84, 90),
                     course(kRadiotherapy, text("Radiothérapie des sites initialement atteints, 30 Gy"), 21,
                            25)}};
        if (early)
            return {{course(kChemotherapy, text("ABVD, 3 cures (adaptées à la TEP après 2 cures)"), 84, 90),
                     course(kRadiotherapy, text("Radiothérapie des sites initialement atteints, 30 Gy"), 21,
                            25)}};
        if (s.age < 60)
            return {
                {course(kChemotherapy, text("BEACOPP escaladé, 4 à 6 cures (adapté à la TEP après 2 cures)"),
                        126, 130)}};
        if (s.age < 70)
            return {
                {course(kChemotherapy, text("ABVD, 6 cures (bléomycine arrêtée après 2 cures)"), 168, 175)}};
        // From 70, no bleomycin (pulmonary toxicity).
        return {{course(kChemotherapy, text("AVD, 6 cures (sans bléomycine)"), 168, 175)}};
    case Organ::Follicular:
        if (early)
            return {{course(kRadiotherapy, text("Radiothérapie des sites atteints, 24 Gy"), 14, 18)}};
        return {{course(kChemotherapy, text("Rituximab-bendamustine, 6 cures"), 168, 175)}};
    case Organ::Myeloma:
        if (s.age < 69 && s.who <= 2)
            return {{course(kChemotherapy, text("Induction daratumumab-VRd, 4 cures"), 112, 120),
                     {kGraft, text("Autogreffe de cellules souches après melphalan 200 mg/m²"), 21, 28, false,
                      21, 35}}};
        return {{course(kChemotherapy,
                        text("Daratumumab-lénalidomide-dexaméthasone (DRd) jusqu'à progression"), 360, 365)}};
    default: // diffuse large B-cell lymphoma
        if (s.age >= 80)
            return {{course(kChemotherapy, text("R-mini-CHOP, 6 cures"), 126, 130)}};
        return {{course(kChemotherapy, text("R-CHOP, 6 cures"), 126, 130),
                 alongside(kImmunotherapy, text("Rituximab (R-CHOP)"), 126, 130)}};
    }
}

} // namespace

Decision otherFirst(DemoRandom &random, const Situation &s) {
    Q_UNUSED(random)
    switch (s.organ()) {
    case Organ::Lung:
        return lungFirst(s);
    case Organ::Breast:
        return breastFirst(s);
    case Organ::Prostate:
    case Organ::Bladder:
    case Organ::Kidney:
        return urologyFirst(s);
    default:
        return haematologyFirst(s);
    }
}

Decision otherAdjuvant(DemoRandom &random, const Situation &s) {
    Q_UNUSED(random)
    const QString stage = s.stage();
    switch (s.organ()) {
    case Organ::Lung:
        if (s.smallCell())
            return {{course(kChemotherapy,
                            text(s.age < 75 ? "Cisplatine-étoposide adjuvant, 4 cures"
                                            : "Carboplatine-étoposide adjuvant, 4 cures"),
                            84, 90)}};
        if ((stage.startsWith(QLatin1String("II")) || stage.startsWith(QLatin1String("III"))) && s.age < 75)
            return {{course(kChemotherapy, text("Cisplatine-vinorelbine adjuvant, 4 cures"), 84, 90)}};
        return surveillance(text("Surveillance : scanner thoracique tous les 6 mois pendant 2 ans"));
    case Organ::Breast:
        return breastAdjuvant(s);
    case Organ::Prostate:
        if (s.nodes())
            return {{course(kHormone, text("Suppression androgénique, 2 ans"), 725, 735)}};
        return surveillance(
            text("PSA tous les 6 mois ; radiothérapie de rattrapage précoce si PSA > 0,2 ng/mL"));
    case Organ::Bladder:
        if (s.nodes() || !s.tumour.latestTnm().t.startsWith(QLatin1String("T1")))
            return {{course(kImmunotherapy, text("Nivolumab adjuvant, 1 an"), 360, 365)}};
        return surveillance(text("Surveillance : uroscanner tous les 6 mois pendant 2 ans"));
    case Organ::Kidney:
        if (s.nodes() || s.tumour.latestTnm().t.startsWith(QLatin1String("T3")) ||
            s.tumour.latestTnm().t.startsWith(QLatin1String("T4")))
            return {{course(kImmunotherapy, text("Pembrolizumab adjuvant, 1 an"), 360, 365)}};
        return surveillance(text("Surveillance : scanner thoraco-abdominal tous les 6 mois pendant 3 ans"));
    default:
        return surveillance(text("Surveillance clinique et biologique tous les 3 mois"));
    }
}

Decision otherRelapse(DemoRandom &random, const Situation &s) {
    Q_UNUSED(random)
    switch (s.organ()) {
    case Organ::Lung:
        if (s.smallCell())
            return {{course(kChemotherapy, text("Topotécan, 4 cures"), 84, 90)}};
        if (s.had("Pembrolizumab") || s.had("Durvalumab"))
            return {{course(kChemotherapy, text("Docétaxel, réévaluation après 3 cures"), 63, 70)}};
        return lungMetastatic(s);
    case Organ::Breast:
        // A relapse in the breast or the chest wall (the only one a carcinoma in situ has) is operated.
        if (!s.metastatic)
            return {{surgery(
                s.had("Mastectomie")
                    ? QStringLiteral("Exérèse de la récidive pariétale %1").arg(s.side(true))
                    : QStringLiteral("Mastectomie totale %1 (récidive homolatérale)").arg(s.side(true)))}};
        if (s.had("CDK4/6"))
            return {{course(kChemotherapy, text("Capécitabine"), 168, 182)}};
        return {{course(kHormone, text("Fulvestrant"), 365, 370),
                 alongside(kTargeted, text("Inhibiteur de CDK4/6 (abémaciclib) associé"), 365, 370)}};
    case Organ::Prostate:
        if (!s.metastatic && s.had("Prostatectomie"))
            return {{course(kRadiotherapy, text("Radiothérapie de rattrapage de la loge prostatique, 66 Gy"),
                            45, 49),
                     alongside(kHormone, text("Hormonothérapie courte, 6 mois"), 180, 185)}};
        return {{course(kHormone, text("Suppression androgénique associée à l'enzalutamide"), 365, 370)}};
    case Organ::Bladder:
        return {{course(kTargeted, text("Enfortumab védotin"), 168, 182),
                 alongside(kImmunotherapy, text("Pembrolizumab associé"), 168, 182)}};
    case Organ::Kidney:
        return s.had("Pembrolizumab") ? Decision{{course(kTargeted, text("Cabozantinib"), 168, 182)}}
                                      : Decision{{course(kImmunotherapy, text("Pembrolizumab"), 168, 182),
                                                  alongside(kTargeted, text("Axitinib associé"), 168, 182)}};
    case Organ::Hodgkin:
        if (s.age < 69 && s.who <= 1)
            return {{course(kChemotherapy, text("Chimiothérapie de rattrapage ICE, 2 cures"), 42, 49),
                     {kGraft, text("Autogreffe de cellules souches après conditionnement BEAM"), 21, 28,
                      false, 21, 35}}};
        return {{course(kTargeted, text("Brentuximab védotin"), 168, 182)}};
    case Organ::Follicular:
        return {{course(kOtherDrug, text("Lénalidomide et rituximab (R²), 12 cures"), 330, 340)}};
    case Organ::Myeloma:
        return {{course(kChemotherapy, text("Carfilzomib-dexaméthasone jusqu'à progression"), 360, 365)}};
    default: // diffuse large B-cell lymphoma
        if (s.age < 69 && s.who <= 1)
            return {{course(kChemotherapy, text("R-DHAP, 3 cures"), 63, 70),
                     {kGraft, text("Autogreffe de cellules souches après conditionnement BEAM"), 21, 28,
                      false, 21, 35}}};
        return {{course(kChemotherapy, text("Polatuzumab-bendamustine-rituximab, 6 cures"), 126, 130)}};
    }
}

Decision otherFollowUp(DemoRandom &random, const Situation &s) {
    Q_UNUSED(random)
    switch (s.organ()) {
    case Organ::Myeloma:
        return {{course(kOtherDrug, text("Entretien par lénalidomide"), 360, 365)}};
    case Organ::Follicular:
        if (s.had("bendamustine") && !s.had("entretien"))
            return {{course(kImmunotherapy, text("Rituximab en entretien, 2 ans"), 725, 735)}};
        return surveillance(text("Surveillance clinique et biologique tous les 3 mois"));
    case Organ::Dlbcl:
    case Organ::Hodgkin:
        return surveillance(text("Surveillance clinique et biologique tous les 3 mois pendant 2 ans"));
    default:
        break;
    }
    if (!s.metastatic)
        return surveillance(text("Surveillance : examen clinique et imagerie tous les 6 mois"));
    switch (s.organ()) {
    case Organ::Lung:
        if (s.smallCell())
            return {{course(kImmunotherapy, text("Atézolizumab en entretien"), 168, 182)}};
        return s.squamous()
                   ? Decision{{course(kImmunotherapy, text("Pembrolizumab en entretien"), 168, 182)}}
                   : Decision{{course(kChemotherapy, text("Pémétrexed en entretien"), 168, 182),
                               alongside(kImmunotherapy, text("Pembrolizumab en entretien"), 168, 182)}};
    case Organ::Bladder:
        return {{course(kImmunotherapy, text("Avélumab en entretien"), 168, 182)}};
    case Organ::Breast:
        return {{course(kHormone, text("Poursuite de l'hormonothérapie"), 365, 370),
                 alongside(kTargeted, text("Poursuite de l'inhibiteur de CDK4/6"), 365, 370)}};
    case Organ::Prostate:
        return {{course(kHormone, text("Poursuite de la suppression androgénique et de l'abiratérone"), 365,
                        370)}};
    default: // kidney
        return {{course(kImmunotherapy, text("Poursuite du pembrolizumab"), 168, 182)}};
    }
}

} // namespace concerto::demo
