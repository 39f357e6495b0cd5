// The body of the printed fiche RCP as HTML for QTextDocument: the title, the identity block, the
// participants, then the sections of the national format (domain.md) in their order, a section with
// nothing to say left out. Every text a person typed is escaped: it prints as typed.
#pragma once

#include "reports/fichecontext.h"
#include "reports/pagedecor.h"

#include <QHash>

namespace concerto::reports {

// The display names of the national codes the fiche prints beside its codes (ICD-10 topography,
// ICD-O-3 morphology, the committee's appareil and organs), when the nomenclature is loaded; a code
// without one prints alone.
struct FicheCodeLabels {
    QHash<QString, QString> topography;
    QHash<QString, QString> morphology;
    QHash<QString, QString> appareil; // JDV_RCP_Appareil
    QHash<QString, QString> organs;   // JDV_RCP_Organe
};

// Reads the labels of the tumours' codes (files JDVx_Tumeur and JDVx_Morphologie, sets JDV_Tumeur and
// JDV_Morphologie) and of the committee's appareil and organs (JDV_RCP_Appareil, JDV_RCP_Organe) from
// the loaded value sets. A set that is not loaded, or a failed read, leaves the codes without labels.
FicheCodeLabels loadCodeLabels(Database &db, const FicheContext &context);

QString ficheHtml(const FicheContext &context, const FicheCodeLabels &labels = {});

// The header (network, 3C, committee, session), the footer (patient, birth date) and, on an unsigned
// fiche, the watermark "NON VALIDÉE".
PageDecor ficheDecor(const FicheContext &context);

// The words of the pages of every fiche.
inline constexpr const char *kUnsignedWatermark = "NON VALIDÉE";

} // namespace concerto::reports
