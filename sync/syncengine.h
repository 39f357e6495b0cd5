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
#include "sync/syncreport.h"

#include <functional>

namespace concerto::sync {

struct EngineOptions {
    int pushBatch = 500;
    int pullPage = 1000;
    // Called after each pulled page is kept (its records, the cursor after it).
    std::function<void(int records, const QString &cursor)> pageKept;
    // Called after each pushed batch is answered and its answers kept (the changes in it).
    std::function<void(int changes)> batchAnswered;
};

class SyncEngine final {
public:
    SyncEngine(Database &db, ServerConnection &server, EngineOptions options = {});

    // Signs in (when `signIn`; otherwise the connection's tokens are used, refreshed once on a 401),
    // pushes, then pulls.
    SyncReport run(bool signIn = true);

private:
    bool push(SyncReport *report);
    bool pull(SyncReport *report);
    // Fills the report's status, Retry-After and sign-in need from the last answer.
    void noteFailure(SyncReport *report) const;

    Database &m_db;
    ServerConnection &m_server;
    EngineOptions m_options;
};

} // namespace concerto::sync
