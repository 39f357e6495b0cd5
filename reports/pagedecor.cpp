// Cutting a laid-out body into pages and painting the header, footer and watermark on each.
#include "reports/pagedecor.h"

#include "reports/documentfont.h"
#include "reports/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace concerto::reports {

namespace {

constexpr double kSideMm = 16.0;
constexpr double kTopMm = 24.0;    // header: two or three lines and a rule
constexpr double kBottomMm = 16.0; // footer: one line under a rule
constexpr double kHeaderTopMm = 7.0;
constexpr double kFooterTopMm = 8.0; // from the bottom edge of the body

double mm(const QPagedPaintDevice &device, double millimetres) {
    return millimetres * device.logicalDpiY() / 25.4;
}

// The body's rectangle, in device pixels.
QRectF bodyRect(const QPagedPaintDevice &device) {
    const double side = mm(device, kSideMm);
    const double top = mm(device, kTopMm);
    const double bottom = mm(device, kBottomMm);
    return {side, top, device.width() - 2 * side, device.height() - top - bottom};
}

QFont font(double points, bool bold = false) {
    QFont f(documentFontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters that a reader of the PDF's text (search, copy, pdftotext)
    // finds as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    // Hinting fits glyphs to a screen's pixels: nothing to gain on paper, and it costs time.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void paintWatermark(QPainter &painter, const QPagedPaintDevice &device, const QString &text) {
    if (text.isEmpty())
        return;
    painter.save();
    QFont f = font(64, true);
    painter.setFont(f);
    painter.setPen(QColor(215, 215, 215));
    painter.translate(device.width() / 2.0, device.height() / 2.0);
    painter.rotate(-45);
    const QFontMetricsF metrics(f, &device);
    const double width = metrics.horizontalAdvance(text);
    painter.drawText(QPointF(-width / 2, metrics.ascent() / 2 - metrics.descent()), text);
    painter.restore();
}

// `text` cut into lines no wider than `width`: at " – " first, then between words.
QStringList headerLines(const QString &text, const QFontMetricsF &metrics, double width) {
    QStringList lines;
    const QString dash = QStringLiteral(" – ");
    QString current;
    const auto push = [&](const QString &piece, const QString &joiner) {
        const QString candidate = current.isEmpty() ? piece : current + joiner + piece;
        if (current.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            current = candidate;
        } else {
            lines << current;
            current = piece;
        }
    };
    for (const QString &part : text.split(dash)) {
        if (metrics.horizontalAdvance(part) <= width) {
            push(part, dash);
            continue;
        }
        const QStringList words = part.split(QLatin1Char(' '));
        push(words.first(), dash);
        for (int i = 1; i < words.size(); ++i)
            push(words.at(i), QStringLiteral(" "));
    }
    if (!current.isEmpty())
        lines << current;
    return lines;
}

void paintHeaderFooter(QPainter &painter, QPagedPaintDevice &device, const PageDecor &decor, int page,
                       int pages) {
    const QRectF body = bodyRect(device);
    painter.save();
    painter.setPen(QColor(60, 60, 60));
    double y = mm(device, kHeaderTopMm);
    // Each line whole: a line too wide for the page breaks after a " – " (or between words) onto the
    // next; only what would run into the rule below the header is elided.
    const double headerBottom = body.top() - mm(device, 3.5);
    for (int i = 0; i < decor.header.size(); ++i) {
        const QFont f = font(i == 0 ? 8.5 : 8, i == 0);
        painter.setFont(f);
        const QFontMetricsF metrics(f, &device);
        for (QString line : headerLines(decor.header.at(i), metrics, body.width())) {
            if (y + 2 * metrics.lineSpacing() > headerBottom)
                line = metrics.elidedText(line, Qt::ElideRight, body.width());
            if (y + metrics.lineSpacing() > headerBottom + metrics.descent())
                break;
            painter.drawText(QPointF(body.left(), y + metrics.ascent()), line);
            y += metrics.lineSpacing();
        }
    }
    const double rule = mm(device, 0.25);
    painter.setPen(QPen(QColor(150, 150, 150), rule));
    const double headerRule = body.top() - mm(device, 3);
    painter.drawLine(QPointF(body.left(), headerRule), QPointF(body.right(), headerRule));
    const double footerRule = body.bottom() + mm(device, 3);
    painter.drawLine(QPointF(body.left(), footerRule), QPointF(body.right(), footerRule));

    const QFont f = font(8);
    painter.setFont(f);
    painter.setPen(QColor(60, 60, 60));
    const QFontMetricsF metrics(f, &device);
    const double baseline = body.bottom() + mm(device, kFooterTopMm) + metrics.ascent() / 2;
    const QString pageText = QStringLiteral("Page %1/%2").arg(page).arg(pages);
    const double pageWidth = metrics.horizontalAdvance(pageText);
    const QString footer =
        metrics.elidedText(decor.footer, Qt::ElideRight, body.width() - pageWidth - mm(device, 5));
    painter.drawText(QPointF(body.left(), baseline), footer);
    painter.drawText(QPointF(body.right() - pageWidth, baseline), pageText);
    painter.restore();
}

} // namespace

QString documentFontFamily() {
    return unhintedDocumentFamily();
}

void layoutBody(QTextDocument &document, const QString &html, QPagedPaintDevice &device) {
    document.documentLayout()->setPaintDevice(&device);
    QFont f = font(9);
    document.setDefaultFont(f);
    document.setDocumentMargin(0);
    // The page size first: set after the HTML, it would lay the whole document out a second time.
    document.setPageSize(bodyRect(device).size());
    setHtmlWithPageBreaks(document, html);
}

int paintPages(QPainter &painter, QPagedPaintDevice &device, QTextDocument &document,
               const PageDecor &decor) {
    const QRectF body = bodyRect(device);
    const int pages = std::max(1, document.pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        paintWatermark(painter, device, decor.watermark);
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        const QRectF page(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(page);
        document.drawContents(&painter, page);
        painter.restore();
        paintHeaderFooter(painter, device, decor, i + 1, pages);
    }
    return pages;
}

} // namespace concerto::reports
