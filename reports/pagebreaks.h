// Page breaks a reader expects: a table row that fits on a page is never cut between two pages (it
// moves whole to the next one, under the table's repeated header), and a heading is never the last
// thing on its page (it moves with what it introduces). The body is laid out, checked, and laid out
// again with an explicit break before the first row or heading that is wrong, until none is.
#pragma once

#include <QString>

class QTextDocument;

namespace concerto::reports {

// Sets `html` into `document` (its page size already set) with the breaks above. Tables must not nest;
// headings are <h1>…<h6>. Returns the HTML that was laid out in the end.
QString setHtmlWithPageBreaks(QTextDocument &document, QString html);

} // namespace concerto::reports
