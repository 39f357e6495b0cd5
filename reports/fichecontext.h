// Everything a printed or exported fiche RCP shows, read from the store in one go: the fiche, the case
// and patient as the fiche froze them when signed (casesnapshot.h), the session, the committee, its 3C
// and network, and every professional the fiche names. The PDF and the CDA are both written from it.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/organisation.h"
#include "models/domain/patient.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/session.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "reports/codelabels.h"

#include <map>
#include <optional>

namespace concerto::reports {

struct FicheContext {
    Fiche fiche;
    Patient patient;         // the live record, with the identity traits the signed fiche froze
    Inscription inscription; // the live case, with the tumours, context and question the fiche froze
    Session session;
    Rcp rcp;
    Organisation centre;                 // the 3C that runs the committee
    std::optional<Organisation> network; // the 3C's network, when it has one
    // The professionals named by the fiche, the case and the patient (author, coordinator, signer,
    // attendees, requester, presenter, correspondents, the GP, their override coordinator), by id.
    std::map<QUuid, Professional> professionals;
    // Their establishments, by id.
    std::map<QUuid, Organisation> establishments;
    // The id of the version this one replaces (same set id, version number - 1); null for a first
    // version, or when the store lacks it. The CDA names it as the replaced document (relatedDocument).
    QUuid replacedFicheId;
    // The labels of the fiche's national codes, from the imported value sets (empty when not loaded).
    FicheCodeLabels labels;
    // The fiche is in an open sync conflict (its server copy and this computer's differ until a person
    // settles it): it prints only as a draft, and is not exported.
    bool inConflict = false;

    // The professional with that id, or null when the fiche names none or the directory lacks them.
    const Professional *professional(const QUuid &id) const;
    const Organisation *establishment(const QUuid &id) const;
};

// Reads the fiche `ficheId` and what it refers to, with the labels of its codes. A failed read, a fiche that
// does not exist, or a session, case, patient, committee or 3C that the fiche refers to and the store lacks
// is an error that says which; a professional the directory lacks is left out (the documents print what they
// know and the CDA export lists it as missing).
StoreRead<FicheContext> loadFicheContext(Database &db, const QUuid &ficheId);
// The same for a fiche already read.
StoreRead<FicheContext> loadFicheContext(Database &db, const Fiche &fiche);
// The codes of `context` whose labels the documents print.
FicheCodes codesOf(const FicheContext &context);

} // namespace concerto::reports
