// Realistic synthetic data for demonstrations, tests and benchmarks: a regional network with its
// coordination centres, establishments and physicians, the RCPs with their sessions and attendance,
// patients, their cases and the fiches of the boards. Deterministic: the same seed, reference date and
// starting database give the same data. Everything goes through the repositories of models/store.
#pragma once

#include "models/store/database.h"

#include <QDate>
#include <QString>
#include <functional>

namespace concerto::demo {

struct DemoOptions {
    int patients = 2000;
    quint64 seed = 1;
    QDate referenceDate; // "today" of the data: past and future sessions around it; null = today
    // Called now and then with the number of patients written so far.
    std::function<void(int done, int total)> progress;
};

struct DemoCounts {
    int organisations = 0;
    int professionals = 0;
    int rcps = 0;
    int sessions = 0;
    int pastSessions = 0;
    int futureSessions = 0;
    int sessionsWithoutQuorum = 0;
    int patients = 0;
    int inscriptions = 0;
    int fiches = 0; // every version
    int signedFiches = 0;
    int amendments = 0;
};

// Writes the demo data into `db`. Returns false with `error` set when the store refuses a write;
// what was written before stays (in committed batches of 2,000 patients). While it runs, the store's
// clock follows the data (a case is registered, a fiche signed, at plausible past times); afterwards
// the database is back on the system clock.
bool generateDemo(Database &db, const DemoOptions &options, DemoCounts *counts, QString *error);

} // namespace concerto::demo
