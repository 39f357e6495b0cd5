// The sync endpoints over HTTPS with the real server, as another implementer would meet them: every sync
// endpoint refuses a request without a valid token (401); a push whose body is not JSON, or whose mutation
// lacks its id, is a 400 and writes nothing; a record the models' checks refuse is rejected with the reason;
// a user of one 3C asking for another 3C's record, or its feed, gets 403 and none of its values, and an
// edit of it is rejected as forbidden; a pull with nothing new is a 304; a client killed in the middle of a
// pull resumes after the last page it kept, without pulling anything twice nor missing anything.
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "models/store/syncstate.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySyncEndpointNeedsAToken();
    void malformedPushIs400AndWritesNothing();
    void invalidRecordRejectedWithTheReason();
    void anotherCentresRecordsAre403AndNothingLeaks();
    void onlyACoordinatorSigns();
    void pullWithNothingNewIs304();
    void killedPullResumesWithoutDuplicate();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QString serverValue(const QString &sql) const {
        return queryServerDb(m_serverDir.path(), sql).toString();
    }
    QByteArray tokenOf(const char *user) {
        return m_client->login(*m_server, QLatin1String(user), kTestPassword)
            .json.value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    }
    QUrl url(const QString &path) const { return m_server->url(QStringLiteral("/api/v1/") + path); }
    static QString id(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TlsClient> m_client;
    std::unique_ptr<Database> m_nord;
    Committee m_committee;
    Fiche m_fiche;
};

void TestSyncProtocol::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_client = std::make_unique<TlsClient>(m_server->caFile());
    m_nord = makeClient(file("nord.db"), QStringLiteral("Anne"));
    QVERIFY(m_nord);
    m_committee = saveCommittee(*m_nord, kNord);
    // Many cases, so that a pull takes many pages.
    {
        WriteTransaction tx(*m_nord);
        for (int i = 0; i < 120; ++i)
            m_fiche = saveCase(*m_nord, m_committee.rcp,
                               QStringLiteral("Nordiste") + QChar(u'a' + i % 26) + QChar(u'a' + i / 26));
        QVERIFY(tx.commit());
    }
    const CliRun run = runSync(file("nord.db"), *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("pushed: 482 applied")),
             qPrintable(run.out + run.err));
}

void TestSyncProtocol::everySyncEndpointNeedsAToken() {
    const QByteArray push = R"({"mutations": []})";
    for (const QByteArray &token : {QByteArray(), QByteArray("not-a-token")}) {
        QCOMPARE(m_client->post(url(QStringLiteral("sync/push")), push, token).status, 401);
        QCOMPARE(m_client->get(url(QStringLiteral("sync/pull")), token).status, 401);
        QCOMPARE(m_client->get(url(QStringLiteral("sync/pull?cursor=") + sync::cursorText(0)), token).status,
                 401);
        const HttpAnswer record =
            m_client->get(url(QStringLiteral("records/fiche/") + id(m_fiche.meta.id)), token);
        QCOMPARE(record.status, 401);
        QVERIFY(!record.body.contains("Nordiste"));
    }
    // The same with a token: answered.
    const QByteArray token = tokenOf("anne");
    QCOMPARE(m_client->post(url(QStringLiteral("sync/push")), push, token).status, 200);
    QCOMPARE(m_client->get(url(QStringLiteral("records/fiche/") + id(m_fiche.meta.id)), token).status, 200);
}

