// Sync: tiles, account, the run and its report, the conflicts inbox.
#include "ui/workspaces/syncworkspace.h"

#include "ui/sync/conflictsinbox.h"
#include "ui/sync/desktopsync.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace concerto {

SyncWorkspace::SyncWorkspace(Services &services, DesktopSync &sync, QWidget *parent)
    : Workspace(
          services, tr("Synchronisation"),
          tr("Every change made here is kept in this computer's database and sent to the regional "
             "server at the next synchronisation; the other hospitals' changes come back the same way."),
          parent)
    , m_sync(sync) {
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(tr("Changes waiting to be sent"), &m_pending, this));
    tiles->addWidget(makeTile(tr("Conflicts to settle"), &m_conflicts, this));
    tiles->addWidget(makeTile(tr("Last synchronisation"), &m_lastSync, this));
    tiles->addStretch();
    content()->addLayout(tiles);

    content()->addWidget(buildAccount());

    auto *run = new QHBoxLayout;
    m_syncNow = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Synchronise now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Send the waiting changes and receive the others' (F5)"));
    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_sync.scheduler().syncNow(); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(shortcut, &QShortcut::activated, m_syncNow, &QPushButton::click);
    run->addWidget(m_syncNow);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncPhase"));
    run->addWidget(m_state);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(320);
    m_progress->hide();
    run->addWidget(m_progress);
    run->addStretch();
    content()->addLayout(run);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("syncReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content()->addWidget(m_report);

    auto *conflicts = new QGroupBox(tr("Conflicts"), this);
    auto *conflictsLayout = new QVBoxLayout(conflicts);
    m_inbox = new ConflictsInbox(services, conflicts);
    conflictsLayout->addWidget(m_inbox);
    content()->addWidget(conflicts, 1);
    connect(m_inbox, &ConflictsInbox::settled, this, [this] {
        refresh();
        Q_EMIT recordsReceived();
    });

    connect(&m_sync, &DesktopSync::changed, this, &SyncWorkspace::showReport);
    connect(&m_sync.scheduler(), &sync::SyncScheduler::progress, this, &SyncWorkspace::showProgress);
    connect(&m_sync.scheduler(), &sync::SyncScheduler::finished, this, [this](const sync::SyncReport &r) {
        refresh();
        if (r.pulled > 0 || r.pullConflicts > 0 || r.pushConflicts > 0)
            Q_EMIT recordsReceived();
    });
    refresh();
}

QWidget *SyncWorkspace::buildAccount() {
    // Two compact rows: address and user, then the CA file and the session's buttons.
    auto *box = new QGroupBox(tr("Regional server"), this);
    auto *grid = new QGridLayout(box);
    const sync::SyncAccount account = m_sync.account();
    auto label = [box](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, box);
        l->setBuddy(buddy);
        return l;
    };
    m_server = new QLineEdit(account.server.toString(), box);
    m_server->setPlaceholderText(QStringLiteral("https://rcp.example.fr:8443"));
    grid->addWidget(label(tr("&Address"), m_server), 0, 0);
    grid->addWidget(m_server, 0, 1);
    m_user = new QLineEdit(account.user, box);
    grid->addWidget(label(tr("&User name"), m_user), 0, 2);
    grid->addWidget(m_user, 0, 3);
    m_caFile = new QLineEdit(account.caFile, box);
    m_caFile->setPlaceholderText(tr("The certificate authority of the region (PEM file)"));
    auto *browse = new QToolButton(box);
    browse->setText(tr("Choose…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority of the region"),
                                                          m_caFile->text(), tr("Certificates (*.pem *.crt)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
            saveAccount();
        }
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    grid->addWidget(label(tr("&Certificate authority"), m_caFile), 1, 0);
    grid->addLayout(caRow, 1, 1);
    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign in…"), box);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    connect(m_signIn, &QPushButton::clicked, this, &SyncWorkspace::askPassword);
    m_signOut = new QPushButton(tr("Sign out"), box);
    connect(m_signOut, &QPushButton::clicked, this, [this] { m_sync.scheduler().signOut(); });
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    grid->addLayout(buttons, 1, 2, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 1);
    for (QLineEdit *field : {m_server, m_caFile, m_user})
        connect(field, &QLineEdit::editingFinished, this, &SyncWorkspace::saveAccount);
    m_keychain = new QLabel(box);
    m_keychain->setWordWrap(true);
    grid->addWidget(m_keychain, 2, 0, 1, 4);
    return box;
}

void SyncWorkspace::saveAccount() {
    const sync::SyncAccount account{QUrl(m_server->text().trimmed(), QUrl::StrictMode),
                                    m_caFile->text().trimmed(), m_user->text().trimmed()};
    const sync::SyncAccount before = m_sync.account();
    if (account.server != before.server || account.caFile != before.caFile || account.user != before.user)
        m_sync.setAccount(account);
}

