// The clinical side of demo cases, coherent with the committee: tumours (ICD-10 topography, ICD-O-3
// morphology, UICC 8 TNM or another staging), clinical context, the question to the board and the
// board's proposal (JDV_TypeTraitement_FRCP codes).
#pragma once

#include "models/demo/democommittees.h"
#include "models/demo/demorandom.h"
#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/patient.h"

namespace concerto::demo {

// A tumour seen by that committee, diagnosed on `diagnosis`, possible for that sex.
Tumour makeTumour(DemoRandom &random, Committee committee, const QDate &diagnosis, Sex sex);

// The staging after treatment: pathological (p) after surgery, yp after a neoadjuvant treatment.
void restage(DemoRandom &random, Tumour &tumour, bool afterNeoadjuvant);

// The context of the `caseIndex`-th case (0 = first) of a patient, with the treatments given so far.
ClinicalContext makeClinical(DemoRandom &random, Committee committee, const Patient &patient,
                             const Tumour &tumour, int caseIndex, const QDate &meeting,
                             const std::vector<PastTreatment> &given);

QString makeQuestion(DemoRandom &random, Committee committee, int caseIndex);

struct Proposal {
    std::vector<ProposalLine> lines;
    std::vector<FurtherExam> exams;
    bool surveillanceOnly = false;
    bool referToRecours = false;
};
Proposal makeProposal(DemoRandom &random, Committee committee, const Tumour &tumour, int caseIndex,
                      const QDate &meeting);

// What a proposal leaves in the record once carried out (for the next cases' past treatments).
std::vector<PastTreatment> carriedOut(const Proposal &proposal, const QDate &reference);

} // namespace concerto::demo
