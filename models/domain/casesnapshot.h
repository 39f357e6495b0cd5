// The case a fiche freezes when it is signed (Fiche::caseSnapshot): the patient's identity traits as they
// were, the tumours, the clinical context and the question. One shape, written by signing (and the demo)
// and read back by the documents, so that a signed fiche prints and exports what was signed, whatever the
// live records became since.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/patient.h"

#include <QJsonObject>

namespace concerto {

// The snapshot of `inscription` for `patient`: the INS is frozen only when it may be shared (qualified
// identity), so a snapshot with an INS means the identity was qualified when the fiche was signed.
QJsonObject caseSnapshot(const Patient &patient, const Inscription &inscription);

// Puts what `snapshot` froze over the live records: the identity traits on `patient` (the INS cleared
// when none was frozen; the status qualified when one was) and the tumours, clinical context and
// question on `inscription`. An empty snapshot changes nothing. Keys this version does not know are
// ignored here and kept on the fiche.
void applyCaseSnapshot(const QJsonObject &snapshot, Patient &patient, Inscription &inscription);

} // namespace concerto
