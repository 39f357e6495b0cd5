// Finding the rows cut by a page break and the headings left at a page's foot, and breaking the page
// before them in the HTML.
#include "reports/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <set>
#include <tuple>

namespace concerto::reports {

namespace {

// Where the page must break: before the `index`-th heading, before the `index`-th table, or before row
// `row` of the `index`-th table.
struct Break {
    enum Kind { None, BeforeHeading, BeforeTable, BeforeRow } kind = None;
    int index = 0;
    int row = 0;
};

class Pages {
public:
    explicit Pages(const QTextDocument &document)
        : m_layout(document.documentLayout())
        , m_height(document.pageSize().height()) {}

    int pageOf(double y) const { return m_height > 0 ? int(std::floor(y / m_height)) : 0; }
    double height() const { return m_height; }
    QRectF rect(const QTextBlock &block) const { return m_layout->blockBoundingRect(block); }
    // The top of the first line of `block` (its margin left out).
    double firstLineTop(const QTextBlock &block) const {
        const QRectF r = rect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return r.top();
        return r.top() + layout->lineAt(0).y();
    }
    // The bottom of the last line of `block` (its margin left out).
    double lastLineBottom(const QTextBlock &block) const {
        const QRectF r = rect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return r.bottom();
        const QTextLine line = layout->lineAt(layout->lineCount() - 1);
        return r.top() + line.y() + line.height();
    }
    // The bottom of the first line of `block`: where a reader first reads what follows a heading.
    double firstLineBottom(const QTextBlock &block) const {
        const QRectF r = rect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return r.top();
        const QTextLine line = layout->lineAt(0);
        return r.top() + line.y() + line.height();
    }

private:
    QAbstractTextDocumentLayout *m_layout;
    double m_height;
};

bool isHeading(const QTextBlock &block) {
    return block.blockFormat().headingLevel() > 0;
}

// The top and bottom of row `r` of `table`.
std::pair<double, double> rowExtent(const Pages &pages, QTextTable *table, int r) {
    double top = 1e300, bottom = -1e300;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(r, c);
        if (!cell.isValid())
            continue;
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        top = std::min(top, pages.firstLineTop(first));
        bottom = std::max(bottom, pages.lastLineBottom(last));
    }
    return {top, bottom};
}

// The first body line of what follows a heading: a block, or the first row below a table's header.
double firstContentBottom(const Pages &pages, QTextFrame::iterator next) {
    if (next.atEnd())
        return -1;
    if (QTextTable *table = qobject_cast<QTextTable *>(next.currentFrame())) {
        const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
        double bottom = -1;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(row, c);
            if (cell.isValid())
                bottom = std::max(bottom, pages.firstLineBottom(cell.firstCursorPosition().block()));
        }
        return bottom;
    }
    if (next.currentFrame())
        return pages.rect(next.currentFrame()->firstCursorPosition().block()).bottom();
    return pages.firstLineBottom(next.currentBlock());
}

Break firstWrongBreak(const QTextDocument &document) {
    const Pages pages(document);
    int heading = -1, table = -1;
    int lastHeading = -1; // the heading just before the current item, if it is one
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (block.isValid()) {
            if (!isHeading(block)) {
                if (!block.text().trimmed().isEmpty())
                    lastHeading = -1;
                continue;
            }
            lastHeading = ++heading;
            auto next = it;
            ++next;
            // Skip empty blocks between the heading and what it introduces.
            while (!next.atEnd() && next.currentBlock().isValid() && next.currentBlock().text().isEmpty() &&
                   !isHeading(next.currentBlock()))
                ++next;
            const double contentBottom = firstContentBottom(pages, next);
            if (contentBottom >= 0 &&
                pages.pageOf(pages.firstLineTop(block)) != pages.pageOf(contentBottom - 0.5))
                return {Break::BeforeHeading, heading, 0};
            continue;
        }
        QTextTable *t = qobject_cast<QTextTable *>(it.currentFrame());
        if (!t)
            continue;
        ++table;
        const int header = t->format().headerRowCount();
        for (int r = 0; r < t->rows(); ++r) {
            const auto [top, bottom] = rowExtent(pages, t, r);
            if (bottom - top >= pages.height() * 0.8 || pages.pageOf(top) == pages.pageOf(bottom - 0.5))
                continue;
            if (r > header)
                return {Break::BeforeRow, table, r};
            // The header or the first row cut: the whole table moves, with its heading if it has one.
            if (lastHeading >= 0)
                return {Break::BeforeHeading, lastHeading, 0};
            return {Break::BeforeTable, table, 0};
        }
        lastHeading = -1;
    }
    return {};
}

