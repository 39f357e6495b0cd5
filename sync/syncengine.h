// The client sync engine, one run: push the outbox in batches (each change once, with its mutation id, so
// that a push sent again is answered `duplicate`), confirm what the server applied, keep a conflict or a
// refused edit of a signed fiche as a conflict for a person (both copies kept, the change left in the
// outbox and not sent again until resolved), then pull the change feed page by page through the store's
// ServerApply, each page with its cursor in one transaction (a run killed half-way resumes after the last
// page kept), then take the value sets the server holds and the file lacks (valuesetsync.h). Records
// written on this computer only (demo data) never leave it: the outbox does not list them. Used by
// `concerto-cli sync` and, later, the desktop.
#pragma once

#include "models/store/database.h"
#include "sync/serverconnection.h"

#include <QStringList>
#include <functional>

namespace concerto::sync {

struct SyncReport {
    bool ok = false;
    QString error;
    bool tlsRefused = false;
    // Push.
    int applied = 0;
    int duplicates = 0;
    int pushConflicts = 0;
    int rejected = 0;
    int held = 0;         // changes of records in open conflict, not sent
    QStringList refusals; // "fiche ID: reason: words", one per rejected change
    // Pull.
    int pulled = 0;    // records written
    int unchanged = 0; // already here
    int pullConflicts = 0;
    int pages = 0;
    // Value sets.
    int valueSetsLoaded = 0;
    // After the run.
    int pendingChanges = 0;
    int openConflicts = 0;
};

struct EngineOptions {
    int pushBatch = 500;
    int pullPage = 1000;
    // Called after each pulled page is kept (its records, the cursor after it).
    std::function<void(int records, const QString &cursor)> pageKept;
};

class SyncEngine final {
public:
    SyncEngine(Database &db, ServerConnection &server, EngineOptions options = {});

    // Signs in (when `signIn`), pushes, then pulls.
    SyncReport run(bool signIn = true);

private:
    bool push(SyncReport *report);
    bool pull(SyncReport *report);

    Database &m_db;
    ServerConnection &m_server;
    EngineOptions m_options;
};

} // namespace concerto::sync
