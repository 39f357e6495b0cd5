// The font of the printed documents without its hinting: DejaVu Sans read from Debian's fonts-dejavu-core,
// its TrueType instructions taken out, registered with Qt under a family name of its own. Hinting fits
// glyphs to a screen's pixels and is worthless in a PDF, but Qt's PDF engine loads every embedded glyph
// with it and FreeType runs the font's programs for each one: a third of a fiche's time.
#pragma once

#include <QByteArray>
#include <QString>

namespace concerto::reports {

// The family to print with: the unhinted copy, registered on the first call (thread-safe), or "DejaVu
// Sans" itself when the font files cannot be read.
QString unhintedDocumentFamily();

// The TrueType font `ttf` without hinting: no fpgm, prep, cvt, hdmx, LTSH or VDMX table, no instructions
// in its glyphs, and `family` as its family name (the PostScript name stays). Empty when `ttf` is not a
// TrueType font this function understands.
QByteArray unhintedFont(const QByteArray &ttf, const QString &family);

} // namespace concerto::reports