// The position of the `index`-th match of `pattern` in `html`, or -1.
qsizetype nthMatch(const QString &html, const QRegularExpression &pattern, int index, qsizetype from = 0) {
    auto it = pattern.globalMatch(html, from);
    for (int i = 0; it.hasNext(); ++i) {
        const QRegularExpressionMatch m = it.next();
        if (i == index)
            return m.capturedStart();
    }
    return -1;
}

// The tag that starts at `at` with a page break before it.
void breakBeforeTag(QString &html, qsizetype at) {
    const qsizetype close = html.indexOf(QLatin1Char('>'), at);
    const qsizetype style = html.indexOf(QLatin1String("style=\""), at);
    if (style >= 0 && style < close)
        html.insert(style + 7, QLatin1String("page-break-before:always; "));
    else
        html.insert(close, QLatin1String(" style=\"page-break-before:always;\""));
}

bool applyBreak(QString &html, const Break &b) {
    static const QRegularExpression heading(QStringLiteral("<h[1-6][\\s>]"));
    static const QRegularExpression table(QStringLiteral("<table[\\s>]"));
    static const QRegularExpression row(QStringLiteral("<tr[\\s>]"));
    switch (b.kind) {
    case Break::None:
        return false;
    case Break::BeforeHeading: {
        const qsizetype at = nthMatch(html, heading, b.index);
        if (at < 0)
            return false;
        breakBeforeTag(html, at);
        return true;
    }
    case Break::BeforeTable:
    case Break::BeforeRow: {
        const qsizetype at = nthMatch(html, table, b.index);
        if (at < 0)
            return false;
        if (b.kind == Break::BeforeTable) {
            breakBeforeTag(html, at);
            return true;
        }
        const qsizetype rowAt = nthMatch(html, row, b.row, at);
        const qsizetype end = html.indexOf(QLatin1String("</table>"), at);
        if (rowAt < 0 || (end >= 0 && rowAt > end))
            return false;
        // The rows from `row` on become a table of their own, with the same attributes and header.
        QString open = html.mid(at, html.indexOf(QLatin1Char('>'), at) + 1 - at);
        breakBeforeTag(open, 0);
        QString head;
        const qsizetype headAt = html.indexOf(QLatin1String("<thead>"), at);
        if (headAt >= 0 && headAt < rowAt) {
            const qsizetype headEnd = html.indexOf(QLatin1String("</thead>"), headAt);
            if (headEnd >= 0 && headEnd < rowAt)
                head = html.mid(headAt, headEnd + 8 - headAt);
        }
        html.insert(rowAt, QLatin1String("</table>") + open + head);
        return true;
    }
    }
    return false;
}

} // namespace

QString setHtmlWithPageBreaks(QTextDocument &document, QString html) {
    // Each pass moves one row or heading to the next page: a document has a few. A break that did not
    // help (the same one wanted again) ends the passes: the layout is then left as it is.
    std::set<std::tuple<int, int, int>> applied;
    for (int pass = 0; pass < 400; ++pass) {
        document.setHtml(html);
        const Break wrong = firstWrongBreak(document);
        if (wrong.kind == Break::None || !applied.insert({int(wrong.kind), wrong.index, wrong.row}).second ||
            !applyBreak(html, wrong))
            break;
    }
    return html;
}

} // namespace concerto::reports
