// Where the desktop keeps the sync's refresh token between starts: the system keychain (QtKeychain:
// Secret Service, KWallet, macOS Keychain, Windows Credential Store), one entry per account and server.
// Where no keychain runs, the token stays in memory only (a sign-in at each start) and says so; it is
// never written to a file beside the database or to the settings.
#pragma once

#include "sync/serverconnection.h"
#include "sync/syncscheduler.h"

#include <QObject>

namespace concerto {

class TokenKeychain final : public QObject {
    Q_OBJECT
public:
    explicit TokenKeychain(QObject *parent = nullptr)
        : QObject(parent) {}

    // Reads the account's token; `loaded` follows (with no token when none is kept or no keychain runs).
    void load(const sync::SyncAccount &account);
    // Keeps (or, for no token, removes) the account's refresh token.
    void save(const sync::SyncAccount &account, const sync::SessionTokens &tokens);
    // False once the keychain failed to answer: tokens live in memory only.
    bool available() const { return m_available; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void loaded(const concerto::sync::SessionTokens &tokens);

private:
    static QString keyOf(const sync::SyncAccount &account);

    bool m_available = true;
    QString m_error;
};

} // namespace concerto
