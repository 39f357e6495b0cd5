// The Sync workspace: the changes waiting to be sent, the last synchronisation and the (not yet
// connected) "Synchronise now" button; the conflicts inbox comes with the server.
#pragma once

#include "ui/workspaces/workspace.h"

class QLabel;
class QPushButton;

namespace concerto {

class SyncWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit SyncWorkspace(Services &services, QWidget *parent = nullptr);
    void refresh() override;

    // "Never synchronised" or the date and time of the last synchronisation (QSettings "sync/lastSync").
    static QString lastSyncText();

    QPushButton *syncButton() const { return m_syncNow; }

private:
    QLabel *m_pending = nullptr;
    QLabel *m_lastSync = nullptr;
    QPushButton *m_syncNow = nullptr;
};

} // namespace concerto
