// The fiche RCP as pages: one painting function for the PDF file, the printer and the print preview,
// from the fiche context alone (fichecontext.h). A4, French, header, footer with the patient and page
// x/y on every page, "NON VALIDÉE" across the pages of an unsigned fiche. The same context gives the
// same PDF, byte for byte.
#pragma once

#include "reports/fichecontext.h"
#include "reports/fichehtml.h"

class QIODevice;
class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace concerto::reports {

// Paints the fiche through `painter`, active on `device`: its first page on the device's current page,
// a new page for each next one. Returns the number of pages.
int paintFiche(QPainter &painter, QPagedPaintDevice &device, const FicheContext &context,
               const FicheCodeLabels &labels = {});

// The fiche as a PDF file's bytes.
QByteArray fichePdf(const FicheContext &context, const FicheCodeLabels &labels = {});
// Writes the PDF to `out` (open for writing), or to the file `path` (whole or not at all). False with
// the reason in `error` when it cannot be written.
bool writeFichePdf(const FicheContext &context, QIODevice *out, QString *error,
                   const FicheCodeLabels &labels = {});
bool writeFichePdf(const FicheContext &context, const QString &path, QString *error,
                   const FicheCodeLabels &labels = {});

// Prints the fiche on `printer` (set up by the print dialog or the print preview).
void printFiche(const FicheContext &context, QPrinter *printer, const FicheCodeLabels &labels = {});

// The title of the fiche's PDF: "Fiche RCP – DUPONT Marie – 12/11/2026".
QString ficheTitle(const FicheContext &context);

} // namespace concerto::reports
