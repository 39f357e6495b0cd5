// The fiche RCP as the national CDA document (CI-SIS FRCP 2022.01, CDA R2): a signed fiche, written from
// its context only (fichecontext.h), the same bytes every time. A fiche that is not signed, or that lacks
// what the format makes mandatory, gives no document but the list of what is missing, in sentences the
// RCP coordinator reads.
#pragma once

#include "reports/fichecontext.h"

#include <QByteArray>
#include <QStringList>

namespace concerto::reports {

struct CdaResult {
    QByteArray xml;      // the document, UTF-8; empty when refused
    QStringList missing; // why it was refused, one sentence each; empty when written
    bool ok() const { return missing.isEmpty() && !xml.isEmpty(); }
};

CdaResult exportCda(const FicheContext &context);

// What the fiche lacks for the national format (empty when nothing): the signature, the national
// identifiers of the network, 3C and committee, the 3C's FINESS and address, the RPPS of every
// professional the document names, the GP or the word that none is known, a tumour with its topography
// and morphology, the type of each proposed treatment, the guideline of a registered case.
QStringList missingForCda(const FicheContext &context);

} // namespace concerto::reports
