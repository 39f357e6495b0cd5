// Ages at diagnosis by organ (the registry's medians and spreads) and a history that fits the age.
#include "models/demo/demoages.h"

#include <algorithm>

namespace concerto::demo {

namespace {

struct AgeProfile {
    int median;
    int spread; // about one standard deviation, in years
};

// Medians at diagnosis from the French registry estimates (both sexes, rounded).
AgeProfile profileOf(Organ organ) {
    switch (organ) {
    case Organ::Colon:
        return {72, 11};
    case Organ::Rectum:
        return {69, 11};
    case Organ::Oesophagus:
        return {68, 10};
    case Organ::Stomach:
        return {71, 11};
    case Organ::Pancreas:
        return {71, 10};
    case Organ::Liver:
        return {69, 10};
    case Organ::BileDucts:
        return {72, 10};
    case Organ::Lung:
        return {67, 10};
    case Organ::Breast:
        return {63, 13};
    case Organ::Prostate:
        return {69, 8};
    case Organ::Bladder:
        return {73, 10};
    case Organ::Kidney:
        return {66, 11};
    case Organ::Dlbcl:
        return {69, 12};
    case Organ::Follicular:
        return {63, 11};
    case Organ::Hodgkin:
        return {35, 12};
    case Organ::Myeloma:
        return {70, 10};
    }
    return {68, 11};
}

// About normal around the median: the sum of three uniform draws (standard deviation `spread`).
int around(DemoRandom &random, int median, int spread) {
    int sum = 0;
    for (int i = 0; i < 3; ++i)
        sum += random.between(-spread * 10, spread * 10);
    return median + sum / 10;
}

} // namespace

int diagnosisAge(DemoRandom &random, Organ organ) {
    // Hodgkin lymphoma: two peaks, young adults and after 60.
    if (organ == Organ::Hodgkin)
        return std::clamp(random.chance(65) ? around(random, 30, 7) : around(random, 68, 8), 18, 92);
    const AgeProfile p = profileOf(organ);
    return std::clamp(around(random, p.median, p.spread), organ == Organ::Prostate ? 45 : 20, 97);
}

QString historyForAge(DemoRandom &random, int age) {
    if (age < 25)
        return QString::fromUtf8(random.pick(
            {"Pas d'antécédent notable.", "Appendicectomie dans l'enfance.", "Asthme dans l'enfance."}));
    if (age < 40)
        return QString::fromUtf8(
            random.pick({"Pas d'antécédent notable.", "Appendicectomie dans l'enfance.",
                         "Asthme dans l'enfance.", "Hypothyroïdie substituée.", "Tabagisme actif (5 PA)."}));
    if (age < 55)
        return QString::fromUtf8(random.pick(
            {"Pas d'antécédent notable.", "HTA traitée.", "Appendicectomie dans l'enfance.",
             "Hypothyroïdie substituée.", "Tabagisme sevré (15 PA).", "Diabète de type 2 sous metformine."}));
    return QString::fromUtf8(random.pick(
        {"Pas d'antécédent notable.", "HTA traitée, dyslipidémie.", "Diabète de type 2 sous metformine.",
         "Tabagisme sevré (30 PA).", "Appendicectomie dans l'enfance.",
         "Cardiopathie ischémique stentée il y a huit ans.", "Hypothyroïdie substituée.", "BPCO stade II."}));
}

} // namespace concerto::demo
