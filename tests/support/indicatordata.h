// A small activity with known indicators, shared by the indicator, command-line and statistics-screen
// tests: two 3C, three committees, sessions on the edges of the first half of 2026 (boards' days), one
// cancelled with a postponed case, five patients, six fiches in the period (one amended, signed twice),
// and fiches just before and just after it. The expected figures are written in tst_indicators.cpp.
#pragma once

#include "models/store/database.h"

#include <QUuid>

namespace concerto::test {

struct IndicatorData {
    QUuid centreA;       // 3C of the digestive and thoracic committees
    QUuid centreB;       // 3C of the breast committee
    QUuid establishment; // not a 3C
    QUuid digestive;     // appareil 86762007, organ 69695003
    QUuid thoracic;      // appareil 312419003, a recours RCP
    QUuid breast;        // appareil 76752008
};

// Saves the records through the repositories; fails the calling test when a save fails.
IndicatorData saveIndicatorData(Database &db);

} // namespace concerto::test
