// One case of a demo course: where the course stands on the day (a first decision, the pathology
// after surgery, a treatment under way, a relapse after the last treatment, follow-up), the clinical
// context as of that day, the question that goes with it, and the board's proposal, dated after the
// meeting; the course then carries the proposal out. The question follows the phase: no relapse is
// asked about in the initial phase, no first strategy in the relapse phase.
#include "models/demo/demostrategy.h"

#include <algorithm>

namespace concerto::demo {

namespace {

enum class Kind {
    Workup,
    First,
    AwaitingPathology,
    Adjuvant,
    Continue,  // the treatment goes on as planned
    Toxicity,  // the treatment goes on at a lower dose
    Operation, // the planned operation is confirmed
    Relapse,
    FollowUp,
    Supportive
};

QString text(const char *s) {
    return QString::fromUtf8(s);
}

int ageAt(const QDate &birth, const QDate &day) {
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

bool isTreatment(const QString &type) {
    return type != QLatin1String(kSurveillanceOnly) && type != QLatin1String(kActiveSurveillance) &&
           type != QLatin1String(kSupportiveCare) && type != QLatin1String(kPalliativeCare);
}

bool metastatic(const DemoCourse &course) {
    return course.tumour.clinicalTnm.m.startsWith(QLatin1String("M1")) || course.distantRelapse;
}

Kind kindOf(DemoRandom &random, const DemoCourse &course, Committee committee, int caseIndex,
            const QDate &asOf) {
    if (committee == Committee::Supportive)
        return Kind::Supportive;
    if (!course.decided)
        return caseIndex == 0 && random.chance(12) ? Kind::Workup : Kind::First;
    QDate lastEnd;
    bool unfinished = false, careGoingOn = false;
    const PlannedStep *operation = nullptr;
    for (const PlannedStep &s : course.plan) {
        (isTreatment(s.type) ? unfinished : careGoingOn) |= s.end >= asOf;
        if (!lastEnd.isValid() || s.end > lastEnd)
            lastEnd = s.end;
        if (!operation && s.type == QLatin1String(kSurgery))
            operation = &s;
    }
    if (operation && operation->start < asOf && !course.adjuvantDecided && !course.relapseDate.isValid())
        return operation->pathology.isEmpty() || operation->pathology.date < asOf ? Kind::Adjuvant
                                                                                  : Kind::AwaitingPathology;
    if (unfinished) {
        bool operationAhead = false, drugGoingOn = false;
        for (const PlannedStep &s : course.plan) {
            operationAhead |= s.type == QLatin1String(kSurgery) && s.start >= asOf;
            drugGoingOn |= s.start < asOf && s.end >= asOf &&
                           (s.type == QLatin1String(kChemotherapy) || s.type == QLatin1String(kTargeted));
        }
        if (operationAhead)
            return Kind::Operation;
        return drugGoingOn && random.chance(35) ? Kind::Toxicity : Kind::Continue;
    }
    if (course.relapseDue && !careGoingOn && lastEnd.isValid() && lastEnd.addDays(100) < asOf)
        return Kind::Relapse;
    // A relapse comes three months after the last treatment at the earliest, seldom after an early stage.
    const QString stage = course.tumour.clinicalTnm.stage;
    const bool early = stage == QLatin1String("0") ||
                       (stage.startsWith(QLatin1String("I")) && !stage.startsWith(QLatin1String("II")) &&
                        !stage.startsWith(QLatin1String("IV")));
    if (!careGoingOn && lastEnd.isValid() && lastEnd.addDays(100) < asOf && random.chance(early ? 10 : 45))
        return Kind::Relapse;
    return Kind::FollowUp;
}

QString questionFor(DemoRandom &random, Kind kind, const DemoCourse &course, bool frail) {
    const bool haematology = course.organ >= Organ::Dlbcl;
    if (frail)
        return text("Quelle prise en charge compte tenu de l'altération de l'état général ?");
    switch (kind) {
    case Kind::Workup:
        return text("Quel bilan complémentaire avant décision ?");
    case Kind::First:
        if (haematology)
            return text(
                random.pick({"Quel traitement de première ligne ?", "Quelle stratégie thérapeutique ?"}));
        if (!metastatic(course))
            return text(random.pick({"Quelle stratégie thérapeutique ?", "Quelle prise en charge initiale ?",
                                     "Chirurgie d'emblée ou traitement néoadjuvant ?"}));
        return text(random.pick({"Quelle stratégie thérapeutique ?", "Quelle prise en charge initiale ?"}));
    case Kind::AwaitingPathology:
    case Kind::Adjuvant:
        return text("Indication d'un traitement adjuvant ?");
    case Kind::Continue:
        return text("Poursuite du traitement après réévaluation ?");
    case Kind::Toxicity:
        return text("Adaptation du traitement après toxicité ?");
    case Kind::Operation:
        return text("Confirmation de l'indication chirurgicale ?");
    case Kind::Relapse:
        return text(haematology ? "Quel traitement de la rechute ?" : "Prise en charge de la récidive ?");
    case Kind::FollowUp:
        return text(metastatic(course) ? "Quel traitement d'entretien ?" : "Quelle surveillance ?");
    case Kind::Supportive:
        break;
    }
    return text(random.pick({"Prise en charge de la douleur ?", "Orientation vers les soins palliatifs ?",
                             "Évaluation nutritionnelle et sociale ?"}));
}

TestResult imaging(DemoRandom &random, Kind kind, const DemoCourse &course, const QDate &asOf) {
    const QDate diagnosed = course.diagnosisReport.date;
    QDate date = asOf.addDays(-random.between(3, 20));
    if (date < diagnosed)
        date = diagnosed;
    if (kind == Kind::Relapse)
        date = std::min(course.relapseDate.addDays(random.between(0, 5)), asOf.addDays(-1));
    // A response is assessed six weeks after a treatment began at the earliest; a scan is post-operative
    // only after the operation.
    bool assessable = false;
    QDate operation;
    for (const PlannedStep &s : course.plan) {
        assessable |= isTreatment(s.type) && s.type != QLatin1String(kSurgery) && s.start.addDays(42) <= date;
        if (s.type == QLatin1String(kSurgery) && s.start < asOf && !operation.isValid())
            operation = s.start;
    }
    if (course.organ == Organ::Myeloma)
        return {date, QStringLiteral("Électrophorèse des protéines sériques"),
                kind == Kind::Relapse ? QStringLiteral("Réascension du pic monoclonal")
                : assessable && (kind == Kind::Continue || kind == Kind::Toxicity ||
                                 kind == Kind::Operation || kind == Kind::FollowUp)
                    ? QStringLiteral("Très bonne réponse partielle")
                    : QStringLiteral("Pic monoclonal IgG kappa à %1 g/L").arg(random.between(15, 60))};
    const bool lymphoma = course.organ >= Organ::Dlbcl;
    const QString exam = lymphoma || course.organ == Organ::Lung
                             ? QStringLiteral("TEP-TDM au FDG")
                             : QStringLiteral("Scanner thoraco-abdomino-pelvien");
    QString result;
    switch (kind) {
    case Kind::Relapse:
        result = lymphoma                ? QStringLiteral("Réapparition d'hyperfixations ganglionnaires")
                 : course.distantRelapse ? QStringLiteral("Apparition de lésions secondaires à distance")
                                         : QStringLiteral("Récidive locorégionale isolée");
        break;
    case Kind::Continue:
    case Kind::Toxicity:
    case Kind::Operation: {
        if (!assessable)
            result = metastatic(course) ? QStringLiteral("Lésions secondaires à distance.")
                                        : QStringLiteral("Pas de lésion secondaire à distance.");
        else if (metastatic(course) || lymphoma)
            result = text(random.pick(
                {"Réponse partielle.", "Stabilité des lésions.", "Bonne tolérance, réponse partielle."}));
        else if (operation.isValid() && operation < date) // the primary is out: nothing left to respond
            result = QStringLiteral("Pas d'argument pour une récidive, pas de lésion à distance.");
        else
            result = text(random.pick({"Réponse partielle de la tumeur primitive, pas de lésion à distance.",
                                       "Pas de lésion secondaire à distance."}));
        break;
    }
    case Kind::Adjuvant:
    case Kind::AwaitingPathology:
        if (operation.isValid() && operation.addDays(3) < asOf) {
            date = std::clamp(date, operation.addDays(2), asOf.addDays(-1));
            result = QStringLiteral("Scanner postopératoire sans particularité.");
        } else {
            result = QStringLiteral("Pas de lésion secondaire à distance.");
        }
        break;
    case Kind::FollowUp:
        result = !assessable          ? QStringLiteral("Pas d'argument pour une évolution.")
                 : lymphoma           ? QStringLiteral("Réponse métabolique complète (Deauville 2).")
                 : metastatic(course) ? QStringLiteral("Stabilité des lésions secondaires.")
                                      : QStringLiteral("Pas d'argument pour une récidive.");
        break;
    default:
        result = lymphoma ? QStringLiteral("Hyperfixations ganglionnaires, bilan d'extension.")
                 : course.tumour.clinicalTnm.m.startsWith(QLatin1String("M1"))
                     ? QStringLiteral("Lésions secondaires à distance.")
                     : QStringLiteral("Pas de lésion secondaire à distance.");
    }
    return {date, exam, result};
}

// The steps of a decision, dated from the meeting on.
std::vector<ProposalLine> dated(DemoRandom &random, const std::vector<Step> &steps, int intention,
                                const QDate &meeting) {
    std::vector<ProposalLine> lines;
    QDate groupStart, groupEnd;
    int lastDays = -1;
    const Step *last = nullptr;
    for (const Step &s : steps) {
        QDate start;
        if (s.withPrevious && groupStart.isValid()) {
            start = groupStart;
        } else if (!groupEnd.isValid()) {
            start = s.type == QLatin1String(kSurveillanceOnly) ? meeting.addDays(random.between(60, 120))
                    : s.type == QLatin1String(kSurgery)        ? meeting.addDays(random.between(14, 35))
                                                               : meeting.addDays(random.between(10, 28));
        } else {
            start = groupEnd.addDays(random.between(s.minGap, s.maxGap));
        }
        // A drug given with another for as long (FOLFIRI and bevacizumab) stops with it.
        const bool asLong =
            s.withPrevious && last && last->minDays == s.minDays && last->maxDays == s.maxDays;
        const int days = s.type == QLatin1String(kSurveillanceOnly) ? 730
                         : asLong                                   ? lastDays
                                                                    : random.between(s.minDays, s.maxDays);
        last = &s;
        lastDays = days;
        const QDate end = start.addDays(days);
        if (!s.withPrevious || !groupStart.isValid())
            groupStart = start, groupEnd = end;
        groupEnd = std::max(groupEnd, end);
        lines.push_back(
            {intention, int(lines.size()) + 1, QString::fromLatin1(s.type), s.details, start, end});
    }
    return lines;
}

// The course carries out the first intention of a proposal decided on `meeting`: what was not
// started by then is replaced; a frail patient's treatments stop.
void carryOut(DemoRandom &random, DemoCourse &course, const std::vector<ProposalLine> &lines,
              const QDate &meeting, bool stop) {
    course.plan.erase(std::remove_if(course.plan.begin(), course.plan.end(),
                                     [&](const PlannedStep &s) { return s.start >= meeting; }),
                      course.plan.end());
    if (stop)
        for (PlannedStep &s : course.plan)
            if (s.end >= meeting)
                s.end = std::max(s.start, meeting.addDays(-1));
    bool operated = false, neoadjuvant = false;
    for (const PlannedStep &s : course.plan) {
        operated |= s.type == QLatin1String(kSurgery);
        neoadjuvant |= isTreatment(s.type) && s.type != QLatin1String(kSurgery);
    }
    for (const ProposalLine &line : lines) {
        if (line.intention != 1 || line.treatmentType == QLatin1String(kSurveillanceOnly))
            continue;
        PlannedStep step{line.treatmentType, line.details, line.plannedStart, line.plannedEnd, {}, {}, {}};
        if (step.type == QLatin1String(kSurgery) && !operated && !course.relapseDate.isValid())
            addPathology(random, course, step, neoadjuvant);
        operated |= step.type == QLatin1String(kSurgery);
        neoadjuvant |= isTreatment(step.type) && step.type != QLatin1String(kSurgery) && !operated;
        course.plan.push_back(step);
    }
}

// The toxicities that lead to a lower dose, and the drugs (as the plans name them) that cause them.
struct DoseToxicity {
    const char *text;
    std::vector<const char *> drugs;
};
const DoseToxicity kToxicities[] = {
    {"neuropathie de grade 2",
     {"folfox", "capox", "folfirinox", "flot", "paclitaxel", "docétaxel", "cisplatine", "vinorelbine",
      "mini-chop", "vrd", "brentuximab", "polatuzumab", "enfortumab"}},
    {"diarrhée de grade 3",
     {"folfox", "folfiri", "capox", "folfirinox", "flot", "lv5fu2", "capécitabine", "abémaciclib",
      "lenvatinib", "cabozantinib", "axitinib"}},
    {"neutropénie de grade 3",
     {"folfox",      "folfiri",    "capox",     "folfirinox",  "flot",         "lv5fu2",
      "gemcitabine", "paclitaxel", "docétaxel", "cisplatine",  "carboplatine", "étoposide",
      "vinorelbine", "pémétrexed", "topotécan", "mini-chop",   "bendamustine", "dhap",
      "ice,",        "drd",        "vrd",       "abémaciclib", "mvac"}},
    {"asthénie de grade 3",
     {"folfox", "folfiri", "capox", "folfirinox", "lv5fu2", "capécitabine", "gemcitabine", "lenvatinib",
      "cabozantinib", "axitinib", "abémaciclib", "carfilzomib"}},
};

bool causes(const DoseToxicity &toxicity, const QString &details) {
    const QString d = details.toLower();
    for (const char *drug : toxicity.drugs)
        if (d.contains(QString::fromUtf8(drug)))
            return true;
    return false;
}

// Curative regimens of lymphoma keep their dose intensity: growth factors, never a cut.
bool curativeLymphoma(const QString &details) {
    const QString d = details.toLower();
    return (d.contains(QLatin1String("abvd")) || d.contains(QLatin1String("beacopp")) ||
            d.contains(QLatin1String("r-chop"))) &&
           !d.contains(QLatin1String("mini"));
}

// The treatments under way, as a board that lets them go on writes them (after a toxicity: the drugs
// that cause it at a lower dose, a curative lymphoma regimen at full dose with growth factors).
std::vector<ProposalLine> goingOn(DemoRandom &random, const DemoCourse &course, const QDate &meeting,
                                  const QDate &asOf, bool lowerDose) {
    std::vector<ProposalLine> lines;
    // The toxicity: one that a drug given now causes.
    std::vector<const DoseToxicity *> possible;
    for (const DoseToxicity &t : kToxicities)
        for (const PlannedStep &s : course.plan)
            if (s.start < asOf && s.end >= asOf && causes(t, s.details)) {
                possible.push_back(&t);
                break;
            }
    const DoseToxicity *toxicity = possible.empty() ? nullptr : random.pickFrom(possible);
    for (const PlannedStep &s : course.plan) {
        if (s.end < asOf)
            continue;
        const bool started = s.start < asOf;
        const QDate start =
            started ? meeting.addDays(random.between(1, 7)) : std::max(s.start, meeting.addDays(1));
        QString details = started ? QStringLiteral("Poursuite : %1").arg(s.details) : s.details;
        if (started && lowerDose && curativeLymphoma(s.details))
            details = QStringLiteral("Poursuite à dose pleine avec G-CSF en prophylaxie secondaire "
                                     "(neutropénie fébrile) : %1")
                          .arg(s.details);
        else if (started && lowerDose && toxicity && causes(*toxicity, s.details))
            details = QStringLiteral("Poursuite à doses réduites de 20 % (%1) : %2")
                          .arg(text(toxicity->text), s.details);
        lines.push_back({1, int(lines.size()) + 1, s.type, details, start, std::max(s.end, start)});
    }
    return lines;
}

} // namespace

CaseContent nextCase(DemoRandom &random, DemoCourse &course, Committee committee, const Patient &patient,
                     int caseIndex, const QDate &meeting, const QDate &asOf) {
    const Kind kind = kindOf(random, course, committee, caseIndex, asOf);
    // The general state drifts from one board to the next; a patient confirmed for an operation is one
    // whose state held.
    if (caseIndex > 0)
        course.whoStatus = std::clamp(course.whoStatus + random.weighted({10, 80, 10}) - 1, 0,
                                      kind == Kind::Operation ? std::min(course.whoStatus, 1) : 4);
    if (kind == Kind::Relapse) {
        course.relapseDue = false;
        QDate lastEnd;
        for (const PlannedStep &s : course.plan)
            lastEnd = lastEnd.isValid() ? std::max(lastEnd, s.end) : s.end;
        // Found a few weeks before the case: three months after the last treatment at the earliest.
        const QDate earliest = std::max(lastEnd.addDays(90), asOf.addDays(-60));
        course.relapseDate =
            earliest.addDays(random.below(std::max(1, int(earliest.daysTo(asOf.addDays(-10))))));
        const bool haematology = course.organ >= Organ::Dlbcl;
        // A carcinoma in situ relapses in the breast (in situ or invasive), never at a distance first.
        const bool inSitu = course.tumour.clinicalTnm.t == QLatin1String("Tis");
        const bool distant = !haematology && !inSitu && (metastatic(course) || random.chance(60));
        course.distantRelapse = distant;
        course.localRelapse = !haematology && (!distant || random.chance(30));
        if (random.chance(30))
            course.whoStatus = std::min(4, course.whoStatus + 1);
    }
    const bool frail = course.whoStatus >= 3 && kind != Kind::Supportive;
    CaseContent content;
    content.tumour = tumourAt(course, asOf);
    content.question = questionFor(random, kind, course, frail);

    ClinicalContext &c = content.clinical;
    const int age = ageAt(patient.birthDate, meeting);
    c.fromScreening = course.fromScreening;
    c.screeningDate = course.screeningDate;
    c.history = course.history;
    c.comorbidities = course.comorbidities;
    c.whoStatus = course.whoStatus;
    c.whoStatusDate = std::max(asOf.addDays(-random.between(1, 14)), course.diagnosisReport.date);
    if (age >= 75) {
        if (course.geriatricScore.isEmpty())
            course.geriatricScore = QString::number(random.between(9, 17));
        c.geriatricTool = QStringLiteral("G8");
        c.geriatricScore = course.geriatricScore;
    }
    for (const TestResult &t : course.workup)
        if (t.date < asOf)
            c.tests.push_back(t);
    c.tests.push_back(imaging(random, kind, course, asOf));
    if (course.relapseDate.isValid()) {
        c.phase = QString::fromLatin1(kPhaseRelapse);
        c.relapseDate = course.relapseDate;
        c.progressionLocal = course.localRelapse;
        c.progressionDistant = course.distantRelapse;
    }
    c.treatments = treatmentsAt(course, asOf);
    c.reports = reportsAt(course, asOf);
    c.summary = caseSummary(patient, course, content.tumour, course.whoStatus, meeting);

    Situation situation{&course, content.tumour, age, course.whoStatus, metastatic(course), c.treatments};
    Proposal &p = content.proposal;
    Decision decision;
    if (frail) {
        decision = frailDecision(random, situation);
        p.adapted = true;
        course.adjuvantDecided |= kind == Kind::Adjuvant || kind == Kind::AwaitingPathology;
    } else {
        switch (kind) {
        case Kind::Workup: {
            const QStringList exams = examsFor(course.organ);
            for (int i = 0; i < 1 + random.below(2); ++i)
                p.exams.push_back({exams.value(i), meeting.addDays(random.between(3, 10)),
                                   meeting.addDays(random.between(14, 28))});
            p.referToRecours = random.chancePerMille(15);
            return content;
        }
        case Kind::AwaitingPathology:
            p.exams.push_back(
                {QStringLiteral("Compte rendu anatomopathologique définitif de la pièce opératoire"),
                 meeting.addDays(1), meeting.addDays(random.between(10, 21))});
            return content;
        case Kind::Continue:
        case Kind::Toxicity:
        case Kind::Operation:
            p.lines = goingOn(random, course, meeting, asOf, kind == Kind::Toxicity);
            return content;
        case Kind::Supportive:
            decision = {{demo::course(kSupportiveCare, text("Consultation douleur et diététique"), 30, 60)}};
            if (random.chance(40))
                decision.steps.push_back(
                    alongside(kPalliativeCare, text("Équipe mobile de soins palliatifs"), 30, 60));
            p.lines = dated(random, decision.steps, 1, meeting);
            return content;
        case Kind::First:
            decision = firstDecision(random, situation);
            break;
        case Kind::Adjuvant:
            decision = adjuvantDecision(random, situation);
            course.adjuvantDecided = true;
            break;
        case Kind::Relapse:
            decision = relapseDecision(random, situation);
            break;
        case Kind::FollowUp:
            decision = followUpDecision(random, situation);
            break;
        }
    }
    p.lines = dated(random, decision.steps, 1, meeting);
    p.surveillanceOnly = decision.surveillanceOnly;
    if (!decision.alternative.empty() && random.chance(40)) {
        const std::vector<ProposalLine> second = dated(random, decision.alternative, 2, meeting);
        p.lines.insert(p.lines.end(), second.begin(), second.end());
    }
    if (!frail && random.chance(10))
        p.exams.push_back({examsFor(course.organ).value(random.below(2)),
                           meeting.addDays(random.between(3, 10)), meeting.addDays(random.between(14, 28))});
    p.referToRecours = random.chancePerMille(15);
    carryOut(random, course, p.lines, meeting, frail);
    course.decided = true;
    return content;
}

} // namespace concerto::demo
