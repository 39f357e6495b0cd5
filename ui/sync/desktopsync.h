// The desktop's link to the regional server: the account (server, CA, user) in the settings, the refresh
// token in the keychain, and the scheduler that runs the syncs of the open database. The window and the
// Sync workspace read its state and words from here. For the demo region of scripts/run.sh, a password in
// CONCERTO_PASSWORD when the desktop starts signs in once, when there is an account and no session; it is
// taken out of the environment at once (programs started later do not get it) and never kept.
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
    // Reads the account from the settings and starts (nothing happens without one, nor after
    // holdSyncThisRun()).
    void start();
    // The desktop's --no-sync: this process neither signs in nor syncs by itself (a person may still sign
    // in from the Sync workspace); the account stays in the settings for the next runs. Before start().
    static void holdSyncThisRun();
    bool keychainAvailable() const { return m_keychain.available(); }

    // The phase in words ("Synchronising…", "Offline: next attempt at 14:05"…), for the bars.
    QString phaseText() const;
    bool phaseIsProblem() const;

    static sync::SyncAccount savedAccount();
    // Keeps `account` in the settings (the desktop's --sync-server, --sync-ca and --sync-user, before the
    // window is built); setAccount() does it too.
    static void saveAccount(const sync::SyncAccount &account);

Q_SIGNALS:
    void changed();

private:
    void signInWithStartPassword();
    void forgetStartPassword();

    sync::SyncScheduler m_scheduler;
    TokenKeychain m_keychain;
    bool m_loading = false;
    QByteArray m_startPassword; // CONCERTO_PASSWORD, until the first run at start has used it
};

} // namespace concerto
