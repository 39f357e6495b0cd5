// The desktop's sync against the real concerto-server: the scheduler signs in once and then lives on its
// refresh token (rotated at each use, handed on for the keychain); a refused password, a refused
// certificate and a server that is gone each end in their own state, with the next attempt backed off
// (capped, jittered, never sooner than Retry-After) or left to a person. The conflicts inbox's settling:
// an edit against an edit of one patient, settled field by field, is sent on the server's version and
// reaches the other desktop; a field changed on both sides is never chosen silently. Runs on SQLite and
// on PostgreSQL. A fiche with an open conflict is not signed.
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "models/store/syncconflicts.h"
#include "services/conflictfields.h"
#include "services/ficheservice.h"
#include "services/services.h"
#include "services/syncconflictservice.h"
#include "support/servicesof.h"
#include "sync/retrypolicy.h"
#include "sync/syncscheduler.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retryPolicyBacksOffWithJitterAndRetryAfter();
    void conflictFieldsSuggestOnlyOneSidedChanges();
    void signsInOnceThenLivesOnTheRefreshToken();
    void refusedPasswordWaitsForAPerson();
    void wrongCaIsRefusedAndNotRetried();
    void aLockedAccountWaitsForRetryAfter();
    void serverGoneIsOfflineWithBackoff();
    void editAgainstEditSettledFieldByFieldReachesTheOtherDesktop();
    void aFicheInConflictIsNotSigned();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    sync::SyncAccount account(const QString &user, const QString &ca = {}) const {
        return {m_server->url(QString()), ca.isEmpty() ? m_server->caFile() : ca, user};
    }
    // Runs `scheduler` (syncNow, or a sign-in with `password`) and waits for the run's report.
    static sync::SyncReport runOnce(sync::SyncScheduler &scheduler, const QByteArray &password = {}) {
        QSignalSpy finished(&scheduler, &sync::SyncScheduler::finished);
        if (password.isEmpty())
            scheduler.syncNow();
        else
            scheduler.signIn(password);
        if (!finished.wait(60000))
            return {};
        return finished.takeFirst().at(0).value<sync::SyncReport>();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Database> m_a;
    std::unique_ptr<Database> m_b;
    Committee m_committee;
    Fiche m_fiche;
    sync::SessionTokens m_annesTokens;
};

void TestSyncDesktop::initTestCase() {
    qRegisterMetaType<sync::SyncReport>();
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_a = makeClient(file("a.db"), QStringLiteral("Anne"));
    m_b = makeClient(file("b.db"), QStringLiteral("Bruno"));
    QVERIFY(m_a && m_b);
    m_committee = saveCommittee(*m_a, kNord);
    m_fiche = saveCase(*m_a, m_committee.rcp, QStringLiteral("Durand"));
}

void TestSyncDesktop::retryPolicyBacksOffWithJitterAndRetryAfter() {
    const sync::RetryPolicy policy; // 30 s, doubling, capped at 15 min
    QCOMPARE(policy.delaySeconds(1, 0, 0.0), 15);
    QCOMPARE(policy.delaySeconds(1, 0, 0.999), 29);
    QCOMPARE(policy.delaySeconds(2, 0, 0.0), 30);
    QCOMPARE(policy.delaySeconds(3, 0, 0.0), 60);
    QCOMPARE(policy.delaySeconds(30, 0, 0.0), 450); // the cap's lower half, not an overflow
    QCOMPARE(policy.delaySeconds(30, 0, 0.999), 899);
    // Two desktops failing together are spread over the step, not in the same second.
    QVERIFY(policy.delaySeconds(4, 0, 0.1) != policy.delaySeconds(4, 0, 0.9));
    // Retry-After is a floor, itself capped at an hour.
    QCOMPARE(policy.delaySeconds(1, 120, 0.0), 120);
    QCOMPARE(policy.delaySeconds(1, 10 * 3600, 0.0), 3600);
}

