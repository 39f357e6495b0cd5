// The indicators as a CSV file that French Excel opens as it is: UTF-8 with a byte-order mark, fields
// separated by ';', one row per figure (section; key; label; value; percentage; denominator), empty when
// a figure could not be measured. Numbers are written with the decimal mark of `locale` and no thousands
// separator: "5,9" for the desktop's export in French (what a French spreadsheet reads as a number),
// "5.9" in the C locale (the default, for scripts: `concerto-cli stats --csv`).
#pragma once

#include "reports/indicators.h"

#include <QByteArray>
#include <QLocale>

namespace concerto {

QByteArray indicatorsCsv(const Indicators &indicators, const QLocale &locale = QLocale::c());
// Writes the CSV to `path`; false with a sentence in `error` when the file cannot be written.
bool writeIndicatorsCsv(const Indicators &indicators, const QString &path, QString *error,
                        const QLocale &locale = QLocale::c());

} // namespace concerto
