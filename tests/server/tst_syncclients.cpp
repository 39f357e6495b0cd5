// Two desktops of one 3C syncing through the real concerto-server with `concerto-cli sync` (real client
// files written through the store's repositories): a first push and pull; the same fiche edited on both
// offline ends as a conflict with both copies kept; a delete against an edit too; an edit of a fiche signed
// meanwhile is rejected and kept as a conflict, not sent again; a push whose answer was lost, sent again,
// makes one revision only (duplicate); a client told to trust another CA is refused before anything is
// sent; a user of the other 3C pulls none of these records.
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "models/store/syncconflicts.h"
#include "models/store/syncstate.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstPushAndPull();
    void editAgainstEditIsAConflictWithBothKept();
    void deleteAgainstEditIsAConflict();
    void editOfASignedFicheIsRejectedAndKept();
    void pushSentAgainMakesOneRevision();
    void wrongCaIsRefusedBeforeAnythingIsSent();
    void anotherCentreSeesNoneOfIt();
    void demoDataNeverLeaves();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    CliRun sync(const char *client, const char *user, const QStringList &extra = {}) {
        const CliRun run = runSync(file(client), *m_server, QLatin1String(user), extra);
        qInfo().noquote() << client << run.out << run.err;
        return run;
    }
    QString serverValue(const QString &sql) const {
        return queryServerDb(m_serverDir.path(), sql).toString();
    }
    QString serverBody(const QString &entity, const QUuid &id) const {
        return serverValue(QStringLiteral("SELECT body FROM records WHERE entity = '%1' AND id = '%2'")
                               .arg(entity, id.toString(QUuid::WithoutBraces)));
    }
    QString serverVersion(const QString &entity, const QUuid &id) const {
        return serverValue(QStringLiteral("SELECT version FROM records WHERE entity = '%1' AND id = '%2'")
                               .arg(entity, id.toString(QUuid::WithoutBraces)));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Database> m_a; // anne's desktop
    std::unique_ptr<Database> m_b; // bruno's desktop
    Committee m_committee;
    Fiche m_fiche;
    Fiche m_signedLater;
};

void TestSyncClients::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_a = makeClient(file("a.db"), QStringLiteral("Anne"));
    m_b = makeClient(file("b.db"), QStringLiteral("Bruno"));
    QVERIFY(m_a && m_b);
    m_committee = saveCommittee(*m_a, kNord);
    m_fiche = saveCase(*m_a, m_committee.rcp, QStringLiteral("Durand"));
    m_signedLater = saveCase(*m_a, m_committee.rcp, QStringLiteral("Petit"));
}

void TestSyncClients::firstPushAndPull() {
    const int pending = *pendingChangeCount(*m_a);
    QCOMPARE(pending, 10); // 3C, committee, 2 x (patient, session, case, fiche)
    const CliRun a = sync("a.db", "anne");
    QCOMPARE(a.code, 0);
    QVERIFY2(a.out.contains(QStringLiteral("pushed: 10 applied, 0 duplicate, 0 conflict, 0 rejected")),
             qPrintable(a.out));
    QCOMPARE(*pendingChangeCount(*m_a), 0);
    // The server's versions are the client's now; its own records do not come back.
    QCOMPARE(clientValue(*m_a, QStringLiteral("SELECT min(version) FROM fiche")), QStringLiteral("1"));
    QVERIFY2(a.out.contains(QStringLiteral("pulled: 0 applied, 0 already here")), qPrintable(a.out));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records")), QStringLiteral("10"));

    const CliRun b = sync("b.db", "bruno");
    QCOMPARE(b.code, 0);
    QVERIFY2(b.out.contains(QStringLiteral("pulled: 10 applied")), qPrintable(b.out));
    QCOMPARE(clientValue(*m_b, QStringLiteral("SELECT count(*) FROM fiche")), QStringLiteral("2"));
    QCOMPARE(clientValue(*m_b, QStringLiteral("SELECT updated_by FROM fiche LIMIT 1")),
             QStringLiteral("Anne"));
    // Pulled records are not changes of this desktop: nothing to push back.
    QCOMPARE(*pendingChangeCount(*m_b), 0);
    QVERIFY(!readSyncState(*m_b)->cursor.isEmpty());
}