void TestSyncDesktop::conflictFieldsSuggestOnlyOneSidedChanges() {
    const QJsonObject base{{QStringLiteral("a"), 1},
                           {QStringLiteral("b"), 1},
                           {QStringLiteral("t"), QJsonObject{{QStringLiteral("x"), QStringLiteral("C50")}}}};
    const QJsonObject theirs{
        {QStringLiteral("a"), 2},
        {QStringLiteral("b"), 1},
        {QStringLiteral("t"), QJsonObject{{QStringLiteral("x"), QStringLiteral("C18")}}}};
    const QJsonObject mine{{QStringLiteral("a"), 1},
                           {QStringLiteral("b"), 3},
                           {QStringLiteral("t"), QJsonObject{{QStringLiteral("x"), QStringLiteral("C20")}}},
                           {QStringLiteral("n"), QStringLiteral("new")}};
    const std::vector<ConflictField> fields = conflictFields(base, theirs, mine);
    std::map<QString, ConflictSide> suggested;
    for (const ConflictField &f : fields)
        suggested[f.path] = f.suggested;
    QCOMPARE(int(suggested.size()), 4);
    QCOMPARE(suggested[QStringLiteral("a")], ConflictSide::Server);     // only the server changed it
    QCOMPARE(suggested[QStringLiteral("b")], ConflictSide::Mine);       // only here
    QCOMPARE(suggested[QStringLiteral("t/x")], ConflictSide::Unchosen); // both, differently
    QCOMPARE(suggested[QStringLiteral("n")], ConflictSide::Mine);
    // Nothing merges while a field changed on both sides has no side.
    QVERIFY(!mergedBody(fields, theirs, {}));
    const std::optional<QJsonObject> merged =
        mergedBody(fields, theirs, {{QStringLiteral("t/x"), ConflictSide::Base}});
    QVERIFY(merged);
    QCOMPARE(merged->value(QStringLiteral("a")).toInt(), 2);
    QCOMPARE(merged->value(QStringLiteral("b")).toInt(), 3);
    QCOMPARE(merged->value(QStringLiteral("t")).toObject().value(QStringLiteral("x")).toString(),
             QStringLiteral("C50"));
    QCOMPARE(merged->value(QStringLiteral("n")).toString(), QStringLiteral("new"));
    // Choosing the server's side of a field the server does not have removes it.
    const std::optional<QJsonObject> without = mergedBody(
        fields, theirs,
        {{QStringLiteral("t/x"), ConflictSide::Server}, {QStringLiteral("n"), ConflictSide::Server}});
    QVERIFY(without && !without->contains(QStringLiteral("n")));
}

void TestSyncDesktop::signsInOnceThenLivesOnTheRefreshToken() {
    sync::SyncScheduler first(file("a.db"));
    first.setAccount(account(QStringLiteral("anne")));
    QCOMPARE(first.phase(), sync::SyncPhase::SignInNeeded);
    QSignalSpy tokens(&first, &sync::SyncScheduler::tokensChanged);
    QSignalSpy progress(&first, &sync::SyncScheduler::progress);
    const sync::SyncReport r = runOnce(first, kTestPassword);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.applied, 6); // 3C, committee, patient, session, case, fiche
    QCOMPARE(first.phase(), sync::SyncPhase::Idle);
    QVERIFY(first.nextAttempt().isValid());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 6);
    QCOMPARE(*pendingChangeCount(*m_a), 0);
    QCOMPARE(tokens.count(), 1);
    m_annesTokens = tokens.last().at(0).value<sync::SessionTokens>();
    QVERIFY(!m_annesTokens.refresh.isEmpty());

    // The next start: the refresh token alone, no password.
    sync::SyncScheduler next(file("a.db"));
    next.setAccount(account(QStringLiteral("anne")), {{}, m_annesTokens.refresh});
    QCOMPARE(next.phase(), sync::SyncPhase::Idle);
    QSignalSpy rotated(&next, &sync::SyncScheduler::tokensChanged);
    const sync::SyncReport again = runOnce(next);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(rotated.count(), 1);
    const sync::SessionTokens after = rotated.last().at(0).value<sync::SessionTokens>();
    QVERIFY(!after.refresh.isEmpty() && after.refresh != m_annesTokens.refresh);
    // The old refresh token is spent: a copy of it signs nobody in.
    sync::SyncScheduler stolen(file("a.db"));
    stolen.setAccount(account(QStringLiteral("anne")), {{}, m_annesTokens.refresh});
    const sync::SyncReport refused = runOnce(stolen);
    QVERIFY(!refused.ok);
    QVERIFY(refused.signInNeeded);
    QCOMPARE(stolen.phase(), sync::SyncPhase::SignInNeeded);
    m_annesTokens = after;
}

void TestSyncDesktop::refusedPasswordWaitsForAPerson() {
    sync::SyncScheduler scheduler(file("b.db"));
    scheduler.setAccount(account(QStringLiteral("bruno")));
    const sync::SyncReport r = runOnce(scheduler, "not the password");
    QVERIFY(!r.ok);
    QVERIFY(r.signInNeeded);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(scheduler.phase(), sync::SyncPhase::SignInNeeded);
    QVERIFY(!scheduler.nextAttempt().isValid()); // no timer: a person signs in
    QVERIFY(!scheduler.hasTokens());
}

