// PDF files of the printed documents: an A4 QPdfWriter set up the same way for every document, and the
// finishing step that makes the same input give the same bytes (Qt stamps each file with the time it
// was written and a random document id: both are replaced by fixed values).
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QIODevice;
class QPdfWriter;

namespace concerto::reports {

// A4 portrait, no device margins (the pages draw their own), 300 dpi, the given title, Concerto as the
// creator. The first call fixes the process's QHash seed (QHashSeed::setDeterministicGlobalSeed): Qt
// orders the embedded fonts by a QHash, and the same document must give the same bytes in every run. It
// also tells glibc's allocator to keep freed memory (up to 64 MB) rather than hand it back and fault it
// in again for the next document (pdfwriter.cpp says why).
std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *device, const QString &title);

// The PDF `pdf` with its creation dates and document id replaced by fixed values of the same length
// (the cross-reference offsets stay right).
QByteArray stablePdf(QByteArray pdf);

// Writes `bytes` to `path` through a QSaveFile: all of it or, on failure, nothing (the error says why,
// in the user's language). Only a regular or new file, never `databasePath` or its companions
// (reports/outputfile.h).
bool saveWhole(const QString &path, const QByteArray &bytes, QString *error,
               const QString &databasePath = {});

} // namespace concerto::reports