void TestSyncClients::editAgainstEditIsAConflictWithBothKept() {
    FicheRepository onA(*m_a), onB(*m_b);
    Fiche a = **onA.find(m_fiche.meta.id);
    Fiche b = **onB.find(m_fiche.meta.id);
    a.patientComments = QStringLiteral("Avis de A");
    b.patientComments = QStringLiteral("Avis de B");
    QVERIFY(onA.save(a).ok && onB.save(b).ok);
    QCOMPARE(sync("a.db", "anne").code, 0);
    QCOMPARE(serverVersion(QStringLiteral("fiche"), m_fiche.meta.id), QStringLiteral("2"));

    const CliRun run = sync("b.db", "bruno");
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("0 applied, 0 duplicate, 1 conflict")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("left: 1 pending, 1 in conflict")), qPrintable(run.out));
    // The server kept A's copy, untouched by B's push.
    QVERIFY(serverBody(QStringLiteral("fiche"), m_fiche.meta.id).contains(QStringLiteral("Avis de A")));
    QCOMPARE(serverVersion(QStringLiteral("fiche"), m_fiche.meta.id), QStringLiteral("2"));
    // B keeps its own copy and A's beside it, for a person to resolve.
    QCOMPARE((*onB.find(m_fiche.meta.id))->patientComments, QStringLiteral("Avis de B"));
    const auto conflicts = openConflicts(*m_b);
    QVERIFY(conflicts.ok());
    QCOMPARE(int(conflicts->size()), 1);
    QCOMPARE(conflicts->front().recordId, m_fiche.meta.id);
    QVERIFY(conflicts->front().server.body.contains("Avis de A"));
    QCOMPARE(conflicts->front().server.version, 2);
    QVERIFY(conflicts->front().local.body.contains("Avis de B"));
    // A second sync does not send B's change again while the conflict is open.
    const QString mutations = serverValue(QStringLiteral("SELECT count(*) FROM mutations"));
    const CliRun again = sync("b.db", "bruno");
    QVERIFY2(again.out.contains(QStringLiteral("1 held")), qPrintable(again.out));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")), mutations);
}

void TestSyncClients::deleteAgainstEditIsAConflict() {
    // A patient without a case, known to both.
    Patient p;
    p.birthName = QStringLiteral("Moreau");
    p.birthGivenNames = {QStringLiteral("Jean")};
    p.sex = Sex::Male;
    p.birthDate = QDate(1950, 2, 3);
    QVERIFY(PatientRepository(*m_a).save(p).ok);
    QCOMPARE(sync("a.db", "anne").code, 0);
    QCOMPARE(sync("b.db", "bruno").code, 0);
    Patient edited = **PatientRepository(*m_a).find(p.meta.id);
    edited.usedName = QStringLiteral("Moreau-Leroy");
    QVERIFY(PatientRepository(*m_a).save(edited).ok);
    QVERIFY(PatientRepository(*m_b).remove(p.meta.id).ok);
    QCOMPARE(sync("a.db", "anne").code, 0);

    const CliRun run = sync("b.db", "bruno");
    QVERIFY2(run.out.contains(QStringLiteral("1 conflict")), qPrintable(run.out));
    QCOMPARE(serverValue(QStringLiteral("SELECT deleted FROM records WHERE id = '%1'")
                             .arg(p.meta.id.toString(QUuid::WithoutBraces))),
             QStringLiteral("0"));
    QVERIFY(serverBody(QStringLiteral("patient"), p.meta.id).contains(QStringLiteral("Moreau-Leroy")));
    bool found = false;
    const auto conflicts = openConflicts(*m_b);
    for (const SyncConflict &c : *conflicts)
        if (c.recordId == p.meta.id) {
            found = true;
            QVERIFY(c.local.deleted);
            QVERIFY(!c.server.deleted);
        }
    QVERIFY(found);
    // The tombstone is still B's copy.
    QCOMPARE(clientValue(*m_b, QStringLiteral("SELECT deleted FROM patient WHERE id = '%1'")
                                   .arg(p.meta.id.toString(QUuid::WithoutBraces))),
             QStringLiteral("1"));
}

