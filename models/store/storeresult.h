// The outcome of a store operation: success, or a message a user can read.
#pragma once

#include <QString>

namespace concerto {

// Why a signed fiche refuses a change, shared by the repository and the database trigger's error.
QString signedFicheLockedMessage();

struct StoreResult {
    bool ok = true;
    QString error;

    explicit operator bool() const { return ok; }
    static StoreResult success() { return {}; }
    static StoreResult failure(const QString &message) { return {false, message}; }
};

} // namespace concerto
