// The quorum of one case, live: the committee's rule (QuorumRule) applied to the attendees present when
// the case is discussed (someone who left before stops counting, someone who arrived after does not count
// yet), plus the absent specialists' written opinions where the rule admits them, plus the requesting
// physician present or represented by the case's presenter. What the fiche records comes from here.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/session.h"

namespace concerto::validation {

struct CaseQuorum {
    QuorumResult rule;                    // the committee's rule on who counts for the case
    bool requesterRequired = false;       // the rule asks for the requesting physician
    bool requesterPresent = true;         // the requesting physician, or the presenter for them, is there
    std::vector<FicheAttendee> attendees; // present for the case; those the quorum counts are marked
    std::vector<WrittenOpinion> opinions; // the written opinions counted for a specialty

    bool met() const { return rule.met && (!requesterRequired || requesterPresent); }
    QuorumStatus status() const { return met() ? QuorumStatus::Met : QuorumStatus::NotMet; }
    // How many more distinct specialties the rule asks for (0 when enough).
    int specialtiesMissing() const { return std::max(0, rule.minimumSpecialties - rule.distinctSpecialties); }
};

// The quorum of case `c` of `session` at instant `at` (UTC), under `rule`.
CaseQuorum evaluateCaseQuorum(const QuorumRule &rule, const Session &session, const Inscription &c,
                              const QDateTime &at);

// What the fiche keeps of it: the status, the attendees with those counted, the written opinions counted.
void recordOnFiche(const CaseQuorum &quorum, Fiche &fiche);

} // namespace concerto::validation