void TestSyncClients::editOfASignedFicheIsRejectedAndKept() {
    FicheRepository onA(*m_a), onB(*m_b);
    Fiche b = **onB.find(m_signedLater.meta.id);
    b.patientComments = QStringLiteral("Complément de B");
    QVERIFY(onB.save(b).ok);
    Fiche a = **onA.find(m_signedLater.meta.id);
    const StoreResult signedNow = onA.saveSigned(a, a.coordinatorId);
    QVERIFY2(signedNow.ok, qPrintable(signedNow.error));
    const CliRun signing = sync("a.db", "anne");
    QVERIFY2(signing.out.contains(QStringLiteral("pushed: 1 applied")),
             qPrintable(signing.out + signing.err));
    const QString version = serverVersion(QStringLiteral("fiche"), m_signedLater.meta.id);

    const CliRun run = sync("b.db", "bruno");
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 rejected")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("signed-fiche")), qPrintable(run.out));
    // The server's signed fiche is as A signed it.
    QCOMPARE(serverVersion(QStringLiteral("fiche"), m_signedLater.meta.id), version);
    QVERIFY(
        !serverBody(QStringLiteral("fiche"), m_signedLater.meta.id).contains(QStringLiteral("Complément")));
    // B keeps its edit, beside the signed copy, as a conflict for a person.
    QCOMPARE((*onB.find(m_signedLater.meta.id))->patientComments, QStringLiteral("Complément de B"));
    bool kept = false;
    const auto conflicts = openConflicts(*m_b);
    for (const SyncConflict &c : *conflicts)
        if (c.recordId == m_signedLater.meta.id) {
            kept = true;
            QVERIFY(c.server.body.contains("signedAt"));
            QVERIFY(c.local.body.contains("Complément de B"));
        }
    QVERIFY(kept);
    QVERIFY(*pendingChangeCount(*m_b) >= 1);
}

void TestSyncClients::pushSentAgainMakesOneRevision() {
    Patient p = **PatientRepository(*m_a).find(m_fiche.patientId);
    p.usedName = QStringLiteral("Durand-Vidal");
    QVERIFY(PatientRepository(*m_a).save(p).ok);
    const auto pending = Outbox(*m_a).pending(10);
    QVERIFY(pending.ok());
    QCOMPARE(int(pending->size()), 1);
    const PendingMutation m = pending->front();
    QCOMPARE(m.recordId, p.meta.id);
    // The push as the engine sends it; its answer is lost (the client never reads it).
    TlsClient client(m_server->caFile());
    const HttpAnswer login = client.login(*m_server, QStringLiteral("anne"), kTestPassword);
    const QByteArray token = login.json.value(QStringLiteral("access_token")).toString().toLatin1();
    const sync::Mutation mutation{
        m.mutationId,
        m.operation,
        m.baseVersion,
        {m.entity, m.recordId, 0, m.record.updatedAt, m.record.updatedBy, m.record.deleted, m.record.body}};
    const QByteArray body = QJsonDocument(QJsonObject{{"mutations", QJsonArray{mutation.toJson()}}}).toJson();
    const HttpAnswer first = client.post(m_server->url(QStringLiteral("/api/v1/sync/push")), body, token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json["results"].toArray().at(0).toObject()["status"].toString(),
             QStringLiteral("applied"));
    const QString version = serverVersion(QStringLiteral("patient"), p.meta.id);

    // The client, not knowing, sends it again.
    const CliRun run = sync("a.db", "anne");
    QVERIFY2(run.out.contains(QStringLiteral("pushed: 0 applied, 1 duplicate")), qPrintable(run.out));
    QCOMPARE(serverVersion(QStringLiteral("patient"), p.meta.id), version);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations WHERE mutation_id = '%1'")
                             .arg(m.mutationId.toString(QUuid::WithoutBraces))),
             QStringLiteral("1"));
    // Confirmed on the client with the version of the one revision.
    QCOMPARE(*pendingChangeCount(*m_a), 0);
    QCOMPARE(clientValue(*m_a, QStringLiteral("SELECT version FROM patient WHERE id = '%1'")
                                   .arg(p.meta.id.toString(QUuid::WithoutBraces))),
             version);
}

