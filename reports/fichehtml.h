// The body of the printed fiche RCP as HTML for QTextDocument: the title, the identity block, the
// participants, then the sections of the national format (domain.md) in their order, a section with
// nothing to say left out. Every text a person typed is escaped: it prints as typed.
#pragma once

#include "reports/fichecontext.h"
#include "reports/pagedecor.h"

#include <QHash>

namespace concerto::reports {

// Reads the labels of the tumours' codes (files JDVx_Tumeur and JDVx_Morphologie, sets JDV_Tumeur and
// JDV_Morphologie) and of the committee's appareil, organs and theme (JDV_RCP_Appareil,
// JDV_RCP_Organe, JDV_TraitementSoins_FRCP) from the loaded value sets (codelabels.h). A set that is
// not loaded, or a failed read, leaves the codes without labels: a code without one prints alone.
FicheCodeLabels loadCodeLabels(Database &db, const FicheContext &context);

// The fiche's body; without `labels`, those the context was read with.
QString ficheHtml(const FicheContext &context, const FicheCodeLabels &labels = {});

// The header (network, 3C, committee, session), the footer (patient, birth date) and, on an unsigned
// fiche, the watermark "NON VALIDÉE".
PageDecor ficheDecor(const FicheContext &context);

// The words of the pages of every fiche.
inline constexpr const char *kUnsignedWatermark = "NON VALIDÉE";
// Over every page of a fiche in an open sync conflict, signed or not: a draft until a person settles it.
inline constexpr const char *kConflictWatermark = "BROUILLON – CONFLIT";

} // namespace concerto::reports