void TestSyncProtocol::malformedPushIs400AndWritesNothing() {
    const QByteArray token = tokenOf("anne");
    const QString mutations = serverValue(QStringLiteral("SELECT count(*) FROM mutations"));
    const QString records = serverValue(QStringLiteral("SELECT max(seq) FROM records"));
    HttpAnswer answer = m_client->post(url(QStringLiteral("sync/push")), "{\"mutations\": [", token);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QStringLiteral("error")).toString(), QStringLiteral("malformed-json"));
    answer = m_client->post(url(QStringLiteral("sync/push")), "[1, 2]", token);
    QCOMPARE(answer.status, 400);
    // A batch with one good mutation and one without its id: refused whole.
    Patient p;
    p.birthName = QStringLiteral("Valide");
    p.birthGivenNames = {QStringLiteral("Paul")};
    p.sex = Sex::Male;
    p.birthDate = QDate(1960, 1, 1);
    QJsonObject good = sync::Mutation{QUuid::createUuid(),
                                      QStringLiteral("insert"),
                                      0,
                                      {QStringLiteral("patient"), p.meta.id = RecordMeta::newId(), 0,
                                       QDateTime::currentDateTimeUtc(), QStringLiteral("Anne"), false,
                                       QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)}}
                           .toJson();
    QJsonObject bad = good;
    bad.remove(QStringLiteral("mutation_id"));
    answer = m_client->post(url(QStringLiteral("sync/push")),
                            QJsonDocument(QJsonObject{{"mutations", QJsonArray{good, bad}}}).toJson(), token);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.json.value(QStringLiteral("reason")).toString().contains(QStringLiteral("mutation 1")),
             answer.body.constData());
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations")), mutations);
    QCOMPARE(serverValue(QStringLiteral("SELECT max(seq) FROM records")), records);
    // A bad cursor too.
    QCOMPARE(m_client->get(url(QStringLiteral("sync/pull?cursor=xyz")), token).status, 400);
}

void TestSyncProtocol::invalidRecordRejectedWithTheReason() {
    const QByteArray token = tokenOf("anne");
    Patient p;
    p.birthName = QStringLiteral("=cmd()"); // a name must begin with a letter (patientcheck.h)
    p.birthGivenNames = {QStringLiteral("Eve")};
    p.sex = Sex::Female;
    p.birthDate = QDate(1970, 5, 6);
    p.meta.id = RecordMeta::newId();
    const sync::Mutation m{QUuid::createUuid(),
                           QStringLiteral("insert"),
                           0,
                           {QStringLiteral("patient"), p.meta.id, 0, QDateTime::currentDateTimeUtc(),
                            QStringLiteral("Anne"), false,
                            QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)}};
    const HttpAnswer answer =
        m_client->post(url(QStringLiteral("sync/push")),
                       QJsonDocument(QJsonObject{{"mutations", QJsonArray{m.toJson()}}}).toJson(), token);
    QCOMPARE(answer.status, 200);
    const QJsonObject result = answer.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("invalid"));
    QVERIFY(!result.value(QStringLiteral("detail")).toString().isEmpty());
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records WHERE id = '%1'").arg(id(p.meta.id))),
             QStringLiteral("0"));
}

