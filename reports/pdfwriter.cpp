// The A4 PDF writer of the printed documents and the fixed stamps that make its output reproducible.
#include "reports/pdfwriter.h"
#include "reports/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHashSeed>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace concerto::reports {

namespace {

// In every match of `pattern` in `pdf` (its first group when it has one), the digits (or, with `hex`,
// the hexadecimal digits) replaced by those of `fixed`, then by zeros: the length and the punctuation
// stay, so the cross-reference offsets stay right.
void fixDigits(QByteArray &pdf, const QRegularExpression &pattern, const char *fixed, bool hex = false) {
    const QString text = QString::fromLatin1(pdf);
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int group = m.lastCapturedIndex() >= 1 ? 1 : 0;
        const qsizetype start = m.capturedStart(group);
        std::size_t k = 0;
        const std::size_t fixedLength = qstrlen(fixed);
        for (qsizetype i = start; i < start + m.capturedLength(group); ++i) {
            const char ch = pdf.at(i);
            const bool digit =
                (ch >= '0' && ch <= '9') || (hex && ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')));
            if (digit)
                pdf[i] = k < fixedLength ? fixed[k++] : '0';
        }
    }
}

// Painting a document allocates and frees blocks of a few hundred kilobytes (Qt's PDF engine builds a
// table of the 65,536 BMP characters for each embedded font). With glibc's defaults each such block is
// mapped from the system and unmapped again, or the heap is trimmed after it, so that every document
// pays page faults on fresh zeroed pages, a third of its processor time (measured with bench_print).
// Freed memory is kept instead, up to 64 MB, and blocks up to 32 MB come from the heap.
void keepFreedMemory() {
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace

std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *device, const QString &title) {
    // Qt writes the embedded fonts in the order of a QHash, which a random seed changes from one
    // process to the next: with the fixed seed, the same fiche gives the same bytes in every run. (The
    // seed guards servers against crafted keys; this process hashes its own data.)
    static const bool deterministic = [] {
        QHashSeed::setDeterministicGlobalSeed();
        keepFreedMemory();
        return true;
    }();
    Q_UNUSED(deterministic)
    auto writer = std::make_unique<QPdfWriter>(device);
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer->setResolution(300);
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("Concerto"));
    return writer;
}

QByteArray stablePdf(QByteArray pdf) {
    // The info dictionary's dates: (D:YYYYMMDDHHmmSS followed by Z or the offset).
    static const QRegularExpression infoDate(QStringLiteral("/(?:CreationDate|ModDate) ?\\((D:[^)]*)\\)"));
    fixDigits(pdf, infoDate, "20000101000000");
    // The XMP metadata's dates.
    static const QRegularExpression xmpDate(
        QStringLiteral("<xmp:(?:CreateDate|ModifyDate|MetadataDate)>([^<]*)</xmp:"));
    fixDigits(pdf, xmpDate, "20000101000000");
    // The document id: the trailer's /ID and the XMP's uuids, random for each file.
    static const QRegularExpression trailerId(QStringLiteral("/ID ?(\\[[^\\]]*\\])"));
    fixDigits(pdf, trailerId, "", true);
    static const QRegularExpression uuid(QStringLiteral("uuid:([0-9a-fA-F-]{36})"));
    fixDigits(pdf, uuid, "", true);
    return pdf;
}

bool saveWhole(const QString &path, const QByteArray &bytes, QString *error, const QString &databasePath) {
    return saveOutputFile(path, bytes, error, databasePath);
}

} // namespace concerto::reports
