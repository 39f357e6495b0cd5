// The clinical side of demo cases, as a physician expects to read it: each patient's disease follows a
// course (the tumour as diagnosed, the treatments decided and carried out, what the pathology found
// after surgery, a relapse after the last treatment), and each case shows the course as it stood on the
// day of its meeting. Tumours take a topography, a morphology that fits it and a stage computed by the
// staging tables (models/staging) from categories of the site; proposals follow the site, histology,
// stage, age and WHO status; the question follows the phase. Treatment types are
// JDV_TypeTraitement_FRCP codes.
#pragma once

#include "models/demo/democommittees.h"
#include "models/demo/demorandom.h"
#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/patient.h"
#include "models/staging/staging.h"

namespace concerto::demo {

// The organ (or disease) whose strategy a case follows.
enum class Organ {
    Colon,
    Rectum,
    Oesophagus,
    Stomach,
    Pancreas,
    Liver,
    BileDucts,
    Lung,
    Breast,
    Prostate,
    Bladder,
    Kidney,
    Dlbcl,
    Follicular,
    Hodgkin,
    Myeloma
};

// A treatment decided by a board, with its planned dates; carried out as planned unless a later board
// decides otherwise. A surgery carries the pathological staging its specimen gives.
struct PlannedStep {
    QString type; // JDV_TypeTraitement_FRCP code
    QString details;
    QDate start;
    QDate end;
    TnmStaging pathology; // surgery only: the pTNM (dated with the pathology report); else empty
    QString pathologyReport;
    QString surgeon;
};

// One patient's disease as the generator knows it.
struct DemoCourse {
    Organ organ = Organ::Colon;
    int age = 60; // at diagnosis
    bool man = false;
    QString siteLabel;      // "côlon sigmoïde"
    QString histologyLabel; // "adénocarcinome lieberkühnien"
    QString side;           // "droit", "gauche" or empty for an organ without side
    Tumour tumour;          // as diagnosed: the clinical TNM, or the haematological staging
    staging::StageFactors factors;
    ReportConclusion diagnosisReport; // the biopsy's pathology conclusion
    std::vector<TestResult> workup;   // dated at diagnosis (PSA, β2-microglobulin…)
    bool fromScreening = false;
    QDate screeningDate;
    QString history;
    QString comorbidities;
    QString geriatricScore; // G8, from 75 years
    std::vector<PlannedStep> plan;
    bool decided = false; // a treatment strategy was decided (not only exams)
    bool adjuvantDecided = false;
    QDate relapseDate; // the latest relapse, when there was one
    bool localRelapse = false;
    bool distantRelapse = false;
    int whoStatus = 0;
    bool relapseDue =
        false; // treated long ago elsewhere: the next case, once treatments are over, is a relapse
};

struct SiteProfile;
// A new course for a patient of that site, sex and age, diagnosed on `diagnosis`.
DemoCourse startCourse(DemoRandom &random, const SiteProfile &site, const QDate &diagnosis, Sex sex, int age);

// The tumour as a case registered on `asOf` shows it: the pathological TNM once its report is out
// (before that day).
Tumour tumourAt(const DemoCourse &course, const QDate &asOf);
// The treatments started before `asOf`: done when they ended before it, else ongoing (no end yet).
std::vector<PastTreatment> treatmentsAt(const DemoCourse &course, const QDate &asOf);

// Gives a surgery step its pathological staging (after a neoadjuvant treatment: yp) and report.
void addPathology(DemoRandom &random, const DemoCourse &course, PlannedStep &surgery, bool afterNeoadjuvant);
// The reports of a case registered on `asOf`: the biopsy, then each surgery's operative and pathology
// reports once they are written.
std::vector<ReportConclusion> reportsAt(const DemoCourse &course, const QDate &asOf);

struct Proposal {
    std::vector<ProposalLine> lines;
    std::vector<FurtherExam> exams;
    bool surveillanceOnly = false;
    bool referToRecours = false;
    // Adapted to a frail patient (WHO 3 and over): the board departs from the guideline, and says why.
    bool adapted = false;
};

// What one case of the course holds: the tumour and context as of its meeting, the question to the
// board and the board's proposal.
struct CaseContent {
    Tumour tumour;
    ClinicalContext clinical;
    QString question;
    Proposal proposal;
};

// The `caseIndex`-th case of the course (0 = first), discussed on `meeting` and registered on
// `registered`; the course then carries out the proposal (its plan changes from the meeting on).
CaseContent nextCase(DemoRandom &random, DemoCourse &course, Committee committee, const Patient &patient,
                     int caseIndex, const QDate &meeting, const QDate &registered);

// The summary line of a case ("Patiente de 64 ans, OMS 1. Adénocarcinome … cT3 cN1a cM0, stade IIIB.").
QString caseSummary(const Patient &patient, const DemoCourse &course, const Tumour &tumour, int whoStatus,
                    const QDate &meeting);

// The tumour with another TNM that exists for its site, as a board could have misread it (another T,
// or another N, and the stage group they give): the first version of a fiche that an amendment
// corrects. The tumour itself when no other TNM is found.
Tumour misstaged(DemoRandom &random, const DemoCourse &course, const Tumour &tumour);

} // namespace concerto::demo
