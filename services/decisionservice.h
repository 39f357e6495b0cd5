// The board's decisions at the meeting, case by case: a case taken up (its fiche made when it has none,
// pre-filled from the case and the patient's last fiche), decided (the quorum of that moment recorded on
// the fiche, the decision checked, the case discussed or registered on its agenda), or postponed to a
// later session with its reason; and the triage before the meeting: the coordinator pre-validates a case
// to be registered without discussion, under a guideline of the committee. Each change is one write unit;
// a refused one writes nothing. The decision itself is edited on editing/fichedecisiondocument.h.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/roles.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto {

class DecisionService final {
public:
    // Writes as `actor`: a decision needs the right to record decisions, the triage the coordinator's.
    DecisionService(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    // The fiche of case `inscriptionId`, being decided: its latest version not signed yet, else a new fiche
    // pre-filled from the case (status, patient, session, committee, completeness, written opinions,
    // correspondents) and from the patient's last fiche of the same committee (its guideline, its trial).
    // The case becomes the current one of its agenda; one left current without a decision waits again.
    // Refused while the meeting has not started, and for a case decided (signed) or postponed.
    StoreRead<Fiche> takeUp(const QUuid &inscriptionId);

    // Closes the decision on fiche `ficheId` as stored: the quorum of now recorded on it (who is present,
    // who counts, the written opinions), refused with the decision's faults, one a line; else the fiche
    // is completed (ready to sign) and its case discussed, or registered for a case registered without
    // discussion.
    StoreResult decide(const QUuid &ficheId);

    // Postpones case `inscriptionId` to the later session `laterSessionId` with its reason: the case stays
    // in its session, postponed (the indicators count it), its unsigned fiche is withdrawn, and the same
    // case is registered in the later session, to discuss. Refused without a reason, for a case already
    // decided, for a session not later or that takes no cases.
    StoreResult postpone(const QUuid &inscriptionId, const QUuid &laterSessionId, const QString &reason);

    // Triage: the committee's coordinator (or a deputy) pre-validates a case to be registered without
    // discussion, under `guideline`, one of the committee's: its fiche names the guideline and the case is
    // listed as registered. Refused for a case to discuss, a guideline the committee does not follow, a
    // session over, anyone but the coordinator or a deputy.
    StoreResult preValidate(const QUuid &inscriptionId, const Guideline &guideline);

    // The unsigned fiche of a case, if any (its latest version).
    StoreRead<std::optional<Fiche>> openFiche(const QUuid &inscriptionId) const;

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
