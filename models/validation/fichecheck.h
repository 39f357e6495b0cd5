// What a fiche RCP still lacks before the coordinator may sign it, one message each: meeting date,
// case status, the guideline of a registered case, the reason of a non-conform proposal, the trial
// proposed, the quorum of a discussed case, a proposal, the coordinator, the reason of a correction.
//
// This is the one signing rule of Concerto: the fiche service (services/ficheservice.h) refuses a fiche
// this check refuses, with its messages, before the store writes; the screens, the demo data and the
// tests call it too.
//
// The case: when the fiche holds the case it freezes (Fiche::caseSnapshot, with its "tumours" and its
// "clinical" context), each tumour must be staged as validation::checkTumourForSigning says: the
// clinical TNM of a solid tumour (T, N and M "not applicable" for a haematological one), categories
// that exist for the site, a stage group that agrees with T, N and M, a pathological TNM not dated
// before the surgery or the diagnosis, a haematological staging that fits. A snapshot without tumours
// adds nothing.
//
// The quorum: a *registered* case (ORG-128) needs no quorum, but must name its guideline. A *discussed*
// case (ORG-134) needs its quorum met (ORG-126), and the attendees counted for it must then make the
// committee's quorum (QuorumRule::evaluate: its minimum of distinct specialties, 3 when it says none,
// and every required group covered by a different physician; the written opinions the fiche keeps count
// when the rule admits them). A discussed case whose quorum is not met
// (ORG-133) or not known (GEN-010) may be signed only when the fiche records a coordinator's override: the
// coordinator who decided it and a reason (e.g. the absent specialist's opinion given in writing before the
// meeting). Otherwise the case is presented again with the missing specialists.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/quorum.h"
#include "models/validation/check.h"

namespace concerto::validation {

// A fault of the board's decision, at its field path in the fiche's JSON ("framework/trialName",
// "proposal/0/treatmentType"; "proposal" for the proposal as a whole).
struct FicheFault {
    QString path;
    QString message;
};
// The faults of the decision alone (guideline of a registered case, conformity, trial, proposal): what the
// decision panel marks field by field; checkFicheForSigning says them too.
std::vector<FicheFault> ficheDecisionFaults(const Fiche &fiche);

// The rules of the fiche itself: what the screens show before the coordinator signs. `rule` is the
// quorum rule of the fiche's committee (Rcp::quorum).
Check checkFicheForSigning(const Fiche &fiche, const QuorumRule &rule = {});
// The same for a signature by `signerId`: the signer must be named too.
Check checkFicheForSigning(const Fiche &fiche, const QUuid &signerId, const QuorumRule &rule = {});
// The same for a signature that freezes `caseSnapshot` on the fiche (what the fiche service asks):
// the case checked is that snapshot, or the fiche's own when the snapshot is empty.
Check checkFicheForSigning(const Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot,
                           const QuorumRule &rule = {});
// The tumours of a case snapshot, each as checkTumourForSigning says, with the treatments of its
// "clinical" context; each message names the tumour when there are several.
Check checkCaseSnapshot(const QJsonObject &caseSnapshot);

} // namespace concerto::validation
