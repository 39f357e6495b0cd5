// The forms of the tumour codes on a fiche: ICD-10 topography (a letter, 2 digits, an optional
// subdivision) within the fiche's range C00–D48, and ICD-O-3 morphology (nnnn/b).
//
// Decisions: an empty code is valid here (whether a code is required is the caller's rule). B21.x
// (HIV disease resulting in malignant tumours) is accepted outside C00–D48 because the national value
// set JDVx_Tumeur holds it. The national forms C46.70 (two-digit subdivision) and C16.9+0 (a "+digit"
// extension) are accepted.
#pragma once

#include "models/validation/check.h"

namespace concerto::validation {

Check checkTopography(const QString &code);
Check checkMorphology(const QString &code);

} // namespace concerto::validation
