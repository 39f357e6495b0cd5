// What a fiche RCP still lacks before the coordinator may sign it, one message each: meeting date,
// case status, the guideline of a registered case, the reason of a non-conform proposal, the trial
// proposed, the quorum of a discussed case, a proposal, the coordinator, the reason of a correction.
#pragma once

#include "models/domain/fiche.h"
#include "models/validation/check.h"

namespace concerto::validation {

Check checkFicheForSigning(const Fiche &fiche);

} // namespace concerto::validation
