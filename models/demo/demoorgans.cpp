// The demo's tumour sites and the categories boards meet for each organ. Morphologies fit their
// topography (hepatocellular carcinoma 8170/3 for C22.0, cholangiocarcinoma 8160/3 for C22.1, small-cell
// carcinoma 8041/3 for the lung, ductal carcinoma in situ 8500/2 for the breast, which then is Tis);
// categories are those of the UICC 8th edition for the organ (the staging tables check them).
#include "models/demo/demoorgans.h"

namespace concerto::demo {

namespace {

// clang-format off
const SiteProfile kSites[] = {
    {Committee::Digestive, "C18.7", "du côlon sigmoïde", Organ::Colon, false, 30, Sex::Unknown,
     {{"8140/3", "adénocarcinome lieberkühnien", 85}, {"8480/3", "adénocarcinome mucineux", 15}, {}}},
    {Committee::Digestive, "C18.0", "du cæcum", Organ::Colon, false, 12, Sex::Unknown,
     {{"8140/3", "adénocarcinome lieberkühnien", 85}, {"8480/3", "adénocarcinome mucineux", 15}, {}}},
    {Committee::Digestive, "C18.2", "du côlon ascendant", Organ::Colon, false, 10, Sex::Unknown,
     {{"8140/3", "adénocarcinome lieberkühnien", 85}, {"8480/3", "adénocarcinome mucineux", 15}, {}}},
    {Committee::Digestive, "C20", "du rectum", Organ::Rectum, false, 20, Sex::Unknown,
     {{"8140/3", "adénocarcinome lieberkühnien", 90}, {"8480/3", "adénocarcinome mucineux", 10}, {}}},
    {Committee::Digestive, "C15.5", "du tiers inférieur de l'œsophage", Organ::Oesophagus, false, 8,
     Sex::Unknown, {{"8140/3", "adénocarcinome", 60}, {"8070/3", "carcinome épidermoïde", 40}, {}}},
    {Committee::Digestive, "C16.9", "de l'estomac", Organ::Stomach, false, 8, Sex::Unknown,
     {{"8140/3", "adénocarcinome", 70}, {"8490/3", "carcinome à cellules indépendantes", 30}, {}}},
    {Committee::Digestive, "C25.0", "de la tête du pancréas", Organ::Pancreas, false, 10, Sex::Unknown,
     {{"8500/3", "adénocarcinome canalaire", 100}, {}, {}}},
    {Committee::Digestive, "C22.0", "du foie", Organ::Liver, false, 4, Sex::Unknown,
     {{"8170/3", "carcinome hépatocellulaire", 100}, {}, {}}},
    {Committee::Digestive, "C22.1", "des voies biliaires intrahépatiques", Organ::BileDucts, false, 2,
     Sex::Unknown, {{"8160/3", "cholangiocarcinome intrahépatique", 100}, {}, {}}},
    {Committee::Thoracic, "C34.1", "du lobe supérieur", Organ::Lung, true, 55, Sex::Unknown,
     {{"8140/3", "adénocarcinome", 55}, {"8070/3", "carcinome épidermoïde", 30},
      {"8041/3", "carcinome à petites cellules", 15}}},
    {Committee::Thoracic, "C34.3", "du lobe inférieur", Organ::Lung, true, 35, Sex::Unknown,
     {{"8140/3", "adénocarcinome", 55}, {"8070/3", "carcinome épidermoïde", 30},
      {"8041/3", "carcinome à petites cellules", 15}}},
    {Committee::Thoracic, "C34.9", "du poumon", Organ::Lung, true, 10, Sex::Unknown,
     {{"8140/3", "adénocarcinome", 60}, {"8070/3", "carcinome épidermoïde", 40}, {}}},
    {Committee::Breast, "C50.4", "du quadrant supéro-externe du sein", Organ::Breast, true, 50, Sex::Unknown,
     {{"8500/3", "carcinome infiltrant de type non spécifique", 75},
      {"8520/3", "carcinome lobulaire infiltrant", 15}, {"8500/2", "carcinome canalaire in situ", 10}}},
    {Committee::Breast, "C50.2", "du quadrant supéro-interne du sein", Organ::Breast, true, 20, Sex::Unknown,
     {{"8500/3", "carcinome infiltrant de type non spécifique", 75},
      {"8520/3", "carcinome lobulaire infiltrant", 15}, {"8500/2", "carcinome canalaire in situ", 10}}},
    {Committee::Breast, "C50.9", "du sein", Organ::Breast, true, 30, Sex::Unknown,
     {{"8500/3", "carcinome infiltrant de type non spécifique", 80},
      {"8520/3", "carcinome lobulaire infiltrant", 15}, {"8500/2", "carcinome canalaire in situ", 5}}},
    {Committee::Urology, "C61", "de la prostate", Organ::Prostate, false, 60, Sex::Male,
     {{"8140/3", "adénocarcinome acinaire", 100}, {}, {}}},
    {Committee::Urology, "C67.9", "de la vessie", Organ::Bladder, false, 20, Sex::Unknown,
     {{"8120/3", "carcinome urothélial", 100}, {}, {}}},
    {Committee::Urology, "C67.2", "de la paroi latérale de la vessie", Organ::Bladder, false, 8, Sex::Unknown,
     {{"8120/3", "carcinome urothélial", 100}, {}, {}}},
    {Committee::Urology, "C64", "du rein", Organ::Kidney, true, 12, Sex::Unknown,
     {{"8310/3", "carcinome rénal à cellules claires", 75}, {"8260/3", "carcinome rénal papillaire", 15},
      {"8317/3", "carcinome rénal chromophobe", 10}}},
    {Committee::Haematology, "C83.3", "", Organ::Dlbcl, false, 35, Sex::Unknown,
     {{"9680/3", "lymphome B diffus à grandes cellules", 100}, {}, {}}},
    {Committee::Haematology, "C82.9", "", Organ::Follicular, false, 15, Sex::Unknown,
     {{"9690/3", "lymphome folliculaire", 100}, {}, {}}},
    {Committee::Haematology, "C81.9", "", Organ::Hodgkin, false, 15, Sex::Unknown,
     {{"9650/3", "lymphome de Hodgkin classique", 100}, {}, {}}},
    {Committee::Haematology, "C90.0", "", Organ::Myeloma, false, 35, Sex::Unknown,
     {{"9732/3", "myélome multiple", 100}, {}, {}}},
};

const std::vector<Weighted> kColonN{{"N0", 50}, {"N1a", 12}, {"N1b", 15}, {"N1c", 3}, {"N2a", 10}, {"N2b", 10}};
const std::vector<Weighted> kColonM1{{"M1a", 50}, {"M1b", 35}, {"M1c", 15}};
const std::vector<Weighted> kM1{{"M1", 1}};

OrganStaging colon() {
    return {{{"T1", 5}, {"T2", 10}, {"T3", 50}, {"T4a", 25}, {"T4b", 10}}, kColonN, kColonM1,
            {"T1", "T2", "T3", "T4a", "T4b"}, {}, {}, 20};
}
OrganStaging rectum() {
    return {{{"T1", 5}, {"T2", 15}, {"T3", 60}, {"T4a", 10}, {"T4b", 10}}, kColonN, kColonM1,
            {"T1", "T2", "T3", "T4a", "T4b"}, {}, {}, 15};
}
OrganStaging oesophagus() {
    return {{{"T1a", 5}, {"T1b", 10}, {"T2", 20}, {"T3", 50}, {"T4a", 10}, {"T4b", 5}},
            {{"N0", 40}, {"N1", 35}, {"N2", 20}, {"N3", 5}}, kM1,
            {"T1a", "T1b", "T2", "T3", "T4a", "T4b"}, {}, {}, 20};
}
OrganStaging stomach() {
    return {{{"T1a", 5}, {"T1b", 10}, {"T2", 15}, {"T3", 40}, {"T4a", 25}, {"T4b", 5}},
            {{"N0", 40}, {"N1", 25}, {"N2", 20}, {"N3a", 10}, {"N3b", 5}}, kM1,
            {"T1a", "T1b", "T2", "T3", "T4a", "T4b"}, {}, {}, 25};
}
OrganStaging pancreas() {
    return {{{"T1c", 10}, {"T2", 40}, {"T3", 30}, {"T4", 20}}, {{"N0", 45}, {"N1", 40}, {"N2", 15}}, kM1,
            {"T1c", "T2", "T3", "T4"}, {}, {}, 35};
}
OrganStaging liver() {
    return {{{"T1a", 15}, {"T1b", 30}, {"T2", 30}, {"T3", 15}, {"T4", 10}}, {{"N0", 95}, {"N1", 5}}, kM1,
            {"T1a", "T1b", "T2", "T3", "T4"}, {}, {}, 10};
}
OrganStaging bileDucts() {
    return {{{"T1a", 15}, {"T1b", 20}, {"T2", 40}, {"T3", 15}, {"T4", 10}}, {{"N0", 70}, {"N1", 30}}, kM1,
            {"T1a", "T1b", "T2", "T3", "T4"}, {}, {}, 20};
}
OrganStaging lung() {
    return {{{"T1a", 5}, {"T1b", 10}, {"T1c", 10}, {"T2a", 15}, {"T2b", 10}, {"T3", 25}, {"T4", 25}},
            {{"N0", 40}, {"N1", 15}, {"N2", 30}, {"N3", 15}}, {{"M1a", 30}, {"M1b", 30}, {"M1c", 40}},
            {"T1a", "T1b", "T1c", "T2a", "T2b", "T3", "T4"}, {}, {}, 35};
}
OrganStaging breast() {
    return {{{"T1b", 10}, {"T1c", 35}, {"T2", 35}, {"T3", 10}, {"T4b", 7}, {"T4d", 3}},
            {{"N0", 60}, {"N1", 25}, {"N2a", 8}, {"N3a", 7}}, kM1,
            {"T1a", "T1b", "T1c", "T2", "T3", "T4b"}, {},
            {{"N0", 55}, {"N1mi", 5}, {"N1a", 20}, {"N2a", 10}, {"N3a", 10}}, 6};
}
OrganStaging prostate() {
    return {{{"T1c", 35}, {"T2a", 15}, {"T2b", 10}, {"T2c", 15}, {"T3a", 12}, {"T3b", 10}, {"T4", 3}},
            {{"N0", 90}, {"N1", 10}}, {{"M1a", 15}, {"M1b", 70}, {"M1c", 15}},
            {"T1c", "T2a", "T2b", "T2c", "T3a", "T3b", "T4"}, {"T2", "T2", "T2", "T2", "T3a", "T3b", "T4"},
            {}, 10};
}
OrganStaging bladder() {
    return {{{"T1", 25}, {"T2a", 15}, {"T2b", 15}, {"T3a", 15}, {"T3b", 10}, {"T4a", 15}, {"T4b", 5}},
            {{"N0", 75}, {"N1", 10}, {"N2", 10}, {"N3", 5}}, {{"M1a", 40}, {"M1b", 60}},
            {"T1", "T2a", "T2b", "T3a", "T3b", "T4a", "T4b"}, {}, {}, 10};
}
OrganStaging kidney() {
    return {{{"T1a", 35}, {"T1b", 25}, {"T2a", 10}, {"T2b", 5}, {"T3a", 20}, {"T3b", 3}, {"T4", 2}},
            {{"N0", 90}, {"N1", 10}}, kM1, {"T1a", "T1b", "T2a", "T2b", "T3a", "T3b", "T4"}, {}, {}, 15};
}
// clang-format on

} // namespace

bool isHaematology(Organ organ) {
    return organ == Organ::Dlbcl || organ == Organ::Follicular || organ == Organ::Hodgkin ||
           organ == Organ::Myeloma;
}

const SiteProfile &pickSite(DemoRandom &random, Committee committee, Sex sex) {
    // The supportive-care board sees every organ: it borrows the sites of the others.
    const Committee wanted =
        committee == Committee::Supportive ? Committee(random.below(kOrganCommitteeCount)) : committee;
    const auto fits = [&](const SiteProfile &s) {
        return s.committee == wanted && (s.onlySex == Sex::Unknown || s.onlySex == sex);
    };
    int total = 0;
    for (const SiteProfile &s : kSites)
        if (fits(s))
            total += s.weight;
    int r = random.below(total);
    for (const SiteProfile &s : kSites)
        if (fits(s)) {
            if (r < s.weight)
                return s;
            r -= s.weight;
        }
    return kSites[0];
}

const SiteProfile &siteProfile(const QString &topography) {
    for (const SiteProfile &s : kSites)
        if (topography == QLatin1String(s.topography))
            return s;
    return kSites[0];
}

const OrganStaging &organStaging(Organ organ) {
    static const OrganStaging none;
    static const std::vector<OrganStaging> tables{colon(),    rectum(),   oesophagus(), stomach(),
                                                  pancreas(), liver(),    bileDucts(),  lung(),
                                                  breast(),   prostate(), bladder(),    kidney()};
    const auto index = std::size_t(organ);
    return index < tables.size() ? tables[index] : none;
}

const char *pickWeighted(DemoRandom &random, const std::vector<Weighted> &list) {
    int total = 0;
    for (const Weighted &w : list)
        total += w.weight;
    int r = random.below(total);
    for (const Weighted &w : list) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return list.empty() ? "" : list.back().value;
}

} // namespace concerto::demo