void TestSyncDesktop::wrongCaIsRefusedAndNotRetried() {
    // A CA of another server: its certificate is not this server's issuer.
    QTemporaryDir otherDir;
    ServerProcess other(otherDir.path());
    QVERIFY2(other.start(), qPrintable(other.output()));
    const int mutationsBefore =
        queryServerDb(m_serverDir.path(), QStringLiteral("SELECT count(*) FROM mutations")).toInt();
    sync::SyncScheduler scheduler(file("b.db"));
    scheduler.setAccount(account(QStringLiteral("bruno"), other.caFile()));
    const sync::SyncReport r = runOnce(scheduler, kTestPassword);
    QVERIFY(!r.ok);
    QVERIFY(r.tlsRefused);
    QCOMPARE(scheduler.phase(), sync::SyncPhase::Refused);
    QVERIFY(!scheduler.nextAttempt().isValid());
    QCOMPARE(queryServerDb(m_serverDir.path(), QStringLiteral("SELECT count(*) FROM mutations")).toInt(),
             mutationsBefore);
}

void TestSyncDesktop::aLockedAccountWaitsForRetryAfter() {
    sync::SyncScheduler scheduler(file("b.db"));
    scheduler.setAccount(account(QStringLiteral("paul")));
    sync::SyncReport r;
    for (int attempt = 0; attempt < 6 && r.httpStatus != 423; ++attempt)
        r = runOnce(scheduler, "wrong password");
    QCOMPARE(r.httpStatus, 423); // locked after repeated failures
    // Even the right password now waits for the lock's end, not for the first backoff step (15-30 s).
    r = runOnce(scheduler, kTestPassword);
    QCOMPARE(r.httpStatus, 423);
    QVERIFY2(r.retryAfterSeconds > 60, qPrintable(QString::number(r.retryAfterSeconds)));
    QCOMPARE(scheduler.phase(), sync::SyncPhase::Failed);
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextAttempt());
    QVERIFY2(wait >= r.retryAfterSeconds - 5, qPrintable(QString::number(wait)));
}

void TestSyncDesktop::serverGoneIsOfflineWithBackoff() {
    // A port where nothing listens.
    QTemporaryDir goneDir;
    ServerProcess gone(goneDir.path());
    QVERIFY2(gone.start(), qPrintable(gone.output()));
    const sync::SyncAccount there{gone.url(QString()), gone.caFile(), QStringLiteral("anne")};
    QCOMPARE(gone.stop(), 0);
    sync::SyncScheduler scheduler(file("a.db"));
    scheduler.setAccount(there, m_annesTokens);
    const sync::SyncReport first = runOnce(scheduler);
    QVERIFY(!first.ok);
    QCOMPARE(first.httpStatus, 0);
    QCOMPARE(scheduler.phase(), sync::SyncPhase::Offline);
    QCOMPARE(scheduler.failuresInARow(), 1);
    const qint64 wait1 = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextAttempt());
    QVERIFY2(wait1 >= 13 && wait1 <= 30, qPrintable(QString::number(wait1)));
    const sync::SyncReport second = runOnce(scheduler);
    QVERIFY(!second.ok);
    QCOMPARE(scheduler.failuresInARow(), 2);
    const qint64 wait2 = QDateTime::currentDateTimeUtc().secsTo(scheduler.nextAttempt());
    QVERIFY2(wait2 >= 28 && wait2 <= 60, qPrintable(QString::number(wait2)));
    // The tokens are kept for when the server is back.
    QVERIFY(scheduler.hasTokens());
}

