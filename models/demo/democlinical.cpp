// Demo tumours and clinical contexts: each committee has its sites (ICD-10 topography with the
// ICD-O-3 morphologies seen there), staged with UICC 8 TNM categories, or Ann Arbor / R-ISS for
// haematology.
#include "models/demo/democlinical.h"

#include <iterator>

namespace concerto::demo {

namespace {

enum class Stager {
    Colon,
    Rectum,
    Oesophagus,
    Pancreas,
    Lung,
    Breast,
    Prostate,
    Bladder,
    Kidney,
    Lymphoma,
    Myeloma
};
enum class Side { None, Paired };

struct Site {
    Committee committee;
    const char *topography;
    const char *morphologies[3];
    Stager stager;
    Side side;
    int weight;
    Sex onlySex; // Unknown: any
};

const Site kSites[] = {
    {Committee::Digestive,
     "C18.7",
     {"8140/3", "8480/3", "8140/3"},
     Stager::Colon,
     Side::None,
     30,
     Sex::Unknown},
    {Committee::Digestive,
     "C18.0",
     {"8140/3", "8480/3", "8140/3"},
     Stager::Colon,
     Side::None,
     12,
     Sex::Unknown},
    {Committee::Digestive,
     "C18.2",
     {"8140/3", "8140/3", "8480/3"},
     Stager::Colon,
     Side::None,
     10,
     Sex::Unknown},
    {Committee::Digestive,
     "C20",
     {"8140/3", "8140/3", "8480/3"},
     Stager::Rectum,
     Side::None,
     20,
     Sex::Unknown},
    {Committee::Digestive,
     "C15.5",
     {"8140/3", "8070/3", "8070/3"},
     Stager::Oesophagus,
     Side::None,
     8,
     Sex::Unknown},
    {Committee::Digestive,
     "C16.9",
     {"8140/3", "8140/3", "8480/3"},
     Stager::Oesophagus,
     Side::None,
     8,
     Sex::Unknown},
    {Committee::Digestive,
     "C25.0",
     {"8140/3", "8140/3", "8140/3"},
     Stager::Pancreas,
     Side::None,
     10,
     Sex::Unknown},
    {Committee::Digestive,
     "C22.0",
     {"8170/3", "8170/3", "8160/3"},
     Stager::Pancreas,
     Side::None,
     6,
     Sex::Unknown},
    {Committee::Thoracic,
     "C34.1",
     {"8140/3", "8070/3", "8041/3"},
     Stager::Lung,
     Side::Paired,
     55,
     Sex::Unknown},
    {Committee::Thoracic,
     "C34.3",
     {"8140/3", "8070/3", "8041/3"},
     Stager::Lung,
     Side::Paired,
     35,
     Sex::Unknown},
    {Committee::Thoracic,
     "C34.9",
     {"8140/3", "8070/3", "8140/3"},
     Stager::Lung,
     Side::Paired,
     10,
     Sex::Unknown},
    {Committee::Breast,
     "C50.4",
     {"8500/3", "8500/3", "8520/3"},
     Stager::Breast,
     Side::Paired,
     50,
     Sex::Unknown},
    {Committee::Breast,
     "C50.2",
     {"8500/3", "8520/3", "8500/3"},
     Stager::Breast,
     Side::Paired,
     20,
     Sex::Unknown},
    {Committee::Breast,
     "C50.9",
     {"8500/3", "8500/3", "8520/3"},
     Stager::Breast,
     Side::Paired,
     30,
     Sex::Unknown},
    {Committee::Urology, "C61", {"8140/3", "8140/3", "8140/3"}, Stager::Prostate, Side::None, 60, Sex::Male},
    {Committee::Urology,
     "C67.9",
     {"8120/3", "8120/3", "8070/3"},
     Stager::Bladder,
     Side::None,
     20,
     Sex::Unknown},
    {Committee::Urology,
     "C67.2",
     {"8120/3", "8120/3", "8120/3"},
     Stager::Bladder,
     Side::None,
     8,
     Sex::Unknown},
    {Committee::Urology,
     "C64",
     {"8312/3", "8312/3", "8312/3"},
     Stager::Kidney,
     Side::Paired,
     12,
     Sex::Unknown},
    {Committee::Haematology,
     "C83.3",
     {"9680/3", "9680/3", "9680/3"},
     Stager::Lymphoma,
     Side::None,
     35,
     Sex::Unknown},
    {Committee::Haematology,
     "C82.9",
     {"9690/3", "9690/3", "9690/3"},
     Stager::Lymphoma,
     Side::None,
     15,
     Sex::Unknown},
    {Committee::Haematology,
     "C81.9",
     {"9650/3", "9650/3", "9650/3"},
     Stager::Lymphoma,
     Side::None,
     15,
     Sex::Unknown},
    {Committee::Haematology,
     "C90.0",
     {"9732/3", "9732/3", "9732/3"},
     Stager::Myeloma,
     Side::None,
     35,
     Sex::Unknown},
};

const Site &pickSite(DemoRandom &random, Committee committee, Sex sex) {
    // The supportive-care board sees every organ: it borrows the sites of the others.
    const Committee wanted =
        committee == Committee::Supportive ? Committee(random.below(kOrganCommitteeCount)) : committee;
    int total = 0;
    for (const Site &s : kSites)
        if (s.committee == wanted && (s.onlySex == Sex::Unknown || s.onlySex == sex))
            total += s.weight;
    int r = random.below(total);
    for (const Site &s : kSites)
        if (s.committee == wanted && (s.onlySex == Sex::Unknown || s.onlySex == sex)) {
            if (r < s.weight)
                return s;
            r -= s.weight;
        }
    return kSites[0];
}

Stager stagerOf(const QString &topography) {
    for (const Site &s : kSites)
        if (topography == QLatin1String(s.topography))
            return s.stager;
    return Stager::Colon;
}

QString text(const char *s) {
    return QString::fromUtf8(s);
}

// T, N, M and the stage group, with valid UICC 8 categories for the site.
void stage(DemoRandom &random, Stager stager, TnmStaging &tnm, bool mayMetastasise) {
    const char *const *ts = nullptr;
    const char *const *ns = nullptr;
    int tCount = 0, nCount = 0;
    static const char *const colonT[] = {"T1", "T2", "T3", "T3", "T4a", "T4b"};
    static const char *const colonN[] = {"N0", "N0", "N1a", "N1b", "N2a", "N2b"};
    static const char *const lungT[] = {"T1a", "T1b", "T1c", "T2a", "T2b", "T3", "T4"};
    static const char *const lungN[] = {"N0", "N0", "N1", "N2", "N3"};
    static const char *const breastT[] = {"Tis", "T1b", "T1c", "T1c", "T2", "T2", "T3", "T4b"};
    static const char *const breastN[] = {"N0", "N0", "N0", "N1", "N2a", "N3a"};
    static const char *const prostateT[] = {"T1c", "T2a", "T2b", "T2c", "T3a", "T3b", "T4"};
    static const char *const bladderT[] = {"T1", "T2a", "T2b", "T3a", "T3b", "T4a"};
    static const char *const kidneyT[] = {"T1a", "T1b", "T2a", "T3a"};
    static const char *const shortN[] = {"N0", "N0", "N0", "N1"};
    static const char *const bladderN[] = {"N0", "N0", "N1", "N2"};
    switch (stager) {
    case Stager::Colon:
    case Stager::Rectum:
    case Stager::Oesophagus:
    case Stager::Pancreas:
        ts = colonT, tCount = int(std::size(colonT)), ns = colonN, nCount = int(std::size(colonN));
        break;
    case Stager::Lung:
        ts = lungT, tCount = int(std::size(lungT)), ns = lungN, nCount = int(std::size(lungN));
        break;
    case Stager::Breast:
        ts = breastT, tCount = int(std::size(breastT)), ns = breastN, nCount = int(std::size(breastN));
        break;
    case Stager::Prostate:
        ts = prostateT, tCount = int(std::size(prostateT)), ns = shortN, nCount = int(std::size(shortN));
        break;
    case Stager::Bladder:
        ts = bladderT, tCount = int(std::size(bladderT)), ns = bladderN, nCount = int(std::size(bladderN));
        break;
    case Stager::Kidney:
        ts = kidneyT, tCount = int(std::size(kidneyT)), ns = shortN, nCount = int(std::size(shortN));
        break;
    case Stager::Lymphoma:
    case Stager::Myeloma:
        return; // staged otherwise
    }
    tnm.t = text(ts[random.below(tCount)]);
    tnm.n = tnm.t == QLatin1String("Tis") ? QStringLiteral("N0") : text(ns[random.below(nCount)]);
    const int metastatic = stager == Stager::Lung ? 25 : stager == Stager::Pancreas ? 30 : 12;
    const bool m1 = mayMetastasise && tnm.t != QLatin1String("Tis") && random.chance(metastatic);
    if (!m1)
        tnm.m = QStringLiteral("M0");
    else if (stager == Stager::Lung)
        tnm.m = text(random.pick({"M1a", "M1b", "M1c"}));
    else if (stager == Stager::Prostate)
        tnm.m = text(random.pick({"M1a", "M1b", "M1b", "M1c"}));
    else if (stager == Stager::Breast || stager == Stager::Kidney || stager == Stager::Pancreas)
        tnm.m = QStringLiteral("M1");
    else
        tnm.m = text(random.pick({"M1a", "M1b"}));
    const bool nodes = tnm.n != QLatin1String("N0");
    const bool advancedT = tnm.t.startsWith(QLatin1String("T3")) || tnm.t.startsWith(QLatin1String("T4"));
    if (m1)
        tnm.stage =
            stager == Stager::Lung || stager == Stager::Prostate || stager == Stager::Colon ||
                    stager == Stager::Rectum
                ? (tnm.m == QLatin1String("M1c") || tnm.m == QLatin1String("M1b") ? QStringLiteral("IVB")
                                                                                  : QStringLiteral("IVA"))
                : QStringLiteral("IV");
    else if (tnm.t == QLatin1String("Tis"))
        tnm.stage = QStringLiteral("0");
    else if (tnm.n == QLatin1String("N3") || tnm.n == QLatin1String("N3a") ||
             tnm.n.startsWith(QLatin1String("N2")))
        tnm.stage = stager == Stager::Breast ? QStringLiteral("IIIC") : QStringLiteral("IIIB");
    else if (nodes)
        tnm.stage = stager == Stager::Prostate ? QStringLiteral("IVA") : QStringLiteral("IIIA");
    else if (advancedT)
        tnm.stage = stager == Stager::Kidney ? QStringLiteral("III") : QStringLiteral("IIB");
    else if (tnm.t.startsWith(QLatin1String("T2")))
        tnm.stage = QStringLiteral("IIA");
    else
        tnm.stage = stager == Stager::Lung ? QStringLiteral("IA") : QStringLiteral("I");
}

} // namespace

Tumour makeTumour(DemoRandom &random, Committee committee, const QDate &diagnosis, Sex sex) {
    const Site &site = pickSite(random, committee, sex);
    Tumour t;
    t.diagnosisDate = diagnosis;
    t.diagnosisDayKnown = random.chance(85);
    t.topography = text(site.topography);
    t.morphology = text(site.morphologies[random.below(3)]);
    t.laterality =
        site.side == Side::Paired ? text(random.pick({"right", "left"})) : QStringLiteral("not applicable");
    if (site.stager == Stager::Lymphoma) {
        t.otherStagings.push_back({QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"),
                                   text(random.pick({"I", "IIA", "IIB", "IIIA", "IIIB", "IVA", "IVB"}))});
    } else if (site.stager == Stager::Myeloma) {
        t.otherStagings.push_back(
            {QStringLiteral("R-ISS"), QStringLiteral("2015"), text(random.pick({"I", "II", "III"}))});
    } else {
        t.clinicalTnm.prefix = QStringLiteral("c");
        t.clinicalTnm.edition = QStringLiteral("UICC 8");
        t.clinicalTnm.date = diagnosis;
        stage(random, site.stager, t.clinicalTnm, true);
    }
    return t;
}

void restage(DemoRandom &random, Tumour &tumour, bool afterNeoadjuvant) {
    if (tumour.clinicalTnm.isEmpty() || tumour.clinicalTnm.m.startsWith(QLatin1String("M1")))
        return;
    // Pathology stages T and N again; the tumour had no distant metastasis and still has none.
    tumour.pathologicalTnm = tumour.clinicalTnm;
    tumour.pathologicalTnm.prefix = afterNeoadjuvant ? QStringLiteral("yp") : QStringLiteral("p");
    stage(random, stagerOf(tumour.topography), tumour.pathologicalTnm, false);
}

} // namespace concerto::demo
