// Realistic synthetic data for demonstrations, tests and benchmarks: a regional network with its
// coordination centres, establishments and physicians, the RCPs with their sessions and attendance,
// patients, their cases and the fiches of the boards. Deterministic: the same seed, reference date and
// starting database give the same data. Everything goes through the repositories of models/store.
#pragma once

#include "models/store/database.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace concerto::demo {

struct DemoOptions {
    int patients = 2000;
    quint64 seed = 1;
    QDate referenceDate; // "today" of the data: past and future sessions around it; null = today
    // Called now and then with the number of patients written so far.
    std::function<void(int done, int total)> progress;
    // Write only into a database without any record: checked inside the first write transaction, so
    // that of two runs at once on one file the second sees the first's records (or waits for them).
    bool onlyIfEmpty = false;
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
    int postponed = 0;     // cases postponed to a later session (no quorum, incomplete file)
    bool notEmpty = false; // with onlyIfEmpty: the database held records, nothing was written
};

// The reference dates the demo data can be made for (1900-01-01 to 2200-12-31): its births, sessions
// and signatures then stay within years that every part of Concerto reads and writes.
QDate earliestReferenceDate();
QDate latestReferenceDate();

// Writes the demo data into `db`. Each run is marked in the audit log: a "demo-started" row in its
// first transaction, a "demo-completed" row once every record is written, so that a run killed or
// failed half-way is recognised (interruptedDemos). Returns false with `error` set when the options are out
// of range or the store refuses a write. The directory (network, centres, establishments, physicians, RCPs)
// and the sessions are committed in one transaction with the first batch of patients, so that a run that
// fails or is killed before then leaves no demo record at all; later batches of 2,000 patients commit
// one by one, and a failure there keeps the batches before it. While it runs, the store's clock follows
// the data (a case is registered, a fiche signed, at plausible past times); afterwards the database is
// back on the system clock.
bool generateDemo(Database &db, const DemoOptions &options, DemoCounts *counts, QString *error);

// Whether `db` holds any record of an aggregate (organisation, professional, RCP, session, patient,
// case, fiche), deleted ones included: demo data goes only into a database without any. Empty (with
// `error` set) when the file cannot be read.
std::optional<bool> holdsRecords(Database &db, QString *error);

// How many demo runs started in `db` and never completed (killed or failed after their first batch):
// their records are there, but not all of them. Empty (with `error` set) when the file cannot be read.
std::optional<int> interruptedDemos(Database &db, QString *error);

} // namespace concerto::demo