void TestSyncClients::wrongCaIsRefusedBeforeAnythingIsSent() {
    QTemporaryDir otherDir;
    ServerProcess other(otherDir.path());
    QVERIFY(other.start()); // only to make another CA
    Patient p = **PatientRepository(*m_a).find(m_fiche.patientId);
    p.usedName = QStringLiteral("Durand-Roux");
    QVERIFY(PatientRepository(*m_a).save(p).ok);
    const QString tokens = serverValue(QStringLiteral("SELECT count(*) FROM tokens"));
    const QString mutations = serverValue(QStringLiteral("SELECT count(*) FROM mutations"));
    const CliRun run = runSync(file("a.db"), *m_server, QStringLiteral("anne"), {}, other.caFile());
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
                 run.err.contains(QStringLiteral("SSL"), Qt::CaseInsensitive),
             qPrintable(run.err));
    // No sign-in reached the server (the password was never sent), nor any change.
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM tokens")), tokens);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")), mutations);
    QCOMPARE(*pendingChangeCount(*m_a), 1);
    // A CA file that holds no certificate is refused before any connection.
    QFile empty(file("empty.pem"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const CliRun none = runSync(file("a.db"), *m_server, QStringLiteral("anne"), {}, file("empty.pem"));
    QCOMPARE(none.code, 1);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM tokens")), tokens);
}

void TestSyncClients::anotherCentreSeesNoneOfIt() {
    // Sud has a committee of its own.
    auto sud = makeClient(file("sud.db"), QStringLiteral("Sophie"));
    const Committee own = saveCommittee(*sud, kSud);
    saveCase(*sud, own.rcp, QStringLiteral("Sudiste"));
    const CliRun run = sync("sud.db", "sophie");
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("pushed: 6 applied")), qPrintable(run.out));
    // Its own records and the region's directory, nothing of Nord's cases.
    QCOMPARE(clientValue(*sud, QStringLiteral("SELECT count(*) FROM fiche")), QStringLiteral("1"));
    QCOMPARE(clientValue(*sud, QStringLiteral("SELECT count(*) FROM patient")), QStringLiteral("1"));
    QCOMPARE(clientValue(*sud, QStringLiteral("SELECT count(*) FROM rcp")), QStringLiteral("1"));
    QCOMPARE(clientValue(*sud, QStringLiteral("SELECT count(*) FROM organisation")), QStringLiteral("2"));
    QCOMPARE(clientValue(*sud, QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'Durand'")),
             QStringLiteral("0"));
    // And Nord's desktops get nothing of Sud's cases.
    QCOMPARE(sync("b.db", "bruno").code, 0);
    QCOMPARE(clientValue(*m_b, QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'Sudiste'")),
             QStringLiteral("0"));
}

void TestSyncClients::demoDataNeverLeaves() {
    const QString demo = file("demo.db");
    QCOMPARE(runCli({QStringLiteral("--db"), demo, QStringLiteral("init")}).code, 0);
    const CliRun made = runCli({QStringLiteral("--db"), demo, QStringLiteral("demo"),
                                QStringLiteral("--patients"), QStringLiteral("5")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QString records = serverValue(QStringLiteral("SELECT count(*) FROM records"));
    const QString mutations = serverValue(QStringLiteral("SELECT count(*) FROM mutations"));
    const CliRun run = runSync(demo, *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("pushed: 0 applied, 0 duplicate, 0 conflict, 0 rejected")),
             qPrintable(run.out));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records")), records);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")), mutations);
}

QTEST_GUILESS_MAIN(TestSyncClients)
#include "tst_syncclients.moc"