void TestSyncProtocol::anotherCentresRecordsAre403AndNothingLeaks() {
    const QByteArray sud = tokenOf("sophie");
    for (const auto &[entity, uuid] : {std::pair{QStringLiteral("fiche"), m_fiche.meta.id},
                                       std::pair{QStringLiteral("patient"), m_fiche.patientId},
                                       std::pair{QStringLiteral("rcp"), m_committee.rcp.meta.id}}) {
        const HttpAnswer answer =
            m_client->get(url(QStringLiteral("records/%1/%2").arg(entity, id(uuid))), sud);
        QCOMPARE(answer.status, 403);
        QVERIFY(!answer.body.contains("Nordiste") && !answer.body.contains(id(uuid).toLatin1()));
    }
    // A record that does not exist gets the same answer: not even existence shows.
    const HttpAnswer unknown =
        m_client->get(url(QStringLiteral("records/fiche/") + id(QUuid::createUuid())), sud);
    QCOMPARE(unknown.status, 403);
    QCOMPARE(unknown.body,
             m_client->get(url(QStringLiteral("records/fiche/") + id(m_fiche.meta.id)), sud).body);
    // Nord's feed, asked by name.
    QCOMPARE(m_client->get(url(QStringLiteral("sync/pull?organisation=") + kNord), sud).status, 403);
    // The whole feed of a Sud user: the region's directory only, none of Nord's records.
    const HttpAnswer feed = m_client->get(url(QStringLiteral("sync/pull")), sud);
    QCOMPARE(feed.status, 200);
    for (const QJsonValue &r : feed.json.value(QStringLiteral("records")).toArray())
        QCOMPARE(r.toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("organisation"));
    QVERIFY(!feed.body.contains("Nordiste"));
    // An edit of Nord's patient by Sud: rejected as forbidden, the server's copy neither changed nor shown.
    Patient p = **PatientRepository(*m_nord).find(m_fiche.patientId);
    p.usedName = QStringLiteral("Piraté");
    const sync::Mutation m{QUuid::createUuid(),
                           QStringLiteral("update"),
                           1,
                           {QStringLiteral("patient"), p.meta.id, 0, QDateTime::currentDateTimeUtc(),
                            QStringLiteral("Sophie"), false,
                            QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)}};
    const HttpAnswer push =
        m_client->post(url(QStringLiteral("sync/push")),
                       QJsonDocument(QJsonObject{{"mutations", QJsonArray{m.toJson()}}}).toJson(), sud);
    QCOMPARE(push.status, 200);
    const QJsonObject result = push.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("forbidden"));
    QVERIFY(!result.contains(QStringLiteral("server")));
    QVERIFY(!push.body.contains("Nordiste"));
    QVERIFY(!serverValue(QStringLiteral("SELECT body FROM records WHERE id = '%1'").arg(id(p.meta.id)))
                 .contains(QStringLiteral("Piraté")));
}