void TestSyncDesktop::editAgainstEditSettledFieldByFieldReachesTheOtherDesktop() {
    // (Anne's tokens were revoked when the spent one came back: she signs in again.)
    sync::SyncScheduler onA(file("a.db"));
    onA.setAccount(account(QStringLiteral("anne")));
    QVERIFY(runOnce(onA, kTestPassword).ok);
    sync::SyncScheduler onB(file("b.db"));
    onB.setAccount(account(QStringLiteral("bruno")));
    QVERIFY(runOnce(onB, kTestPassword).ok);
    const Patient known = PatientRepository(*m_b).search(QStringLiteral("Durand"))->front();

    // Both edit the patient offline: A the used name and the phone, B the used name and the IPP.
    Patient a = **PatientRepository(*m_a).find(known.meta.id);
    a.usedName = QStringLiteral("Durand-Leroy");
    a.phone = QStringLiteral("0320000000");
    QVERIFY(PatientRepository(*m_a).save(a).ok);
    Patient b = **PatientRepository(*m_b).find(known.meta.id);
    b.usedName = QStringLiteral("Durand-Martin");
    b.ipp = QStringLiteral("IPP-77");
    QVERIFY(PatientRepository(*m_b).save(b).ok);
    QVERIFY(runOnce(onA).ok);
    const sync::SyncReport met = runOnce(onB);
    QVERIFY2(met.ok, qPrintable(met.error));
    QVERIFY(met.pushConflicts + met.pullConflicts >= 1); // met on the push, and again on the pull
    QCOMPARE(met.openConflicts, 1);

    SyncConflictService &inbox = servicesOf(*m_b).conflicts();
    const StoreRead<std::vector<ConflictView>> open = inbox.open();
    QVERIFY(open.ok());
    QCOMPARE(int(open->size()), 1);
    const ConflictView &c = open->front();
    QVERIFY(c.fieldByField);
    QCOMPARE(c.kind, QStringLiteral("Patient"));
    QCOMPARE(c.serverBy, QStringLiteral("Anne"));
    std::map<QString, ConflictSide> suggested;
    for (const ConflictField &f : c.fields)
        if (f.differs())
            suggested[f.path] = f.suggested;
    QCOMPARE(suggested[QStringLiteral("usedName")], ConflictSide::Unchosen);
    QCOMPARE(suggested[QStringLiteral("phone")], ConflictSide::Server);
    QCOMPARE(suggested[QStringLiteral("ipp")], ConflictSide::Mine);
    // Without a side for the used name, nothing is settled and nothing changes.
    const StoreResult refused = inbox.settle(c, {});
    QVERIFY(!refused.ok);
    QCOMPARE(int(inbox.open()->size()), 1);
    // B keeps its used name; A's phone and B's IPP come along.
    const StoreResult settled = inbox.settle(c, {{QStringLiteral("usedName"), ConflictSide::Mine}});
    QVERIFY2(settled.ok, qPrintable(settled.error));
    QCOMPARE(*inbox.count(), 0);
    QCOMPARE(clientValue(*m_b,
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'conflict-resolved'")),
             QStringLiteral("1"));
    QCOMPARE(*pendingChangeCount(*m_b), 1);

    const sync::SyncReport sent = runOnce(onB);
    QVERIFY2(sent.ok, qPrintable(sent.error));
    QCOMPARE(sent.applied, 1);
    QCOMPARE(sent.openConflicts, 0);
    QCOMPARE(sent.pendingChanges, 0);
    QVERIFY(runOnce(onA).ok);
    const Patient onAAfter = **PatientRepository(*m_a).find(known.meta.id);
    QCOMPARE(onAAfter.usedName, QStringLiteral("Durand-Martin"));
    QCOMPARE(onAAfter.phone, QStringLiteral("0320000000"));
    QCOMPARE(onAAfter.ipp, QStringLiteral("IPP-77"));
    QCOMPARE(onAAfter.meta.version, 3);
    QCOMPARE(*openConflictCount(*m_a), 0);
}

void TestSyncDesktop::aFicheInConflictIsNotSigned() {
    // (Anne's tokens were revoked when the spent one came back: she signs in again.)
    sync::SyncScheduler onA(file("a.db"));
    onA.setAccount(account(QStringLiteral("anne")));
    QVERIFY(runOnce(onA, kTestPassword).ok);
    sync::SyncScheduler onB(file("b.db"));
    onB.setAccount(account(QStringLiteral("bruno")));
    QVERIFY(runOnce(onB, kTestPassword).ok);
    FicheRepository ficheOnA(*m_a), ficheOnB(*m_b);
    Fiche a = **ficheOnA.find(m_fiche.meta.id);
    Fiche b = **ficheOnB.find(m_fiche.meta.id);
    a.patientComments = QStringLiteral("Avis de A");
    b.patientComments = QStringLiteral("Avis de B");
    QVERIFY(ficheOnA.save(a).ok && ficheOnB.save(b).ok);
    QVERIFY(runOnce(onA).ok);
    QVERIFY(runOnce(onB).ok);
    QCOMPARE(*openConflictCount(*m_b), 1);
    Fiche toSign = **ficheOnB.find(m_fiche.meta.id);
    const StoreResult signing = servicesOf(*m_b).fiches().sign(toSign, toSign.coordinatorId);
    QVERIFY(!signing.ok);
    QVERIFY2(signing.error.contains(QStringLiteral("conflict")), qPrintable(signing.error));
    QVERIFY(!(*ficheOnB.find(m_fiche.meta.id))->isSigned());
}

QTEST_GUILESS_MAIN(TestSyncDesktop)
#include "tst_syncdesktop.moc"
