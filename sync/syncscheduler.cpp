// Runs the engine on a worker thread and decides, from each run's report, the next phase and attempt.
#include "sync/syncscheduler.h"

#include "models/store/database.h"
#include "models/store/outbox.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <QRandomGenerator>
#include <QThread>

namespace concerto::sync {

SyncScheduler::SyncScheduler(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
}

SyncScheduler::~SyncScheduler() {
    m_timer.stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncScheduler::setAccount(const SyncAccount &account, const SessionTokens &tokens) {
    m_account = account;
    m_tokens = tokens;
    m_failures = 0;
    if (!isRunning())
        setPhase(!account.isComplete() ? SyncPhase::NotConfigured
                                       : (hasTokens() ? SyncPhase::Idle : SyncPhase::SignInNeeded));
}

void SyncScheduler::start() {
    syncNow();
}

void SyncScheduler::syncNow() {
    if (isRunning()) {
        m_again = true;
        return;
    }
    if (!m_account.isComplete()) {
        setPhase(SyncPhase::NotConfigured);
        return;
    }
    if (!hasTokens()) {
        setPhase(SyncPhase::SignInNeeded);
        return;
    }
    launch({});
}

void SyncScheduler::signIn(const QByteArray &password) {
    if (isRunning() || !m_account.isComplete())
        return;
    launch(password);
}

void SyncScheduler::signOut() {
    m_tokens = {};
    m_timer.stop();
    Q_EMIT tokensChanged(m_tokens);
    if (!isRunning())
        setPhase(m_account.isComplete() ? SyncPhase::SignInNeeded : SyncPhase::NotConfigured);
}

void SyncScheduler::launch(const QByteArray &password) {
    m_timer.stop();
    m_next = {};
    m_again = false;
    setPhase(SyncPhase::Syncing);
    const QString path = m_path;
    const SyncAccount account = m_account;
    const SessionTokens tokens = m_tokens;
    m_thread = QThread::create([this, path, account, tokens, password] {
        SyncReport report;
        SessionTokens after = tokens;
        QString error;
        if (std::unique_ptr<Database> db = Database::open(path, &error); !db) {
            report.error = error;
        } else {
            db->setActor(account.user);
            const StoreRead<int> waiting = pendingChangeCount(*db);
            const int toSend = waiting.ok() ? *waiting : 0;
            int sent = 0;
            int received = 0;
            auto tell = [this, &sent, &received, toSend] {
                QMetaObject::invokeMethod(
                    this, [this, sent, toSend, received] { Q_EMIT progress(sent, toSend, received); },
                    Qt::QueuedConnection);
            };
            EngineOptions options;
            options.batchAnswered = [&](int changes) {
                sent += changes;
                tell();
            };
            options.pageKept = [&](int records, const QString &) {
                received += records;
                tell();
            };
            ServerConnection connection({account.server, account.caFile, account.user, password});
            connection.setTokens(tokens);
            report = SyncEngine(*db, connection, options).run(!password.isEmpty());
            after = connection.tokens();
        }
        QMetaObject::invokeMethod(
            this, [this, report, after] { runEnded(report, after); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void SyncScheduler::runEnded(const SyncReport &report, const SessionTokens &tokens) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_last = report;
    m_lastEnded = QDateTime::currentDateTimeUtc();
    if (report.signInNeeded) {
        m_tokens = {};
        Q_EMIT tokensChanged(m_tokens);
    } else if (tokens.refresh != m_tokens.refresh || tokens.access != m_tokens.access) {
        m_tokens = tokens;
        Q_EMIT tokensChanged(m_tokens);
    }
    if (report.ok) {
        qCInfo(lcSync) << "sync done:" << report.applied << "changes sent," << report.pulled
                       << "records received";
        m_failures = 0;
        setPhase(SyncPhase::Idle);
        scheduleIn(m_again ? 0 : m_intervalSeconds);
    } else if (report.tlsRefused) {
        setPhase(SyncPhase::Refused);
    } else if (report.signInNeeded) {
        setPhase(SyncPhase::SignInNeeded);
    } else {
        ++m_failures;
        setPhase(report.httpStatus == 0 ? SyncPhase::Offline : SyncPhase::Failed);
        scheduleIn(m_policy.delaySeconds(m_failures, report.retryAfterSeconds,
                                         QRandomGenerator::global()->generateDouble()));
        qCInfo(lcSync) << "sync failed, next attempt in" << QDateTime::currentDateTimeUtc().secsTo(m_next)
                       << "s";
    }
    Q_EMIT finished(report);
}

void SyncScheduler::setPhase(SyncPhase phase) {
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void SyncScheduler::scheduleIn(int seconds) {
    m_next = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_timer.start(std::max(0, seconds) * 1000);
}

} // namespace concerto::sync