void TestSyncProtocol::onlyACoordinatorSigns() {
    Fiche f = **FicheRepository(*m_nord).find(m_fiche.meta.id);
    f.markSigned(f.coordinatorId, QDateTime::currentDateTimeUtc(), {});
    const auto signing = [&](const char *user) {
        const sync::Mutation m{QUuid::createUuid(),
                               QStringLiteral("update"),
                               f.meta.version,
                               {QStringLiteral("fiche"), f.meta.id, 0, QDateTime::currentDateTimeUtc(),
                                QLatin1String(user), false,
                                QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)}};
        const HttpAnswer answer = m_client->post(
            url(QStringLiteral("sync/push")),
            QJsonDocument(QJsonObject{{"mutations", QJsonArray{m.toJson()}}}).toJson(), tokenOf(user));
        return answer.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    };
    // A physician records decisions but does not sign.
    const QJsonObject physician = signing("paul");
    QCOMPARE(physician.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(physician.value(QStringLiteral("reason")).toString(), QStringLiteral("forbidden"));
    QVERIFY(!serverValue(QStringLiteral("SELECT body FROM records WHERE id = '%1'").arg(id(f.meta.id)))
                 .contains(QStringLiteral("signedAt")));
    // The coordinator does.
    const QJsonObject coordinator = signing("anne");
    QCOMPARE(coordinator.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    QVERIFY(serverValue(QStringLiteral("SELECT body FROM records WHERE id = '%1'").arg(id(f.meta.id)))
                .contains(QStringLiteral("signedAt")));
}

void TestSyncProtocol::pullWithNothingNewIs304() {
    const QByteArray token = tokenOf("anne");
    // Walk the feed to its end.
    QString cursor;
    int records = 0;
    for (;;) {
        const HttpAnswer page =
            m_client->get(url(QStringLiteral("sync/pull?limit=200&cursor=") + cursor), token);
        if (page.status == 304)
            break;
        QCOMPARE(page.status, 200);
        records += page.json.value(QStringLiteral("records")).toArray().size();
        cursor = page.json.value(QStringLiteral("cursor")).toString();
    }
    QVERIFY(records >= 482);
    const HttpAnswer nothing = m_client->get(url(QStringLiteral("sync/pull?cursor=") + cursor), token);
    QCOMPARE(nothing.status, 304);
    QVERIFY(nothing.body.isEmpty());
    QCOMPARE(nothing.headers.value("etag"), '"' + cursor.toLatin1() + '"');
    // Once something changes, the same cursor gets it.
    Patient p = **PatientRepository(*m_nord).find(m_fiche.patientId);
    p.usedName = QStringLiteral("Nouveau");
    QVERIFY(PatientRepository(*m_nord).save(p).ok);
    QCOMPARE(runSync(file("nord.db"), *m_server, QStringLiteral("anne")).code, 0);
    const HttpAnswer changed = m_client->get(url(QStringLiteral("sync/pull?cursor=") + cursor), token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(QStringLiteral("records")).toArray().size(), 1);
}

void TestSyncProtocol::killedPullResumesWithoutDuplicate() {
    auto fresh = makeClient(file("fresh.db"), QStringLiteral("Bruno"));
    QVERIFY(fresh);
    const int total = serverValue(QStringLiteral("SELECT count(*) FROM records r WHERE EXISTS (SELECT 1 FROM"
                                                 " record_scopes s WHERE s.id = r.id AND s.organisation IN"
                                                 " ('*', '%1'))")
                                      .arg(kNord))
                          .toInt();
    QVERIFY(total > 400);
    auto process = startSync(file("fresh.db"), *m_server, QStringLiteral("bruno"),
                             {QStringLiteral("--batch"), QStringLiteral("10"), QStringLiteral("--progress")});
    QVERIFY(process->waitForStarted());
    // Killed as soon as it says a page is kept.
    QString out;
    while (!out.contains(QStringLiteral("page kept")) && process->state() == QProcess::Running) {
        process->waitForReadyRead(100);
        out += QString::fromUtf8(process->readAllStandardOutput());
    }
    process->kill();
    process->waitForFinished();
    QVERIFY2(out.contains(QStringLiteral("page kept")), qPrintable(out));
    const int keptBefore =
        clientValue(*fresh, QStringLiteral("SELECT (SELECT count(*) FROM patient) +"
                                           " (SELECT count(*) FROM fiche) + (SELECT count(*)"
                                           " FROM inscription)"))
            .toInt();
    QVERIFY(!readSyncState(*fresh)->cursor.isEmpty());

    // The second run starts after the last page kept: it receives less than the whole feed.
    const CliRun second = runSync(file("fresh.db"), *m_server, QStringLiteral("bruno"), {"--batch", "50"});
    QCOMPARE(second.code, 0);
    const QRegularExpression pulled(QStringLiteral("pulled: (\\d+) applied, (\\d+) already here"));
    const auto match = pulled.match(second.out);
    QVERIFY2(match.hasMatch(), qPrintable(second.out));
    QVERIFY2(match.captured(1).toInt() + match.captured(2).toInt() < total, qPrintable(second.out));
    QVERIFY(keptBefore > 0);
    // Everything there once: each record as on the server, one pull audit row for each version.
    for (const char *table : {"organisation", "rcp", "session", "patient", "inscription", "fiche"})
        QCOMPARE(clientValue(*fresh, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 serverValue(QStringLiteral("SELECT count(*) FROM records WHERE entity = '%1'")
                                 .arg(QLatin1String(table))));
    QCOMPARE(clientValue(*fresh,
                         QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE action = 'pull'"
                                        " GROUP BY entity, record_id, changes HAVING count(*) > 1)")),
             QStringLiteral("0"));
    QCOMPARE(clientValue(*fresh, QStringLiteral("SELECT count(*) FROM sync_conflict")), QStringLiteral("0"));
    // And a third run has nothing to do.
    const CliRun third = runSync(file("fresh.db"), *m_server, QStringLiteral("bruno"));
    QVERIFY2(third.out.contains(QStringLiteral("pulled: 0 applied, 0 already here")), qPrintable(third.out));
}

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
