// The parts of a case a committee may require before its meeting (Rcp::requiredCaseFields): one stable
// code per part, stored in the directory, checked by completeness (what is still missing on a case) and
// offered by the directory editor. The codes are the record's own; the labels are for the screens.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace concerto {

struct CaseField {
    const char *code;  // stored in Rcp::requiredCaseFields, e.g. "clinical-tnm"
    const char *label; // English source text, translated in context "CaseField"
};

// Every part a committee may require, in the order of the fiche.
const std::vector<CaseField> &caseFields();
// The label of a code in the user's language; the code itself when it is unknown (kept, never dropped).
QString caseFieldLabel(const QString &code);
bool isKnownCaseField(const QString &code);
// What a committee asks when its record says nothing: requester, question, a tumour with topography and
// morphology, the clinical TNM of a solid tumour, the WHO status and the summary.
QStringList defaultRequiredCaseFields();

} // namespace concerto
