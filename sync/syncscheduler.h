// The desktop's sync: one SyncEngine run at a time, on a thread of its own over its own connection to the
// database file, so that the window never waits for the network; at start, every few minutes and on
// demand. After a failure the next attempt waits (RetryPolicy: backoff with jitter, Retry-After); a refused
// certificate or a refused sign-in waits for a person. The session's tokens pass from one run to the next
// (and to whoever keeps them: the keychain); a password is used for one sign-in and never kept.
#pragma once

#include "sync/retrypolicy.h"
#include "sync/serverconnection.h"
#include "sync/syncreport.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QThread;

namespace concerto::sync {

struct SyncAccount {
    QUrl server;    // https://host:port
    QString caFile; // the regional CA (PEM)
    QString user;
    bool isComplete() const { return server.isValid() && !caFile.isEmpty() && !user.isEmpty(); }
};

enum class SyncPhase {
    NotConfigured, // no server, CA or user yet
    SignInNeeded,  // no tokens, or the server refused them: a person signs in
    Idle,          // synchronised; the next run at nextAttempt()
    Syncing,
    Offline, // the last run reached no server: trying again at nextAttempt()
    Failed,  // the server or the file answered with an error: trying again at nextAttempt()
    Refused, // the server's certificate was refused: nothing sent, waits for a person
};

class SyncScheduler final : public QObject {
    Q_OBJECT
public:
    explicit SyncScheduler(QString databasePath, QObject *parent = nullptr);
    ~SyncScheduler() override; // waits for a run under way to end

    void setAccount(const SyncAccount &account, const SessionTokens &tokens = {});
    SyncAccount account() const { return m_account; }
    bool hasTokens() const { return !m_tokens.refresh.isEmpty() || !m_tokens.access.isEmpty(); }
    void setIntervalSeconds(int seconds) { m_intervalSeconds = seconds; }
    void setPolicy(RetryPolicy policy) { m_policy = policy; }
    // Runs now and then every interval.
    void start();
    // Runs now; during a run, once more right after it.
    void syncNow();
    // A run that signs in with `password` first.
    void signIn(const QByteArray &password);
    // Forgets the tokens (tokensChanged with none); the next run needs a sign-in.
    void signOut();

    SyncPhase phase() const { return m_phase; }
    bool isRunning() const { return m_thread != nullptr; }
    const SyncReport &lastReport() const { return m_last; }
    QDateTime lastRunEnded() const { return m_lastEnded; }
    QDateTime nextAttempt() const { return m_next; }
    int failuresInARow() const { return m_failures; }

Q_SIGNALS:
    void phaseChanged(concerto::sync::SyncPhase phase);
    // During a run: changes sent of those waiting at its start, and records received so far.
    void progress(int sent, int toSend, int received);
    void finished(const concerto::sync::SyncReport &report);
    // After a run that signed in or refreshed the tokens, or was refused them (then empty): what to keep.
    void tokensChanged(const concerto::sync::SessionTokens &tokens);

private:
    void launch(const QByteArray &password);
    void runEnded(const SyncReport &report, const SessionTokens &tokens);
    void setPhase(SyncPhase phase);
    void scheduleIn(int seconds);

    QString m_path;
    SyncAccount m_account;
    SessionTokens m_tokens;
    RetryPolicy m_policy;
    int m_intervalSeconds = 300;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    bool m_again = false;
    SyncPhase m_phase = SyncPhase::NotConfigured;
    SyncReport m_last;
    QDateTime m_lastEnded;
    QDateTime m_next;
    int m_failures = 0;
};

} // namespace concerto::sync

Q_DECLARE_METATYPE(concerto::sync::SyncReport)
Q_DECLARE_METATYPE(concerto::sync::SessionTokens)
