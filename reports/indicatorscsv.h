// The indicators as a CSV file that French Excel opens as it is: UTF-8 with a byte-order mark, fields
// separated by ';', one row per figure (section; key; label; value; percentage; denominator), numbers
// in a machine form (dot decimals, no thousands separator), empty when a figure could not be measured.
#pragma once

#include "reports/indicators.h"

#include <QByteArray>

namespace concerto {

QByteArray indicatorsCsv(const Indicators &indicators);
// Writes the CSV to `path`; false with a sentence in `error` when the file cannot be written.
bool writeIndicatorsCsv(const Indicators &indicators, const QString &path, QString *error);

} // namespace concerto
