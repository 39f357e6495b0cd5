// The indicators as a flat list of figures, one per line: what the CSV export, the command line and the
// statistics screen all show, in the same order and words.
#pragma once

#include "reports/indicators.h"

namespace concerto {

struct IndicatorRow {
    QString section; // e.g. "Activity", "By organ"
    QString key;     // stable, for machines: "sessions", "organ:86762007", "median-days:signature"
    QString label;
    std::optional<double> value; // a count or a number of days; nothing when it could not be measured
    int denominator = -1;        // what a percentage is of; -1 when the figure has none
    std::optional<double> percent() const {
        if (denominator <= 0 || !value)
            return std::nullopt;
        return 100.0 * *value / denominator;
    }
};

std::vector<IndicatorRow> indicatorRows(const Indicators &indicators);

// A number for machines: an integer as such, else with a dot and at most 1 decimal ("12.5").
QString machineNumber(double value);

} // namespace concerto
