// Reading a PDF back as a person would: its text by pdftotext -layout (poppler-utils), page by page, and
// its page count by pdfinfo. For the tests of the printed documents.
#pragma once

#include <QByteArray>
#include <QString>

namespace concerto::test {

// The text of the PDF file `path` (diagonal text left out), pages `first` to `last` (1-based; 0 for the first
// or last page). Empty when pdftotext fails (the failure is logged with qWarning).
QString pdfText(const QString &path, int first = 0, int last = 0);
// The same for PDF bytes (written to a temporary file).
QString pdfTextOf(const QByteArray &pdf, int first = 0, int last = 0);
// The text of PDF bytes in the order it is drawn (pdftotext -raw), diagonal text included: the
// text functions above leave diagonal text out (-nodiag), so that a watermark does not cut the words.
QString pdfRawTextOf(const QByteArray &pdf);
// The number of pages of the PDF file, by pdfinfo; -1 when it cannot be read.
int pdfPageCount(const QString &path);
int pdfPageCountOf(const QByteArray &pdf);
// Spaces collapsed: pdftotext -layout pads columns, and a test looks for words.
QString simplified(const QString &text);

} // namespace concerto::test
