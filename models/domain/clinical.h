// The clinical context of a case (fiche sections 2 and 4 to 10): discovery, history, performance
// status, geriatric screening, test results, phase, past treatments, report conclusions, summary.
#pragma once

#include "models/domain/record.h"

namespace concerto {

inline constexpr const char *kPhaseInitial = "MED-268";
inline constexpr const char *kPhaseRelapse = "MED-244";

enum class TreatmentState { Done, Ongoing, NotDone };

struct TestResult {
    QDate date;
    QString exam;
    QString result;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static TestResult fromJson(const QJsonObject &o);
};

struct PastTreatment {
    QString type; // JDV_TypeTraitement_FRCP code
    QString details;
    QDate start;
    QDate end;
    TreatmentState state = TreatmentState::Done; // also when the record does not say
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static PastTreatment fromJson(const QJsonObject &o);
};

struct ReportConclusion {
    QString kind; // operative, pathology, molecular
    QDate date;
    QString author;
    QString text;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static ReportConclusion fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: no WHO status (-1), initial phase (MED-268).
struct ClinicalContext {
    bool fromScreening = false;
    QDate screeningDate;
    QString history;
    QString comorbidities;
    int whoStatus = -1; // 0–4, -1 when not given
    QDate whoStatusDate;
    QString geriatricTool; // e.g. G8
    QString geriatricScore;
    std::vector<TestResult> tests;
    QString phase = QString::fromLatin1(kPhaseInitial);
    QDate relapseDate;
    bool progressionLocal = false;
    bool progressionRegional = false;
    bool progressionDistant = false;
    std::vector<PastTreatment> treatments;
    std::vector<ReportConclusion> reports;
    QString summary;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static ClinicalContext fromJson(const QJsonObject &o);
};

} // namespace concerto
