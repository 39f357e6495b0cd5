// The clinical demo rules: staging against the tables of the site (stage group, categories, both
// stages, haematological staging), morphology against topography and stage, and proposals against
// site, histology, stage, age and WHO status. The lists here are the checker's own, written from the
// guidelines, not copied from the generator.
#include "models/staging/staging.h"
#include "tests/support/demorules.h"

#include <QRegularExpression>

namespace concerto::test::demorules {

namespace {

const char *const kSurgery = "387713003";
const char *const kGraft = "MED-126";
const char *const kSurveillanceOnly = "MED-226";
const char *const kActiveSurveillance = "MED-227";
const char *const kSupportiveCare = "C15747";
const char *const kPalliativeCare = "C15252";

void breach(Breaches &out, const char *rule, const QString &why) {
    out[QLatin1String(rule)].append(why);
}

int morphologyCode(const QString &morphology) {
    return morphology.left(4).toInt();
}

bool within(const QString &topography, std::initializer_list<const char *> prefixes) {
    for (const char *p : prefixes)
        if (topography.startsWith(QLatin1String(p)))
            return true;
    return false;
}

// The morphologies (first four digits) that fit a topography, the most precise prefix first.
struct Fit {
    const char *topography;
    std::vector<int> codes; // one code, or a range as {first, -last}
};
const std::vector<Fit> &fits() {
    static const std::vector<Fit> all{
        {"C22.0", {8170, -8175}},                      // hepatocellular carcinoma
        {"C22.1", {8160}},                             // cholangiocarcinoma
        {"C18", {8140, 8210, 8261, 8263, 8480, 8490}}, // colon adenocarcinomas
        {"C19", {8140, 8210, 8261, 8263, 8480, 8490}},
        {"C20", {8140, 8210, 8261, 8263, 8480, 8490}},
        {"C15", {8140, 8070, 8071, 8083}},                               // oesophagus: adeno, squamous
        {"C16", {8140, 8144, 8145, 8480, 8490}},                         // stomach
        {"C25", {8500, 8140, 8480}},                                     // pancreas: ductal
        {"C34", {8140, 8070, 8041, 8012, 8013, 8046, 8250, 8252, 8253}}, // lung
        {"C50", {8500, 8520, 8522, 8480, 8211}},                         // breast
        {"C61", {8140, 8500}},                                           // prostate
        {"C67", {8120, 8130, 8070}},                                     // bladder
        {"C64", {8310, 8260, 8317, 8312}},                               // kidney
        {"C81", {9650, -9667}},                                          // Hodgkin
        {"C82", {9690, -9698}},                                          // follicular
        {"C83", {9670, -9699}},                                          // non-follicular B
        {"C90.0", {9732}},                                               // myeloma
    };
    return all;
}

bool fitsTopography(const Tumour &t, bool *known) {
    const int code = morphologyCode(t.morphology);
    for (const Fit &f : fits()) {
        if (!t.topography.startsWith(QLatin1String(f.topography)))
            continue;
        *known = true;
        for (std::size_t i = 0; i < f.codes.size(); ++i) {
            const bool range = i + 1 < f.codes.size() && f.codes[i + 1] < 0;
            if (range ? code >= f.codes[i] && code <= -f.codes[i + 1] : code == f.codes[i])
                return true;
            if (range)
                ++i;
        }
        return false;
    }
    *known = false;
    return false;
}

// What the stage needs beside T, N and M, as the case records it (PSA test, ISUP group, grade).
staging::StageFactors factorsOf(const Inscription &c) {
    staging::StageFactors f;
    static const QRegularExpression number(QStringLiteral(R"((\d+(?:[.,]\d+)?))"));
    for (const TestResult &t : c.clinical.tests)
        if (t.exam.startsWith(QLatin1String("PSA"))) {
            const QRegularExpressionMatch m = number.match(t.result);
            if (m.hasMatch())
                f.psa = m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        }
    static const QRegularExpression isup(QStringLiteral(R"(groupe ISUP (\d))"));
    static const QRegularExpression grade(QStringLiteral(R"(\b(G[1-3])\b)"));
    for (const ReportConclusion &r : c.clinical.reports) {
        const QRegularExpressionMatch m = isup.match(r.text);
        if (m.hasMatch())
            f.gradeGroup = m.captured(1).toInt();
        const QRegularExpressionMatch g = grade.match(r.text);
        if (g.hasMatch())
            f.grade = g.captured(1);
    }
    return f;
}

void checkTnm(const Tumour &t, const TnmStaging &tnm, const staging::StageFactors &factors, Breaches &out) {
    const staging::StageResult r = staging::stageOf(t.topography, t.morphology, tnm, factors);
    switch (r.outcome) {
    case staging::StageOutcome::Staged:
        if (tnm.stage != r.stage && !staging::checkTypedStage(t.topography, t.morphology, tnm, factors).ok())
            breach(out, "stage-group",
                   QStringLiteral("%1 %2 staged %3, the tables give %4")
                       .arg(t.topography, tnm.text(), tnm.stage, r.stage));
        if (tnm.stage.isEmpty())
            breach(out, "stage-group",
                   QStringLiteral("%1 %2 has no stage group, the tables give %3")
                       .arg(t.topography, tnm.text(), r.stage));
        break;
    case staging::StageOutcome::Refused:
    case staging::StageOutcome::NoTable:
        breach(out, "site-categories",
               QStringLiteral("%1 %2: %3").arg(t.topography, tnm.text(), r.reasons.join(QLatin1Char(' '))));
        break;
    default: // the group needs more than the case says, or there is none: what is typed must still fit
        if (!staging::checkTypedStage(t.topography, t.morphology, tnm, factors).ok())
            breach(out, "stage-group",
                   QStringLiteral("%1 %2 staged %3, which T, N and M do not allow")
                       .arg(t.topography, tnm.text(), tnm.stage));
    }
}

bool metastatic(const FicheInContext &f) {
    for (const Tumour &t : tumoursOf(f))
        if (t.clinicalTnm.m.contains(QLatin1String("M1")))
            return true;
    const ClinicalContext &c = f.inscription->clinical;
    return c.phase == QLatin1String(kPhaseRelapse) && c.progressionDistant;
}

// A word of the proposal and the sites where it belongs (topography prefixes).
struct Belongs {
    const char *word; // lower case
    std::initializer_list<const char *> sites;
};
const Belongs kBelongs[] = {
    {"folfiri", {"C15", "C16", "C17", "C18", "C19", "C20", "C21", "C22.1", "C23", "C24", "C25"}},
    {"folfox", {"C15", "C16", "C17", "C18", "C19", "C20", "C21", "C22.1", "C23", "C24", "C25"}},
    {"lv5fu2", {"C15", "C16", "C17", "C18", "C19", "C20", "C21", "C22.1", "C23", "C24", "C25"}},
    {"capox", {"C16", "C18", "C19", "C20"}},
    {"capécitabine", {"C15", "C16", "C18", "C19", "C20", "C22.1", "C24", "C25", "C50"}},
    {"flot ", {"C15", "C16"}},
    {"bévacizumab", {"C18", "C19", "C20", "C22.0"}},
    {"pémétrexed", {"C34"}},
    {"lobectomie", {"C34"}},
    {"colectomie", {"C18"}},
    {"mésorectum", {"C20"}},
    {"œsophagectomie", {"C15"}},
    {"gastrectomie", {"C16"}},
    {"pancréatectomie", {"C25"}},
    {"hépatectomie", {"C22"}},
    {"chimioembolisation", {"C22.0"}},
    {"tumorectomie", {"C50"}},
    {"mastectomie", {"C50"}},
    {"cdk4/6", {"C50"}},
    {"aromatase", {"C50"}},
    {"tamoxifène", {"C50"}},
    {"fulvestrant", {"C50"}},
    {"prostatectomie", {"C61"}},
    {"abiratérone", {"C61"}},
    {"enzalutamide", {"C61"}},
    {"androgénique", {"C61"}},
    {"bcg", {"C67"}},
    {"mvac", {"C67"}},
    {"cystectomie", {"C67"}},
    {"enfortumab", {"C67"}},
    {"avélumab", {"C67"}},
    {"néphrectomie", {"C64"}},
    {"axitinib", {"C64"}},
    {"cabozantinib", {"C64"}},
    {"chop", {"C82", "C83", "C85"}},
    {"rituximab", {"C82", "C83", "C85"}},
    {"abvd", {"C81"}},
    {"beacopp", {"C81"}},
    {"brentuximab", {"C81"}},
    {"daratumumab", {"C90"}},
    {"melphalan", {"C90"}},
};

} // namespace

void checkStaging(const FicheInContext &f, Breaches &out) {
    const staging::StageFactors factors = factorsOf(*f.inscription);
    for (const Tumour &t : tumoursOf(f)) {
        bool known = false;
        if (!fitsTopography(t, &known))
            breach(
                out, "morphology-site",
                known ? QStringLiteral("%1 on %2").arg(t.morphology, t.topography)
                      : QStringLiteral("no morphology list for %1 (add one to the rules)").arg(t.topography));
        const bool haematology = morphologyCode(t.morphology) >= 9590;
        if (haematology != t.tnmNotApplicable())
            breach(out, "both-stages", QStringLiteral("%1: T/N/M applicability wrong").arg(t.morphology));
        if (haematology) {
            if (!t.clinicalTnm.isEmpty() || !t.pathologicalTnm.isEmpty())
                breach(out, "both-stages", QStringLiteral("%1 has a TNM").arg(t.morphology));
            if (t.otherStagings.size() != 1)
                breach(out, "other-staging",
                       QStringLiteral("%1 has %2 stagings").arg(t.morphology).arg(t.otherStagings.size()));
            for (const OtherStaging &o : t.otherStagings) {
                const validation::Check c = staging::checkOtherStaging(t.topography, t.morphology, o);
                const bool myeloma = morphologyCode(t.morphology) == 9732;
                if (!c.ok() || (myeloma != (o.name == QLatin1String("R-ISS"))))
                    breach(out, "other-staging",
                           QStringLiteral("%1 %2 %3 on %4: %5")
                               .arg(o.name, o.version, o.value, t.morphology, c.text()));
            }
            continue;
        }
        const TnmStaging &c = t.clinicalTnm;
        const QString cp = c.prefix.toLower();
        if (c.isEmpty() || c.t.isEmpty() || c.n.isEmpty() || c.m.isEmpty() || !c.date.isValid() ||
            !(cp == QLatin1String("c") || cp.isEmpty() || cp == QLatin1String("yc")))
            breach(
                out, "both-stages",
                QStringLiteral("clinical TNM \"%1\" dated %2").arg(c.text(), c.date.toString(Qt::ISODate)));
        const TnmStaging &p = t.pathologicalTnm;
        if (!p.isEmpty() && (!p.isPathological() || !p.date.isValid()))
            breach(out, "both-stages",
                   QStringLiteral("pathological TNM \"%1\" dated %2")
                       .arg(p.text(), p.date.toString(Qt::ISODate)));
        if (!t.otherStagings.empty())
            breach(out, "other-staging",
                   QStringLiteral("a solid tumour with %1").arg(t.otherStagings.front().name));
        for (const TnmStaging *tnm : {&c, &p})
            if (!tnm->isEmpty())
                checkTnm(t, *tnm, factors, out);
        const bool inSitu = t.morphology.endsWith(QLatin1String("/2"));
        for (const TnmStaging *tnm : {&c, &p})
            if (!tnm->isEmpty() && inSitu != (tnm->t == QLatin1String("Tis")))
                breach(out, "morphology-stage", QStringLiteral("%1 with %2").arg(t.morphology, tnm->text()));
    }
}

void checkProposal(const FicheInContext &f, Breaches &out) {
    const Fiche &fiche = *f.fiche;
    const Inscription &c = *f.inscription;
    if (c.tumours.empty())
        return;
    const Tumour &t = c.tumours.front();
    const QString topography = t.topography;
    const int morphology = morphologyCode(t.morphology);
    const bool m1 = metastatic(f);
    const int age = ageAt(f.patient->birthDate, fiche.meetingDate);
    bool operated = false;
    for (const PastTreatment &x : c.clinical.treatments)
        operated |= x.type == QLatin1String(kSurgery);
    QStringList chemo;
    for (const ProposalLine &l : fiche.proposal) {
        const QString d = l.details.toLower() + QLatin1Char(' ');
        for (const Belongs &b : kBelongs)
            if (d.contains(QString::fromUtf8(b.word)) && !within(topography, b.sites))
                breach(out, "proposal-site", QStringLiteral("\"%1\" for %2").arg(l.details, topography));
        if (d.contains(QLatin1String("aromatase")) && f.patient->sex == Sex::Male)
            breach(out, "proposal-site", QStringLiteral("\"%1\" for a man").arg(l.details));
        if (d.contains(QStringLiteral("pémétrexed")) && (morphology == 8070 || morphology == 8041))
            breach(out, "proposal-site", QStringLiteral("\"%1\" for %2").arg(l.details, t.morphology));
        if (l.treatmentType == QLatin1String("C15632"))
            chemo << d;
        if (m1 &&
            (l.treatmentType == QLatin1String(kSurgery) ||
             l.treatmentType == QLatin1String(kSurveillanceOnly) ||
             l.treatmentType == QLatin1String(kActiveSurveillance) || d.contains(QLatin1String("adjuvant"))))
            breach(out, "proposal-stage", QStringLiteral("\"%1\" for a metastatic disease").arg(l.details));
        if (d.contains(QLatin1String("adjuvant")) && !d.contains(QStringLiteral("néoadjuvant")) && !operated)
            breach(out, "proposal-stage", QStringLiteral("\"%1\" without a surgery before").arg(l.details));
        if (morphology == 8041 && d.contains(QLatin1String("lobectomie"))) {
            const TnmStaging &s = t.clinicalTnm;
            const bool veryLimited =
                (s.t.startsWith(QLatin1String("T1")) || s.t.startsWith(QLatin1String("T2"))) &&
                s.n == QLatin1String("N0") && s.m == QLatin1String("M0");
            if (!veryLimited)
                breach(out, "proposal-stage",
                       QStringLiteral("lobectomy for a small-cell cancer %1").arg(s.text()));
        }
        if (age >= 70 &&
            (l.treatmentType == QLatin1String(kGraft) || d.contains(QLatin1String("autogreffe"))))
            breach(out, "proposal-age-who", QStringLiteral("\"%1\" at %2 years").arg(l.details).arg(age));
        if (c.clinical.whoStatus == 4 && l.treatmentType != QLatin1String(kSupportiveCare) &&
            l.treatmentType != QLatin1String(kPalliativeCare))
            breach(out, "proposal-age-who", QStringLiteral("\"%1\" for a WHO 4 patient").arg(l.details));
    }
    // Bevacizumab: with a fluoropyrimidine for colorectal cancers, with atezolizumab for the liver.
    QString all;
    for (const ProposalLine &l : fiche.proposal)
        all += l.details.toLower() + QLatin1Char('\n');
    if (all.contains(QStringLiteral("bévacizumab")) &&
        (topography.startsWith(QLatin1String("C22.0"))
             ? !all.contains(QStringLiteral("atézolizumab"))
             : !all.contains(QLatin1String("lv5fu2")) && !all.contains(QLatin1String("folf"))))
        breach(out, "proposal-site",
               QStringLiteral("bevacizumab without its partner for %1").arg(topography));
    // The guideline named covers the disease.
    const QString guideline = fiche.framework.guideline.name.toLower();
    const bool colorectal = within(topography, {"C18", "C19", "C20"});
    if ((guideline.contains(QStringLiteral("myélome")) && morphology != 9732) ||
        (guideline.contains(QLatin1String("lysa")) && !(morphology >= 9590 && morphology <= 9729)) ||
        (guideline.contains(QLatin1String("colorecta")) && !colorectal))
        breach(out, "proposal-site",
               QStringLiteral("guideline \"%1\" for %2 %3")
                   .arg(fiche.framework.guideline.name, topography, t.morphology));
    if (m1 && fiche.surveillanceOnly)
        breach(out, "proposal-stage", QStringLiteral("surveillance alone for a metastatic disease"));
    // The chemotherapy a histology calls for.
    const auto any = [&](std::initializer_list<const char *> words) {
        for (const QString &d : chemo)
            for (const char *w : words)
                if (d.contains(QString::fromUtf8(w)))
                    return true;
        return false;
    };
    if (!chemo.isEmpty() && morphology == 8041 && !any({"étoposide", "topotécan"}))
        breach(
            out, "proposal-site",
            QStringLiteral("small-cell cancer without etoposide: %1").arg(chemo.join(QLatin1String("; "))));
    if (!chemo.isEmpty() && morphology >= 9650 && morphology <= 9667 &&
        !any({"abvd", "beacopp", "ice", "avd"}))
        breach(out, "proposal-site",
               QStringLiteral("Hodgkin lymphoma given %1").arg(chemo.join(QLatin1String("; "))));
    if (!chemo.isEmpty() && morphology >= 9680 && morphology <= 9688 &&
        c.clinical.phase != QLatin1String(kPhaseRelapse) && !any({"chop"}))
        breach(out, "proposal-site",
               QStringLiteral("DLBCL first line without CHOP: %1").arg(chemo.join(QLatin1String("; "))));
}

} // namespace concerto::test::demorules