void SyncWorkspace::askPassword() {
    const QUrl server(m_server->text().trimmed(), QUrl::StrictMode);
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
        m_report->setText(tr("The server's address must begin with https://, for example "
                             "https://rcp.example.fr:8443."));
        m_server->setFocus();
        return;
    }
    if (m_caFile->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty()) {
        m_report->setText(tr("Give the certificate authority's file and your user name first."));
        return;
    }
    saveAccount();
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Sign in to the regional server"),
                              tr("Password of %1 on %2:").arg(m_user->text().trimmed(), server.host()),
                              QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty())
        m_sync.scheduler().signIn(password.toUtf8());
}

void SyncWorkspace::refresh() {
    const StoreRead<SyncState> state = m_services.syncState();
    m_pending->setText(state.ok() ? QLocale().toString(state->pendingChanges) : tr("?"));
    m_conflicts->setText(state.ok() ? QLocale().toString(state->openConflicts) : tr("?"));
    m_pending->setToolTip(state.ok() ? QString()
                                     : tr("The sync state could not be read: %1").arg(state.error));
    m_lastSync->setText(lastSyncText(m_services, m_sync));
    m_inbox->refresh();
    showReport();
}

void SyncWorkspace::showProgress(int sent, int toSend, int received) {
    m_progress->show();
    if (toSend > 0 && sent < toSend) {
        m_progress->setRange(0, toSend);
        m_progress->setValue(sent);
        m_progress->setFormat(
            tr("%1 of %2 changes sent").arg(QLocale().toString(sent), QLocale().toString(toSend)));
    } else {
        m_progress->setRange(0, 0); // the server's feed has no known end: a busy bar and a count
        m_progress->setFormat(QString());
        m_state->setText(tr("Synchronising… %n record(s) received", nullptr, received));
    }
}

void SyncWorkspace::showReport() {
    const sync::SyncScheduler &s = m_sync.scheduler();
    const bool running = s.isRunning();
    if (!running) {
        m_progress->hide();
        m_state->setText(m_sync.phaseText());
    } else if (!m_progress->isVisible()) {
        m_state->setText(m_sync.phaseText());
        m_progress->setRange(0, 0);
        m_progress->show();
    }
    m_state->setProperty("problem", m_sync.phaseIsProblem());
    const bool configured = s.phase() != sync::SyncPhase::NotConfigured;
    m_syncNow->setEnabled(!running && configured && s.hasTokens());
    m_signIn->setEnabled(!running);
    m_signOut->setEnabled(!running && s.hasTokens());
    m_keychain->setText(
        m_sync.keychainAvailable()
            ? tr("Your session is kept in the system's keychain; your password is never kept.")
            : tr("No keychain on this computer: your session is kept in memory only and you "
                 "sign in again at each start."));
    if (!s.lastRunEnded().isValid())
        return;
    const sync::SyncReport &r = s.lastReport();
    QStringList lines;
    if (r.ok || r.applied + r.duplicates + r.pushConflicts + r.rejected + r.pulled > 0) {
        lines << tr("Sent: %n change(s) applied", nullptr, r.applied + r.duplicates)
              << tr("%n in conflict", nullptr, r.pushConflicts) << tr("%n refused", nullptr, r.rejected);
        lines << tr("received: %n record(s)", nullptr, r.pulled);
        if (r.held > 0)
            lines << tr("%n held until its conflict is settled", nullptr, r.held);
        if (r.valueSetsLoaded > 0)
            lines << tr("%n value set(s) received", nullptr, r.valueSetsLoaded);
    }
    QString text = lines.join(QStringLiteral(", ")) + (lines.isEmpty() ? QString() : QStringLiteral("."));
    for (const QString &refusal : r.refusals)
        text += QLatin1Char('\n') + tr("Refused by the server: %1").arg(refusal);
    if (!r.ok && !r.error.isEmpty())
        text += QLatin1Char('\n') + tr("The last synchronisation failed: %1").arg(r.error);
    m_report->setText(text.trimmed());
}

QString SyncWorkspace::lastSyncText(Services &services, DesktopSync &sync) {
    const StoreRead<SyncState> state = services.syncState();
    if (!state.ok())
        return tr("?");
    // The file keeps when it last received something; a run with nothing to receive counts too.
    const QDateTime ran = sync.scheduler().lastReport().ok ? sync.scheduler().lastRunEnded() : QDateTime();
    const QDateTime last = std::max(state->lastSyncAt, ran);
    return last.isValid() ? QLocale().toString(last.toLocalTime(), QLocale::ShortFormat) : tr("Never");
}

} // namespace concerto
