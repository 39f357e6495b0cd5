// The pages of a printed document: a QTextDocument body cut into A4 pages, each with the same header
// (who issues the document), footer (whose document it is, page x/y) and, on an unsigned fiche, a
// diagonal watermark. One painting path for the PDF files, the printer and the print preview.
#pragma once

#include <QString>
#include <QStringList>

class QPainter;
class QPagedPaintDevice;
class QTextDocument;

namespace concerto::reports {

struct PageDecor {
    QStringList header; // top of every page, one line each (the first in bold)
    QString footer;     // bottom left of every page: the patient's name and birth date, or the session
    QString watermark;  // across every page ("NON VALIDÉE"); empty for none
};

// Lays `html` out for the body of the pages of `device` (A4 less the margins of the decor), in the
// documents' font. The document is then ready for paintPages.
void layoutBody(QTextDocument &document, const QString &html, QPagedPaintDevice &device);

// Paints `document` (laid out by layoutBody for the same device) with `decor` on every page, through
// `painter` already active on `device`: the first page on the device's current page, a new page for
// each next one. Returns the number of pages painted.
int paintPages(QPainter &painter, QPagedPaintDevice &device, QTextDocument &document, const PageDecor &decor);

// The font of the printed documents (DejaVu Sans, present on every Debian desktop, without its hinting:
// documentfont.h): the same glyphs, hence the same layout, whatever the user's settings.
QString documentFontFamily();

} // namespace concerto::reports
