// Demo tumours and what their course shows at a date: the tumour as diagnosed, staged with the
// categories of its organ and the stage group the staging tables give (never typed by hand here);
// the pathological staging of a surgery, dated with its report after the operation; the treatments
// and reports a case registered on a given day can show.
#include "models/demo/democlinical.h"
#include "models/demo/demoages.h"
#include "models/demo/demoidentity.h"
#include "models/demo/demoorgans.h"

namespace concerto::demo {

namespace {

using validation::TnmCategory;

QString text(const char *s) {
    return QString::fromUtf8(s);
}

// A number as a French text writes it ("10,9").
QString decimal(double value) {
    return QString::number(value, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

QString capitalised(QString s) {
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString siteId(const Tumour &t) {
    const std::optional<staging::SiteInfo> site = staging::siteFor(t.topography, t.morphology);
    return site ? site->id : QString();
}

// The value when the site has it for that prefix, else the first of `fallback` it has.
QString existing(const QString &site, TnmCategory category, const QString &prefix, const QString &value,
                 const std::vector<const char *> &fallback) {
    const QStringList known = staging::categories(site, category, prefix);
    if (known.isEmpty() || known.contains(value))
        return value;
    for (const char *f : fallback)
        if (known.contains(QLatin1String(f)))
            return text(f);
    return value;
}

// The stage group the tables give, or nothing when they give none (missing factor, no group).
QString stageGroup(const Tumour &t, const TnmStaging &tnm, const staging::StageFactors &factors) {
    const staging::StageResult r = staging::stageOf(t.topography, t.morphology, tnm, factors);
    return r.outcome == staging::StageOutcome::Staged ? r.stage : QString();
}

// The place of a category in an organ's order: the same category, else the first of its family.
int placeOf(const std::vector<const char *> &order, const QString &category) {
    for (std::size_t i = 0; i < order.size(); ++i)
        if (category == QLatin1String(order[i]))
            return int(i);
    for (std::size_t i = 0; i < order.size(); ++i)
        if (category.left(2) == QLatin1String(order[i]).left(2))
            return int(i);
    return 0;
}

const char *gleason(int gradeGroup) {
    static const char *const scores[] = {"3+3 = 6", "3+4 = 7", "4+3 = 7", "4+4 = 8", "4+5 = 9"};
    return scores[std::clamp(gradeGroup, 1, 5) - 1];
}

void stageClinical(DemoRandom &random, DemoCourse &c, const QDate &diagnosed) {
    Tumour &t = c.tumour;
    TnmStaging &tnm = t.clinicalTnm;
    const OrganStaging &s = organStaging(c.organ);
    const QString site = siteId(t);
    tnm.prefix = QStringLiteral("c");
    tnm.edition = QStringLiteral("UICC 8");
    tnm.date = diagnosed.addDays(random.between(0, 7));
    if (t.morphology.endsWith(QLatin1String("/2"))) { // in situ: Tis, no node, no metastasis
        tnm.t = QStringLiteral("Tis");
        tnm.n = QStringLiteral("N0");
        tnm.m = QStringLiteral("M0");
    } else {
        tnm.t = existing(site, TnmCategory::T, tnm.prefix, text(pickWeighted(random, s.t)), s.tOrder);
        tnm.n = existing(site, TnmCategory::N, tnm.prefix, text(pickWeighted(random, s.n)), {"N0"});
        tnm.m = random.chance(s.m1Percent) ? existing(site, TnmCategory::M, tnm.prefix,
                                                      text(pickWeighted(random, s.m1)), {"M1", "M1a"})
                                           : QStringLiteral("M0");
    }
    const bool m1 = tnm.m.startsWith(QLatin1String("M1"));
    if (c.organ == Organ::Prostate) {
        const bool local = !m1 && tnm.n == QLatin1String("N0");
        const bool small = tnm.t.startsWith(QLatin1String("T1")) || tnm.t == QLatin1String("T2a");
        const int psaTenths = m1 ? random.between(300, 3000)
                              : small
                                  ? (random.chance(85) ? random.between(40, 99) : random.between(100, 250))
                                  : random.between(60, 400);
        c.factors.psa = psaTenths / 10.0;
        c.factors.gradeGroup =
            1 + (local && small ? random.weighted({45, 30, 15, 7, 3}) : random.weighted({5, 20, 25, 25, 25}));
    } else if (c.organ == Organ::Oesophagus) {
        c.factors.grade = text(random.pick({"G1", "G2", "G2", "G3"}));
        c.factors.location = QStringLiteral("lower");
    }
    tnm.stage = stageGroup(t, tnm, c.factors);
}

void stageHaematology(DemoRandom &random, DemoCourse &c, const QDate &diagnosed) {
    Tumour &t = c.tumour;
    const QString site = siteId(t);
    if (c.organ == Organ::Myeloma) {
        const double b2m = random.between(15, 120) / 10.0;
        const int albumin = random.between(25, 45);
        const bool highRisk = random.chance(20);
        const bool highLdh = random.chance(15);
        t.otherStagings.push_back({QStringLiteral("R-ISS"), QStringLiteral("2015"),
                                   staging::rissStage(b2m, albumin, highRisk, highLdh)});
        c.workup = {
            {diagnosed, QStringLiteral("β2-microglobuline"), QStringLiteral("%1 mg/L").arg(decimal(b2m))},
            {diagnosed, QStringLiteral("Albumine"), QStringLiteral("%1 g/L").arg(albumin)},
            {diagnosed, QStringLiteral("LDH"),
             highLdh ? QStringLiteral("Élevées (supérieures à la normale)") : QStringLiteral("Normales")},
            {diagnosed, QStringLiteral("FISH sur plasmocytes médullaires"),
             highRisk ? text(random.pick({"del(17p)", "t(4;14)", "t(14;16)"}))
                      : QStringLiteral("Pas d'anomalie de haut risque")}};
        return;
    }
    std::vector<Weighted> values;
    if (c.organ == Organ::Hodgkin)
        values = {{"IA", 6}, {"IIA", 22}, {"IIB", 14}, {"IIIA", 10}, {"IIIB", 14}, {"IVA", 10}, {"IVB", 24}};
    else if (c.organ == Organ::Follicular)
        values = {{"I", 10}, {"II", 12}, {"III", 33}, {"IV", 45}};
    else
        values = {{"I", 10}, {"IE", 4}, {"II", 18}, {"IIE", 4}, {"II bulky", 6}, {"III", 20}, {"IV", 38}};
    QString value = text(pickWeighted(random, values));
    const QStringList known = staging::otherStagingValues(site);
    if (!known.isEmpty() && !known.contains(value))
        value = known.value(known.size() / 2);
    t.otherStagings.push_back({QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), value});
}

QString diagnosisText(DemoRandom &random, const DemoCourse &c) {
    switch (c.organ) {
    case Organ::Myeloma:
        return QStringLiteral("Myélogramme : plasmocytose médullaire à %1 %, myélome multiple.")
            .arg(random.between(15, 60));
    case Organ::Dlbcl:
    case Organ::Follicular:
    case Organ::Hodgkin:
        return QStringLiteral("Biopsie ganglionnaire : %1.").arg(c.histologyLabel);
    case Organ::Prostate:
        return QStringLiteral("Biopsies prostatiques : %1, score de Gleason %2 (groupe ISUP %3), %4 biopsies "
                              "positives sur 12.")
            .arg(c.histologyLabel, text(gleason(c.factors.gradeGroup)))
            .arg(c.factors.gradeGroup)
            .arg(random.between(1, 8));
    case Organ::Breast:
        if (c.tumour.morphology.endsWith(QLatin1String("/2")))
            return QStringLiteral("Macrobiopsies : carcinome canalaire in situ de grade intermédiaire.");
        return QStringLiteral("Biopsie : %1 %2, grade SBR %3, RE+ RP+, HER2 négatif.")
            .arg(c.histologyLabel, c.siteLabel)
            .arg(random.between(1, 3));
    case Organ::Oesophagus: {
        const QString grade = c.factors.grade == QLatin1String("G1") ? QStringLiteral("bien différencié")
                              : c.factors.grade == QLatin1String("G2")
                                  ? QStringLiteral("moyennement différencié")
                                  : QStringLiteral("peu différencié");
        return QStringLiteral("Biopsie : %1 %2, %3 (%4).")
            .arg(c.histologyLabel, c.siteLabel, grade, c.factors.grade);
    }
    default:
        return QStringLiteral("Biopsie : %1 %2.").arg(c.histologyLabel, c.siteLabel);
    }
}

} // namespace

DemoCourse startCourse(DemoRandom &random, const SiteProfile &site, const QDate &diagnosed, Sex sex,
                       int age) {
    DemoCourse c;
    c.organ = site.organ;
    c.age = age;
    c.man = sex == Sex::Male;
    int total = 0;
    for (const Histology &h : site.histologies)
        total += h.weight;
    int r = random.below(total);
    const Histology *histology = &site.histologies[0];
    for (const Histology &h : site.histologies) {
        if (r < h.weight) {
            histology = &h;
            break;
        }
        r -= h.weight;
    }
    Tumour &t = c.tumour;
    // The day of diagnosis is not always known: the month stands for it, never after the real day.
    t.diagnosisDayKnown = random.chance(85);
    t.diagnosisDate = t.diagnosisDayKnown ? diagnosed : QDate(diagnosed.year(), diagnosed.month(), 1);
    t.topography = text(site.topography);
    t.morphology = text(histology->code);
    c.histologyLabel = text(histology->label);
    if (site.paired) {
        const bool right = random.chance(50);
        t.laterality = right ? QStringLiteral("right") : QStringLiteral("left");
        c.side = right ? QStringLiteral("droit") : QStringLiteral("gauche");
    } else {
        t.laterality = QStringLiteral("not applicable");
    }
    c.siteLabel = text(site.label) + (c.side.isEmpty() ? QString() : QLatin1Char(' ') + c.side);
    if (isHaematology(c.organ))
        stageHaematology(random, c, diagnosed);
    else
        stageClinical(random, c, diagnosed);
    if (c.factors.psa)
        c.workup.push_back({diagnosed.addDays(-random.between(10, 40)), QStringLiteral("PSA total"),
                            QStringLiteral("%1 ng/mL").arg(decimal(*c.factors.psa))});
    c.diagnosisReport = {QStringLiteral("pathology"), diagnosed, QStringLiteral("Dr ") + familyName(random),
                         diagnosisText(random, c)};

    const bool screenedOrgan = c.organ == Organ::Breast || c.organ == Organ::Colon;
    c.fromScreening = screenedOrgan && age >= 50 && age <= 74 && random.chance(30);
    if (c.fromScreening)
        c.screeningDate = diagnosed.addDays(-random.between(20, 60));
    c.history = historyForAge(random, age);
    // A breast cancer before 40: the oncogenetic consultation is asked for at diagnosis.
    if (c.organ == Organ::Breast && age < 40)
        c.workup.push_back(
            {diagnosed.addDays(1), QStringLiteral("Consultation d'oncogénétique"),
             QStringLiteral("Demandée au diagnostic (cancer du sein avant 40 ans) : recherche de "
                            "variant pathogène BRCA1, BRCA2 et PALB2 en cours")});
    // Comorbidities come with age.
    if (age < 50 ? random.chance(10) : random.chance(40))
        c.comorbidities =
            age < 50 ? text(random.pick({"Obésité (IMC 32)", "Dénutrition modérée"}))
                     : text(random.pick({"Insuffisance rénale modérée", "Obésité (IMC 32)",
                                         "Fibrillation atriale anticoagulée", "Dénutrition modérée"}));
    if (age >= 75)
        c.geriatricScore = QString::number(random.between(9, 17));
    const bool metastatic = t.clinicalTnm.m.startsWith(QLatin1String("M1"));
    c.whoStatus =
        std::min(4, random.weighted({45, 36, 13, 4, 2}) + (metastatic && random.chance(30) ? 1 : 0));
    return c;
}

Tumour tumourAt(const DemoCourse &course, const QDate &asOf) {
    Tumour t = course.tumour;
    for (const PlannedStep &s : course.plan)
        if (s.start < asOf && !s.pathology.isEmpty() && s.pathology.date < asOf) {
            t.pathologicalTnm = s.pathology;
            break;
        }
    return t;
}

std::vector<PastTreatment> treatmentsAt(const DemoCourse &course, const QDate &asOf) {
    std::vector<PastTreatment> done;
    for (const PlannedStep &s : course.plan) {
        if (s.start >= asOf)
            continue;
        const bool ended = s.end.isValid() && s.end < asOf;
        done.push_back({s.type, s.details, s.start, ended ? s.end : QDate(),
                        ended ? TreatmentState::Done : TreatmentState::Ongoing});
    }
    return done;
}

std::vector<ReportConclusion> reportsAt(const DemoCourse &course, const QDate &asOf) {
    std::vector<ReportConclusion> reports{course.diagnosisReport};
    for (const PlannedStep &s : course.plan) {
        if (s.surgeon.isEmpty() || s.start >= asOf)
            continue;
        reports.push_back(
            {QStringLiteral("operative"), s.start, s.surgeon,
             QStringLiteral("%1 : exérèse macroscopiquement complète, suites simples.").arg(s.details)});
        if (!s.pathologyReport.isEmpty() && s.pathology.date < asOf)
            reports.push_back({QStringLiteral("pathology"), s.pathology.date, course.diagnosisReport.author,
                               s.pathologyReport});
    }
    return reports;
}

void addPathology(DemoRandom &random, const DemoCourse &course, PlannedStep &surgery, bool afterNeoadjuvant) {
    surgery.surgeon = QStringLiteral("Dr ") + familyName(random);
    const TnmStaging &c = course.tumour.clinicalTnm;
    if (c.isEmpty() || c.m.startsWith(QLatin1String("M1")))
        return;
    const OrganStaging &s = organStaging(course.organ);
    const QString site = siteId(course.tumour);
    TnmStaging p;
    p.prefix = afterNeoadjuvant ? QStringLiteral("yp") : QStringLiteral("p");
    p.edition = QStringLiteral("UICC 8");
    p.date = surgery.start.addDays(random.between(7, 15));
    p.m = QStringLiteral("cM0");
    if (c.t == QLatin1String("Tis")) {
        p.t = c.t;
        p.n = QStringLiteral("cN0"); // no node taken out with an in situ carcinoma
    } else {
        const std::vector<const char *> &order = s.pathologicalT.empty() ? s.tOrder : s.pathologicalT;
        const int delta =
            afterNeoadjuvant ? random.weighted({25, 40, 35}) - 2 : random.weighted({20, 60, 20}) - 1;
        const int place = std::clamp(placeOf(s.tOrder, c.t) + delta, 0, int(order.size()) - 1);
        p.t = afterNeoadjuvant && random.chance(15) ? QStringLiteral("T0") : text(order[std::size_t(place)]);
        p.t = existing(site, TnmCategory::T, p.prefix, p.t, order);
        const bool cNodes = c.n != QLatin1String("N0");
        const bool nodes =
            random.chance(cNodes ? (afterNeoadjuvant ? 50 : 85) : (afterNeoadjuvant ? 10 : 25));
        std::vector<Weighted> list;
        for (const Weighted &w : s.pathologicalN.empty() ? s.n : s.pathologicalN)
            if ((QLatin1String(w.value) != QLatin1String("N0")) == nodes)
                list.push_back(w);
        p.n = list.empty() ? QStringLiteral("N0") : text(pickWeighted(random, list));
        p.n = existing(site, TnmCategory::N, p.prefix, p.n, {"N0"});
    }
    p.stage = stageGroup(course.tumour, p, course.factors);
    surgery.pathology = p;
    QString nodes;
    if (course.organ == Organ::Colon || course.organ == Organ::Rectum) {
        const int examined = random.between(12, 28);
        const int invaded = p.n.startsWith(QLatin1String("N2b"))   ? random.between(7, 10)
                            : p.n.startsWith(QLatin1String("N2a")) ? random.between(4, 6)
                            : p.n.startsWith(QLatin1String("N1b")) ? random.between(2, 3)
                            : p.n.startsWith(QLatin1String("N1a")) ? 1
                                                                   : 0;
        nodes = QStringLiteral(", %1 ganglion(s) envahi(s) sur %2").arg(invaded).arg(examined);
    }
    surgery.pathologyReport = p.t == QLatin1String("T0") && p.n == QLatin1String("N0")
                                  ? QStringLiteral("Réponse histologique complète, %1%2, marges saines (R0).")
                                        .arg(staging::tnmText(p), nodes)
                                  : QStringLiteral("%1, %2%3, marges saines (R0).")
                                        .arg(capitalised(course.histologyLabel), staging::tnmText(p), nodes);
}

Tumour misstaged(DemoRandom &random, const DemoCourse &course, const Tumour &tumour) {
    Tumour wrong = tumour;
    TnmStaging &tnm = tumour.pathologicalTnm.isEmpty() ? wrong.clinicalTnm : wrong.pathologicalTnm;
    if (tnm.isEmpty() || tnm.t == QLatin1String("Tis"))
        return tumour;
    const OrganStaging &s = organStaging(course.organ);
    const std::vector<const char *> &order =
        tnm.isPathological() && !s.pathologicalT.empty() ? s.pathologicalT : s.tOrder;
    const int place = placeOf(order, tnm.t);
    const int first = random.chance(50) ? -1 : 1;
    for (int delta : {first, -first}) {
        const int other = place + delta;
        if (other < 0 || other >= int(order.size()) || QLatin1String(order[std::size_t(other)]) == tnm.t)
            continue;
        TnmStaging candidate = tnm;
        candidate.t = text(order[std::size_t(other)]);
        candidate.stage = stageGroup(tumour, candidate, course.factors);
        if (staging::stageOf(tumour.topography, tumour.morphology, candidate, course.factors).outcome ==
            staging::StageOutcome::Refused)
            continue;
        tnm = candidate;
        return wrong;
    }
    return tumour;
}

QString caseSummary(const Patient &patient, const DemoCourse &course, const Tumour &tumour, int whoStatus,
                    const QDate &meeting) {
    int age = meeting.year() - patient.birthDate.year();
    if (meeting < patient.birthDate.addYears(age))
        --age;
    QString disease = capitalised(course.histologyLabel);
    if (!course.siteLabel.isEmpty())
        disease += QLatin1Char(' ') + course.siteLabel;
    const auto staged = [](const TnmStaging &tnm) {
        QString s = staging::tnmText(tnm);
        if (!tnm.stage.isEmpty())
            s += QStringLiteral(" (stade %1)").arg(tnm.stage);
        return s;
    };
    QStringList stages;
    if (!tumour.clinicalTnm.isEmpty())
        stages << staged(tumour.clinicalTnm);
    if (!tumour.pathologicalTnm.isEmpty())
        stages << staged(tumour.pathologicalTnm);
    for (const OtherStaging &o : tumour.otherStagings)
        stages << QStringLiteral("%1 %2").arg(o.name, o.value);
    return QStringLiteral("Patient%1 de %2 ans, OMS %3. %4, %5.")
        .arg(patient.sex == Sex::Female ? QStringLiteral("e") : QString())
        .arg(age)
        .arg(whoStatus)
        .arg(disease, stages.join(QStringLiteral(", ")));
}

} // namespace concerto::demo
