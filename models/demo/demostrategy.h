// What a board proposes for a demo case (private to models/demo): the usual strategy for the organ,
// histology and stage, adapted to age and WHO status, at each moment of the course (first decision,
// adjuvant decision once the pathology is known, relapse, follow-up). Texts are French, as a fiche
// writes them; types are JDV_TypeTraitement_FRCP codes.
#pragma once

#include "models/demo/democlinical.h"

namespace concerto::demo {

inline constexpr const char *kSurgery = "387713003";
inline constexpr const char *kRadiotherapy = "C15313";
inline constexpr const char *kBrachytherapy = "C15195";
inline constexpr const char *kChemotherapy = "C15632";
inline constexpr const char *kTargeted = "C93352";
inline constexpr const char *kHormone = "C547";
inline constexpr const char *kImmunotherapy = "C15262";
inline constexpr const char *kInterventionalRadiology = "C63334";
inline constexpr const char *kSurveillanceOnly = "MED-226";
inline constexpr const char *kActiveSurveillance = "MED-227";
inline constexpr const char *kEndoscopy = "C157891";
inline constexpr const char *kGraft = "MED-126";
inline constexpr const char *kOtherDrug = "GEN-092.03.02";
inline constexpr const char *kSupportiveCare = "C15747";
inline constexpr const char *kPalliativeCare = "C15252";

// One treatment of a proposal, with how long it lasts and when it starts after the one before.
struct Step {
    const char *type;
    QString details;
    int minDays = 0; // duration
    int maxDays = 0;
    bool withPrevious = false; // given at the same time as the step before
    int minGap = 14;           // days after the end of the steps before
    int maxGap = 42;
};

struct Decision {
    std::vector<Step> steps{};       // first intention, in order
    std::vector<Step> alternative{}; // second intention, when the board names one
    bool surveillanceOnly = false;
};

// The case a board decides on.
struct Situation {
    const DemoCourse *course = nullptr;
    Tumour tumour; // as the case shows it
    int age = 0;
    int who = 0;
    bool metastatic = false; // at diagnosis, or a distant relapse
    std::vector<PastTreatment> treatments;

    Organ organ() const { return course->organ; }
    // A treatment given before whose details name `word` ("FOLFOX", "Prostatectomie").
    bool had(const char *word) const;
    // "droit"/"gauche" (or "droite"/"gauche"), or empty for an organ without side.
    QString side(bool feminine = false) const;
    // The most recent stage group ("IIIB"), empty when none.
    QString stage() const { return tumour.latestTnm().stage; }
    bool nodes() const; // nodes involved on the latest staging
    bool squamous() const { return tumour.morphology == QLatin1String("8070/3"); }
    bool smallCell() const { return tumour.morphology == QLatin1String("8041/3"); }
};

Decision firstDecision(DemoRandom &random, const Situation &s);
Decision adjuvantDecision(DemoRandom &random, const Situation &s);
Decision relapseDecision(DemoRandom &random, const Situation &s);
// The treatments are over: surveillance, or maintenance of a metastatic disease.
Decision followUpDecision(DemoRandom &random, const Situation &s);
// WHO 3 and 4: what a frail patient can receive.
Decision frailDecision(DemoRandom &random, const Situation &s);

// The organ's own: digestive (demostrategy.cpp) and the others (demostrategyothers.cpp).
Decision digestiveFirst(DemoRandom &random, const Situation &s);
Decision digestiveAdjuvant(DemoRandom &random, const Situation &s);
Decision digestiveRelapse(DemoRandom &random, const Situation &s);
Decision digestiveFollowUp(DemoRandom &random, const Situation &s);
Decision otherFirst(DemoRandom &random, const Situation &s);
Decision otherAdjuvant(DemoRandom &random, const Situation &s);
Decision otherRelapse(DemoRandom &random, const Situation &s);
Decision otherFollowUp(DemoRandom &random, const Situation &s);

// Steps' durations, in days.
Step surgery(const QString &details, int minGap = 14, int maxGap = 42);
Step course(const char *type, const QString &details, int minDays, int maxDays);
Step alongside(const char *type, const QString &details, int minDays, int maxDays);
// Surveillance alone (not a treatment: the plan keeps nothing of it).
Decision surveillance(const QString &details);

// Exams a board may ask for, for that organ.
QStringList examsFor(Organ organ);

} // namespace concerto::demo
