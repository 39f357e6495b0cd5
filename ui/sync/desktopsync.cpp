// Settings, keychain and scheduler put together for the window.
#include "ui/sync/desktopsync.h"

#include <QLocale>
#include <QSettings>

namespace concerto {

namespace {
bool syncHeld = false; // --no-sync
} // namespace

void DesktopSync::holdSyncThisRun() {
    syncHeld = true;
}

DesktopSync::DesktopSync(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_scheduler(databasePath)
    , m_startPassword(qgetenv("CONCERTO_PASSWORD")) {
    // Not passed on to a program started later. The process's own /proc/PID/environ keeps the text it
    // started with (readable by the same user and root only): the variable is for the demo's password.
    qunsetenv("CONCERTO_PASSWORD");
    const int minutes = QSettings().value(QStringLiteral("sync/intervalMinutes"), 5).toInt();
    m_scheduler.setIntervalSeconds(std::max(1, minutes) * 60);
    connect(&m_keychain, &TokenKeychain::loaded, this, [this](const sync::SessionTokens &tokens) {
        m_loading = false;
        m_scheduler.setAccount(m_scheduler.account(), tokens);
        if (!m_scheduler.hasTokens() && !m_startPassword.isEmpty())
            signInWithStartPassword();
        else
            m_scheduler.start();
        Q_EMIT changed();
    });
    // A session kept in the keychain that the server no longer knows (a demo server made anew): the
    // start password signs in instead; after the first run at start, it is forgotten either way.
    connect(&m_scheduler, &sync::SyncScheduler::finished, this, [this](const sync::SyncReport &report) {
        if (report.signInNeeded && !m_startPassword.isEmpty())
            signInWithStartPassword();
        forgetStartPassword();
    });
    connect(&m_scheduler, &sync::SyncScheduler::tokensChanged, this,
            [this](const sync::SessionTokens &tokens) { m_keychain.save(m_scheduler.account(), tokens); });
    connect(&m_scheduler, &sync::SyncScheduler::phaseChanged, this, &DesktopSync::changed);
    connect(&m_scheduler, &sync::SyncScheduler::finished, this, &DesktopSync::changed);
    m_scheduler.setAccount(savedAccount()); // read before the screens are built; the token comes at start()
}

sync::SyncAccount DesktopSync::savedAccount() {
    QSettings settings;
    return {QUrl(settings.value(QStringLiteral("sync/server")).toString()),
            settings.value(QStringLiteral("sync/caFile")).toString(),
            settings.value(QStringLiteral("sync/user")).toString()};
}

void DesktopSync::signInWithStartPassword() {
    const QByteArray password = m_startPassword;
    forgetStartPassword();
    m_scheduler.signIn(password);
}

void DesktopSync::forgetStartPassword() {
    m_startPassword.fill('\0');
    m_startPassword.clear();
}

void DesktopSync::saveAccount(const sync::SyncAccount &account) {
    QSettings settings;
    settings.setValue(QStringLiteral("sync/server"), account.server.toString());
    settings.setValue(QStringLiteral("sync/caFile"), account.caFile);
    settings.setValue(QStringLiteral("sync/user"), account.user);
}

void DesktopSync::setAccount(const sync::SyncAccount &account) {
    saveAccount(account);
    m_scheduler.setAccount(account);
    if (account.isComplete()) {
        m_loading = true;
        m_keychain.load(account);
    }
    Q_EMIT changed();
}

void DesktopSync::start() {
    const sync::SyncAccount account = m_scheduler.account();
    if (account.isComplete() && !syncHeld) {
        m_loading = true;
        m_keychain.load(account);
    } else {
        forgetStartPassword(); // only for an account set when the desktop starts, and not held
    }
}

QString DesktopSync::phaseText() const {
    const QString next =
        m_scheduler.nextAttempt().isValid()
            ? QLocale().toString(m_scheduler.nextAttempt().toLocalTime().time(), QLocale::ShortFormat)
            : QString();
    switch (m_scheduler.phase()) {
    case sync::SyncPhase::NotConfigured:
        return tr("No regional server configured");
    case sync::SyncPhase::SignInNeeded:
        return tr("Sign-in needed");
    case sync::SyncPhase::Idle:
        return m_loading ? tr("Connecting…") : tr("Connected");
    case sync::SyncPhase::Syncing:
        return tr("Synchronising…");
    case sync::SyncPhase::Offline:
        return next.isEmpty() ? tr("Offline") : tr("Offline: next attempt at %1").arg(next);
    case sync::SyncPhase::Failed:
        return next.isEmpty() ? tr("Sync failed") : tr("Sync failed: next attempt at %1").arg(next);
    case sync::SyncPhase::Refused:
        return tr("Server certificate refused");
    }
    return {};
}

bool DesktopSync::phaseIsProblem() const {
    const sync::SyncPhase p = m_scheduler.phase();
    return p == sync::SyncPhase::SignInNeeded || p == sync::SyncPhase::Failed ||
           p == sync::SyncPhase::Refused;
}

} // namespace concerto
