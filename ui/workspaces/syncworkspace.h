// The Sync workspace: where this computer stands with the regional server (changes waiting, open
// conflicts, last synchronisation, the connection's state and the next attempt), the account (server, CA,
// user; sign in and out), "Synchronise now" with the progress of a run and what the last one did, and the
// conflicts inbox.
#pragma once

#include "ui/workspaces/workspace.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace concerto {

class ConflictsInbox;
class DesktopSync;

class SyncWorkspace final : public Workspace {
    Q_OBJECT
public:
    SyncWorkspace(Services &services, DesktopSync &sync, QWidget *parent = nullptr);
    void refresh() override;

    // "Never" or the local date and time of the last synchronisation (the file's, or this run's).
    static QString lastSyncText(Services &services, DesktopSync &sync);

    QPushButton *syncButton() const { return m_syncNow; }
    QPushButton *signInButton() const { return m_signIn; }
    ConflictsInbox *inbox() const { return m_inbox; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *reportLabel() const { return m_report; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // Records changed here by a sync or a settled conflict: the other screens read again.
    void recordsReceived();

private:
    QWidget *buildAccount();
    void saveAccount();
    void askPassword();
    void showProgress(int sent, int toSend, int received);
    void showReport();

    DesktopSync &m_sync;
    QLabel *m_pending = nullptr;
    QLabel *m_conflicts = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_state = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_user = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_syncNow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_report = nullptr;
    QLabel *m_keychain = nullptr;
    ConflictsInbox *m_inbox = nullptr;
};

} // namespace concerto
