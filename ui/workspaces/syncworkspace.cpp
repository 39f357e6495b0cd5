// Sync: what the outbox holds, and what the server connection will add.
#include "ui/workspaces/syncworkspace.h"

#include "services/services.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace concerto {

SyncWorkspace::SyncWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Synchronisation"),
                tr("Every change made here is kept in this computer's database and waits to be sent to the "
                   "regional server."),
                parent) {
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(tr("Changes waiting to be sent"), &m_pending, this));
    tiles->addWidget(makeTile(tr("Last synchronisation"), &m_lastSync, this));
    tiles->addStretch();
    content()->addLayout(tiles);
    auto *actions = new QHBoxLayout;
    m_syncNow = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Synchronise now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setEnabled(false);
    m_syncNow->setToolTip(tr("The connection to the regional server comes in a later version: nothing is "
                             "sent yet"));
    actions->addWidget(m_syncNow);
    actions->addStretch();
    content()->addLayout(actions);
    content()->addWidget(makeComingSoon(tr("Coming next"),
                                        {tr("The list of waiting changes: what, when and by whom"),
                                         tr("Progress of the synchronisation, automatic every few minutes"),
                                         tr("The conflicts inbox: base, server and local versions side by "
                                            "side, with a choice per field")},
                                        this));
    content()->addStretch();
    refresh();
}

void SyncWorkspace::refresh() {
    const StoreRead<int> pending = m_services.pendingChanges();
    m_pending->setText(pending.ok() ? QLocale().toString(*pending) : tr("?"));
    m_pending->setToolTip(
        pending.ok() ? QString() : tr("The waiting changes could not be counted: %1").arg(pending.error));
    m_lastSync->setText(lastSyncText());
}

QString SyncWorkspace::lastSyncText() {
    const QDateTime last = QSettings().value(QStringLiteral("sync/lastSync")).toDateTime();
    return last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("Never");
}

} // namespace concerto
