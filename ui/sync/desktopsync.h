// The desktop's link to the regional server: the account (server, CA, user) in the settings, the refresh
// token in the keychain, and the scheduler that runs the syncs of the open database. The window and the
// Sync workspace read its state and words from here.
#pragma once

#include "sync/syncscheduler.h"
#include "ui/sync/tokenkeychain.h"

#include <QObject>

namespace concerto {

class DesktopSync final : public QObject {
    Q_OBJECT
public:
    explicit DesktopSync(const QString &databasePath, QObject *parent = nullptr);

    sync::SyncScheduler &scheduler() { return m_scheduler; }
    sync::SyncAccount account() const { return m_scheduler.account(); }
    // Keeps the account in the settings and starts syncing with it (after the keychain is read).
    void setAccount(const sync::SyncAccount &account);
    // Reads the account from the settings and starts (nothing happens without one).
    void start();
    bool keychainAvailable() const { return m_keychain.available(); }

    // The phase in words ("Synchronising…", "Offline: next attempt at 14:05"…), for the bars.
    QString phaseText() const;
    bool phaseIsProblem() const;

    static sync::SyncAccount savedAccount();

Q_SIGNALS:
    void changed();

private:
    sync::SyncScheduler m_scheduler;
    TokenKeychain m_keychain;
    bool m_loading = false;
};

} // namespace concerto
