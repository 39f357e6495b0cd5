// What one sync run did and left: pushed, pulled, still pending and in conflict, and why it failed.
// Shared by the engine, the command line and the desktop (which must not see the store).
#pragma once

#include <QString>
#include <QStringList>

namespace concerto::sync {

// The account the server signed in, as its sign-in and refresh answers describe it (`user`): the name,
// the role codes (models/domain/roles.h) and the organisations' codes.
struct SignedInAccount {
    QString name;
    QStringList roles;
    QStringList organisations;
    bool seesTheRegion = false;
    bool isEmpty() const { return name.isEmpty(); }
    bool operator==(const SignedInAccount &o) const {
        return name == o.name && roles == o.roles && organisations == o.organisations &&
               seesTheRegion == o.seesTheRegion;
    }
};

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
    // Why it failed, for the one who decides when to try again.
    int httpStatus = 0;        // the last answer's status (0: no answer)
    int retryAfterSeconds = 0; // the server asked to wait that long (Retry-After)
    bool signInNeeded = false; // the password was refused, or the tokens could not be refreshed
    // Who the server signed in, when this run signed in or refreshed its tokens (else empty).
    SignedInAccount account;
};

} // namespace concerto::sync
