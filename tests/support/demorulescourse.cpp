// The demo rules of a believable course, as an oncologist reads a fiche: a history that fits the age
// (pack-years, COPD, a coronary stent), tests in the order care happens (no post-operative scan before
// the operation, no response of a primary already removed, no response assessed days after the
// treatment began), no treatment older than the history of the database, proposals that fit the
// patient (a ductal carcinoma in situ that relapses is operated, not given fulvestrant; doses reduced
// only for a toxicity the drug causes and never for a curative lymphoma regimen; no Whipple at 85 or at
// WHO 2; no 78 Gy for a localised prostate cancer from 80; no bleomycin from 70; an oncogenetic
// consultation for a breast cancer before 36), trials open to the site, stage and age, conformity and
// quorum override reasons that agree with the fiche, the presenter among the participants, and no case
// discussed without quorum unless the coordinator overrode it (the others are postponed). The lists here
// are the checker's own, written from the guidelines and the drugs' labels, not copied from the generator.
#include "tests/support/demorules.h"

#include <QRegularExpression>

namespace concerto::test::demorules {

namespace {

const char *const kSurgery = "387713003";
const char *const kSurveillanceOnly = "MED-226";
const char *const kActiveSurveillance = "MED-227";
const char *const kSupportiveCare = "C15747";
const char *const kPalliativeCare = "C15252";

void breach(Breaches &out, const char *rule, const QString &why) {
    out[QLatin1String(rule)].append(why);
}

bool containsAny(const QString &text, std::initializer_list<const char *> words) {
    for (const char *w : words)
        if (text.contains(QString::fromUtf8(w), Qt::CaseInsensitive))
            return true;
    return false;
}

bool metastatic(const FicheInContext &f) {
    const Inscription &c = *f.inscription;
    return c.clinical.progressionDistant ||
           (!c.tumours.empty() && c.tumours.front().clinicalTnm.m.startsWith(QLatin1String("M1")));
}

QDate firstSurgery(const Inscription &c) {
    QDate first;
    for (const PastTreatment &t : c.clinical.treatments)
        if (t.type == QLatin1String(kSurgery) && (!first.isValid() || t.start < first))
            first = t.start;
    return first;
}

void checkHistory(const FicheInContext &f, int age, Breaches &out) {
    const QString history =
        f.inscription->clinical.history + QLatin1Char(' ') + f.inscription->clinical.comorbidities;
    static const QRegularExpression packYears(QStringLiteral("(\\d+) PA"));
    const QRegularExpressionMatch m = packYears.match(history);
    // One pack a day from 15 at the earliest.
    if (m.hasMatch() && m.captured(1).toInt() > age - 15)
        breach(out, "history-age", QStringLiteral("%1 pack-years at %2").arg(m.captured(1)).arg(age));
    if (containsAny(history, {"BPCO", "emphysème"}) && age < 40)
        breach(out, "history-age", QStringLiteral("COPD at %1").arg(age));
    if (containsAny(history, {"stent", "cardiopathie ischémique", "infarctus"}) && age < 45)
        breach(out, "history-age", QStringLiteral("coronary disease at %1").arg(age));
}

void checkTimeline(const FicheInContext &f, Breaches &out) {
    const Inscription &c = *f.inscription;
    const QDate surgery = firstSurgery(c);
    for (const TestResult &t : c.clinical.tests) {
        const QString both = t.exam + QLatin1Char(' ') + t.result;
        if (both.contains(QStringLiteral("postopératoire"), Qt::CaseInsensitive) &&
            (!surgery.isValid() || t.date <= surgery))
            breach(out, "dates-postop",
                   QStringLiteral("\"%1\" on %2, surgery on %3")
                       .arg(t.result, t.date.toString(Qt::ISODate), surgery.toString(Qt::ISODate)));
        const bool response = containsAny(t.result, {"réponse", "stabilité"}) &&
                              !t.result.contains(QStringLiteral("histologique"), Qt::CaseInsensitive);
        if (response && t.result.contains(QStringLiteral("tumeur primitive"), Qt::CaseInsensitive) &&
            surgery.isValid() && surgery < t.date)
            breach(out, "response-removed",
                   QStringLiteral("\"%1\" on %2 after the surgery of %3")
                       .arg(t.result, t.date.toString(Qt::ISODate), surgery.toString(Qt::ISODate)));
        if (response) {
            // Assessed four weeks after a treatment began at the earliest (a first evaluation is at 6–12).
            bool assessable = false;
            for (const PastTreatment &x : c.clinical.treatments)
                assessable |= x.type != QLatin1String(kSurgery) &&
                              x.type != QLatin1String(kSurveillanceOnly) && x.start.isValid() &&
                              x.start.addDays(28) <= t.date;
            if (!assessable)
                breach(out, "response-early",
                       QStringLiteral("\"%1\" on %2 without a treatment begun four weeks before")
                           .arg(t.result, t.date.toString(Qt::ISODate)));
        }
    }
    if (f.historyStart.isValid())
        for (const PastTreatment &x : c.clinical.treatments)
            if (x.start.isValid() && x.start < f.historyStart)
                breach(
                    out, "history-window",
                    QStringLiteral("\"%1\" began on %2, before the first session of the history (%3)")
                        .arg(x.details, x.start.toString(Qt::ISODate), f.historyStart.toString(Qt::ISODate)));
}

// What a drug's label lists among its frequent toxicities that lead to a dose reduction.
struct Toxicity {
    const char *word; // as the fiche writes it
    std::vector<const char *> drugs;
};
const std::vector<Toxicity> &toxicities() {
    static const std::vector<Toxicity> all{
        {"neuropathie",
         {"folfox", "capox", "folfirinox", "flot", "oxaliplatine", "paclitaxel", "docétaxel", "cisplatine",
          "vinorelbine", "chop", "abvd", "avd", "beacopp", "vrd", "bortézomib", "brentuximab", "polatuzumab",
          "enfortumab", "cross"}},
        {"diarrhée",
         {"folfox", "folfiri", "capox", "folfirinox", "flot", "lv5fu2", "5-fu", "capécitabine", "abémaciclib",
          "cdk4/6", "lenvatinib", "cabozantinib", "axitinib"}},
        {"neutropénie",
         {"folfox",       "folfiri",     "capox",       "folfirinox",   "flot",        "lv5fu2",
          "capécitabine", "gemcitabine", "paclitaxel",  "docétaxel",    "ec ",         "cisplatine",
          "carboplatine", "étoposide",   "vinorelbine", "pémétrexed",   "topotécan",   "chop",
          "abvd",         "avd",         "beacopp",     "bendamustine", "dhap",        "ice",
          "lénalidomide", "vrd",         "drd",         "cdk4/6",       "abémaciclib", "mvac"}},
        {"asthénie", {"folfox",      "folfiri",      "capox",        "folfirinox",  "flot",
                      "lv5fu2",      "capécitabine", "gemcitabine",  "paclitaxel",  "docétaxel",
                      "cisplatine",  "carboplatine", "étoposide",    "vinorelbine", "pémétrexed",
                      "topotécan",   "lenvatinib",   "cabozantinib", "axitinib",    "cdk4/6",
                      "abémaciclib", "lénalidomide", "enzalutamide", "abiratérone", "carfilzomib"}},
    };
    return all;
}

void checkDoses(const FicheInContext &f, int age, Breaches &out) {
    static const QRegularExpression reduced(QStringLiteral("doses? réduites?[^(]*\\(([^)]*)\\)"));
    for (const ProposalLine &l : f.fiche->proposal) {
        const QRegularExpressionMatch m = reduced.match(l.details);
        if (!m.hasMatch())
            continue;
        const QString cause = m.captured(1).toLower();
        const QString drug = l.details.mid(m.capturedEnd()).toLower() + QLatin1Char(' ');
        bool caused = false;
        bool known = false;
        for (const Toxicity &t : toxicities())
            if (cause.contains(QString::fromUtf8(t.word))) {
                known = true;
                for (const char *d : t.drugs)
                    caused |= drug.contains(QString::fromUtf8(d));
            }
        if (!known || !caused)
            breach(out, "toxicity-drug", QStringLiteral("\"%1\"").arg(l.details));
        // A curative lymphoma regimen keeps its dose intensity (G-CSF, never a cut) before 80.
        if (age < 80 && containsAny(drug, {"abvd", "beacopp", "r-chop"}) &&
            !drug.contains(QLatin1String("mini")))
            breach(out, "curative-reduced", QStringLiteral("\"%1\" at %2").arg(l.details).arg(age));
    }
}

void checkFitness(const FicheInContext &f, int age, Breaches &out) {
    const Inscription &c = *f.inscription;
    const Tumour &t = c.tumours.front();
    const int who = c.clinical.whoStatus;
    const bool breast = t.topography.startsWith(QLatin1String("C50"));
    const bool relapse = c.clinical.phase == QLatin1String(kPhaseRelapse);
    QString all;
    for (const ProposalLine &l : f.fiche->proposal)
        all += l.details + QLatin1Char('\n');
    QString exams;
    for (const FurtherExam &e : f.fiche->exams)
        exams += e.type + QLatin1Char('\n');
    for (const TestResult &x : c.clinical.tests)
        exams += x.exam + QLatin1Char(' ') + x.result + QLatin1Char('\n');
    if (breast && t.clinicalTnm.t == QLatin1String("Tis") && relapse) {
        if (containsAny(all, {"fulvestrant", "cdk4/6", "capécitabine", "aromatase"}))
            breach(out, "proposal-dcis", QStringLiteral("a relapse of a DCIS given %1").arg(all.trimmed()));
        if (c.clinical.progressionDistant && !containsAny(exams + all, {"biopsie"}))
            breach(out, "proposal-dcis", QStringLiteral("metastases of a DCIS without a biopsy"));
    }
    for (const ProposalLine &l : f.fiche->proposal) {
        // A treatment going on was decided at an earlier board, at the age it judged.
        const bool goingOn = l.details.startsWith(QStringLiteral("Poursuite"));
        if (l.treatmentType == QLatin1String(kSurgery) &&
            containsAny(l.details, {"duodénopancréatectomie", "œsophagectomie", "cystectomie",
                                    "gastrectomie totale", "hépatectomie"}) &&
            (age >= 80 || who >= 2))
            breach(out, "surgery-unfit",
                   QStringLiteral("\"%1\" at %2, WHO %3").arg(l.details).arg(age).arg(who));
        if (t.topography.startsWith(QLatin1String("C61")) && age >= 80 && !goingOn &&
            containsAny(l.details, {"78 Gy", "74 Gy"}))
            breach(out, "prostate-old", QStringLiteral("\"%1\" at %2").arg(l.details).arg(age));
        const bool bleomycin = containsAny(l.details, {"ABVD", "BEACOPP"}) ||
                               (l.details.contains(QStringLiteral("bléomycine"), Qt::CaseInsensitive) &&
                                !l.details.contains(QStringLiteral("sans bléomycine"), Qt::CaseInsensitive));
        if (age >= 70 && bleomycin && !goingOn)
            breach(out, "bleomycin-old", QStringLiteral("\"%1\" at %2").arg(l.details).arg(age));
    }
    const int ageAtDiagnosis = t.diagnosisDate.isValid() ? ageAt(f.patient->birthDate, t.diagnosisDate) : age;
    if (breast && ageAtDiagnosis < 36 &&
        !containsAny(exams + c.clinical.history, {"oncogénétique", "oncogénéticien"}))
        breach(out, "breast-oncogenetics",
               QStringLiteral("breast cancer at %1 without an oncogenetic consultation").arg(ageAtDiagnosis));
}

// The trials the region's boards propose, and whom they are open to.
struct Trial {
    const char *prefix; // the name begins with it
    std::vector<const char *> sites;
    int setting; // 0 any, 1 localised only, 2 metastatic only
    int minAge;
    int maxAge;
};
const std::vector<Trial> &trials() {
    static const std::vector<Trial> all{
        {"PRODIGE – côlon métastatique", {"C18", "C19", "C20"}, 2, 18, 75},
        {"PRODIGE – côlon opéré", {"C18"}, 1, 18, 75},
        {"GRECCAR – rectum", {"C20"}, 1, 18, 80},
        {"FFCD – œsogastrique", {"C15", "C16"}, 0, 18, 75},
        {"PRODIGE – pancréas", {"C25"}, 0, 18, 75},
        {"FFCD – carcinome hépatocellulaire", {"C22.0"}, 0, 18, 80},
        {"PRODIGE – voies biliaires", {"C22.1", "C23", "C24"}, 0, 18, 80},
        {"IFCT – poumon localisé", {"C34"}, 1, 18, 75},
        {"IFCT – poumon métastatique", {"C34"}, 2, 18, 80},
        {"UCBG – sein précoce", {"C50"}, 1, 18, 70},
        {"UCBG – sein métastatique", {"C50"}, 2, 18, 80},
        {"GETUG – prostate localisée", {"C61"}, 1, 45, 80},
        {"GETUG – prostate métastatique", {"C61"}, 2, 45, 85},
        {"GETUG – vessie", {"C67"}, 0, 18, 80},
        {"GETUG – rein", {"C64"}, 0, 18, 80},
        {"LYSA – lymphome B diffus", {"C83.3"}, 0, 18, 80},
        {"LYSA SENIOR", {"C83.3"}, 0, 80, 120},
        {"LYSA – lymphome folliculaire", {"C82"}, 0, 18, 85},
        {"LYSA – lymphome de Hodgkin", {"C81"}, 0, 18, 60},
        {"IFM – myélome avant 66 ans", {"C90"}, 0, 18, 65},
        {"IFM – myélome du sujet âgé", {"C90"}, 0, 66, 90},
    };
    return all;
}

void checkTrial(const FicheInContext &f, int age, Breaches &out) {
    const Framework &w = f.fiche->framework;
    if (!w.trialProposed)
        return;
    const Tumour &t = f.inscription->tumours.front();
    const bool m1 = metastatic(f);
    for (const Trial &trial : trials()) {
        if (!w.trialName.startsWith(QString::fromUtf8(trial.prefix)))
            continue;
        bool site = false;
        for (const char *s : trial.sites)
            site |= t.topography.startsWith(QLatin1String(s));
        const bool setting = trial.setting == 0 || (trial.setting == 2) == m1;
        if (!site || !setting || age < trial.minAge || age > trial.maxAge)
            breach(out, "trial-eligibility",
                   QStringLiteral("\"%1\" for %2 %3, %4 years")
                       .arg(w.trialName, t.topography, m1 ? QStringLiteral("M1") : QStringLiteral("M0"))
                       .arg(age));
        return;
    }
    breach(out, "trial-eligibility", QStringLiteral("\"%1\" is no trial of the region").arg(w.trialName));
}

// The regimens and operations that are the standard a board departs from for a frail or old patient.
bool standardTreatment(const QString &details) {
    return containsAny(details, {"folfox", "folfiri", "capox", "flot", "cross", "r-chop", "abvd", "beacopp",
                                 "cisplatine", "4 ec", "mvac", "autogreffe", "ectomie", "78 Gy"}) &&
           !details.contains(QLatin1String("mini"), Qt::CaseInsensitive);
}

void checkConformity(const FicheInContext &f, int age, Breaches &out) {
    const Fiche &fiche = *f.fiche;
    const ClinicalContext &k = f.inscription->clinical;
    if (!fiche.framework.conform) {
        const QString why = fiche.framework.nonConformityReason;
        if (why.contains(QStringLiteral("omorbidit")) && k.comorbidities.isEmpty())
            breach(out, "conformity-reason", QStringLiteral("\"%1\" without a comorbidity").arg(why));
        if (containsAny(why, {"état général", "OMS"}) && k.whoStatus < 2)
            breach(out, "conformity-reason", QStringLiteral("\"%1\" at WHO %2").arg(why).arg(k.whoStatus));
        if (why.contains(QStringLiteral("Âge")) && age < 75)
            breach(out, "conformity-reason", QStringLiteral("\"%1\" at %2").arg(why).arg(age));
        if (containsAny(why, {"omorbidit", "état général", "Âge", "contre-indiqu"}))
            for (const ProposalLine &l : fiche.proposal)
                if (l.intention == 1 && standardTreatment(l.details))
                    breach(
                        out, "conformity-reason",
                        QStringLiteral("\"%1\" while the standard \"%2\" is proposed").arg(why, l.details));
    }
    const QuorumOverride &o = fiche.quorumOverride;
    if (!o.isEmpty()) {
        if (!fiche.framework.conform && o.reason.contains(QStringLiteral("conforme")))
            breach(out, "override-reason", QStringLiteral("\"%1\" on a non-conform fiche").arg(o.reason));
        if (containsAny(o.reason, {"écrit", "téléphone"})) {
            bool authored = false;
            for (const WrittenOpinion &w : fiche.writtenOpinions)
                authored |= !w.authorId.isNull() && w.authorId != o.coordinatorId && !w.text.isEmpty();
            if (!authored || !o.reason.contains(QLatin1String("Dr ")))
                breach(out, "override-reason",
                       QStringLiteral("\"%1\" without the opinion and its author").arg(o.reason));
        }
    }
}

void checkMeeting(const FicheInContext &f, Breaches &out) {
    const Fiche &fiche = *f.fiche;
    if (fiche.caseStatus != QLatin1String(kCaseDiscussed) || fiche.attendees.empty())
        return;
    const QUuid presenter = f.inscription->presenterId;
    bool present = presenter.isNull();
    for (const FicheAttendee &a : fiche.attendees)
        present |= a.professionalId == presenter;
    if (!present)
        breach(out, "presenter-present",
               QStringLiteral("the presenting physician is not among the participants"));
    if (fiche.quorum == QuorumStatus::NotMet && fiche.quorumOverride.isEmpty())
        breach(
            out, "quorum-postponed",
            QStringLiteral("discussed without quorum, neither overridden by the coordinator nor postponed"));
}

} // namespace

void checkCourse(const FicheInContext &f, Breaches &out) {
    const Inscription &c = *f.inscription;
    if (c.tumours.empty())
        return;
    const int age = ageAt(f.patient->birthDate, f.fiche->meetingDate);
    checkHistory(f, age, out);
    checkTimeline(f, out);
    checkDoses(f, age, out);
    checkFitness(f, age, out);
    checkTrial(f, age, out);
    checkConformity(f, age, out);
    checkMeeting(f, out);
}

} // namespace concerto::test::demorules
