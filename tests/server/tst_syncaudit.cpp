// The server's audit log with the real server (on SQLite, and on PostgreSQL in the `_postgresql` run): every
// change a push applies, every sign-in (success, wrong password, unknown name, lock), a sign-out, every read
// of a case (a record read, refused or not, a pull page) and the admin commands leave a row; an act whose
// audit row cannot be written is not done (the same transaction); the log is append-only through SQL; and
// `verify-audit` says it is whole (exit 0, the count), then, after raw SQL tampering (a row's content
// changed, a row deleted, two rows swapped, the first row deleted), names the first broken row (exit 1).
#include "syncsupport.h"

#include "models/store/outbox.h"
#include "postgressupport.h"
#include "server/db/auditlog.h"
#include "sync/protocol.h"
#include "tests/support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;
using namespace concerto::test;

class TestSyncAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminCommandsAudited();
    void signInsAudited();
    void changesAudited();
    void readsOfCasesAudited();
    void noAuditRowNoAct();
    void appendOnlyThroughSql();
    void wholeChainVerified();
    void changedRowNamed();
    void deletedRowNamed();
    void swappedRowsNamed();
    void deletedFirstRowNamed();

private:
    QString serverValue(const QString &sql) const {
        return queryServerDb(m_serverDir.path(), sql).toString();
    }
    int auditCount(const QString &where) const {
        return serverValue(QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where).toInt();
    }
    void exec(const QString &sql) {
        QString error;
        QVERIFY2(execServerDb(m_serverDir.path(), sql, &error),
                 qPrintable(sql + QStringLiteral(": ") + error));
    }
    QByteArray tokenOf(const char *user) {
        return m_client->login(*m_server, QLatin1String(user), kTestPassword)
            .json.value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    }
    QUrl url(const QString &path) const { return m_server->url(QStringLiteral("/api/v1/") + path); }
    static QString id(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }
    AdminRun verify() const { return runServerCommand(m_serverDir.path(), {QStringLiteral("verify-audit")}); }
    // verify-audit fails and names row `seq` as the first broken one, saying `what`, after `whole` rows
    // found whole (-1: all the rows before it).
    void expectBrokenAt(qint64 seq, const char *what, qint64 whole = -1);
    // The triggers that keep the log append-only, dropped as whoever owns the database can.
    void dropAppendOnlyTriggers();
    // A row's columns as SQL values, to put it back after a test took it away.
    QString rowValues(qint64 seq) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_serverDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<TlsClient> m_client;
    std::unique_ptr<Database> m_nord;
    Fiche m_fiche;
    int m_pushed = 0;
};

void TestSyncAudit::initTestCase() {
    QVERIFY(m_dir.isValid() && m_serverDir.isValid());
    addRegion(m_serverDir.path());
    m_server = std::make_unique<ServerProcess>(m_serverDir.path());
    QVERIFY2(m_server->start(), qPrintable(m_server->output()));
    m_client = std::make_unique<TlsClient>(m_server->caFile());
    m_nord = makeClient(m_dir.filePath(QStringLiteral("nord.db")), QStringLiteral("Anne"));
    QVERIFY(m_nord);
    const Committee committee = saveCommittee(*m_nord, kNord);
    m_fiche = saveCase(*m_nord, committee.rcp, QStringLiteral("Auditee"));
    m_pushed = *pendingChangeCount(*m_nord);
    QCOMPARE(m_pushed, 6); // 3C, committee, patient, session, case, fiche
    const CliRun run = runSync(m_dir.filePath(QStringLiteral("nord.db")), *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("pushed: 6 applied")),
             qPrintable(run.out + run.err));
}

void TestSyncAudit::adminCommandsAudited() {
    // addRegion: two organisations and four users, by the admin command's user.
    QCOMPARE(auditCount(QStringLiteral("action = 'add-org'")), 2);
    QCOMPARE(auditCount(QStringLiteral("action = 'add-user'")), 4);
    QCOMPARE(
        auditCount(QStringLiteral("action = 'add-user' AND record_id = 'paul' AND actor LIKE 'admin (%'")),
        1);
    QVERIFY(serverValue(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'add-user' AND "
                                       "record_id = 'paul'"))
                .contains(QStringLiteral("\"physician\"")));
    QCOMPARE(runAdmin(m_serverDir.path(), {"reset-password", "paul"}).code, 0);
    QCOMPARE(auditCount(QStringLiteral("action = 'reset-password' AND record_id = 'paul'")), 1);
}

void TestSyncAudit::signInsAudited() {
    const int before = auditCount(QStringLiteral("action = 'login' AND actor = 'paul'"));
    const QByteArray token = tokenOf("paul");
    QVERIFY(!token.isEmpty());
    QCOMPARE(auditCount(QStringLiteral("action = 'login' AND actor = 'paul'")), before + 1);
    const QString detail = serverValue(QStringLiteral(
        "SELECT detail FROM audit_log WHERE action = 'login' AND actor = 'paul' ORDER BY seq DESC"));
    QVERIFY2(detail.contains(QStringLiteral("\"address\":\"127.0.0.1\"")) &&
                 detail.contains(QStringLiteral("\"method\":\"password\"")),
             qPrintable(detail));
    QVERIFY(!detail.contains(QString::fromLatin1(token))); // never a token, never a password
    // A wrong password: the account is named; an unknown name: as typed, no account.
    QCOMPARE(m_client->login(*m_server, QStringLiteral("paul"), "not the password").status, 401);
    QCOMPARE(auditCount(QStringLiteral("action = 'login-failed' AND actor = 'paul' AND user_id IS NOT NULL")),
             1);
    QCOMPARE(m_client->login(*m_server, QStringLiteral("nobody"), kTestPassword).status, 401);
    QCOMPARE(auditCount(QStringLiteral("action = 'login-failed' AND actor = 'nobody' AND user_id IS NULL")),
             1);
    QCOMPARE(auditCount(QStringLiteral("detail LIKE '%not the password%'")), 0);
    // The fifth failure in a row locks (login-locked), and a try while locked is audited too.
    for (int i = 0; i < 4; ++i)
        m_client->login(*m_server, QStringLiteral("paul"), "not the password");
    QCOMPARE(auditCount(QStringLiteral("action = 'login-locked' AND actor = 'paul'")), 1);
    QCOMPARE(m_client->login(*m_server, QStringLiteral("paul"), kTestPassword).status, 423);
    QCOMPARE(auditCount(QStringLiteral("action = 'login-locked' AND actor = 'paul'")), 2);
    QCOMPARE(runAdmin(m_serverDir.path(), {"reset-password", "paul"}).code, 0);
    // Logout.
    QCOMPARE(m_client->post(url(QStringLiteral("auth/logout")), "{}", token).status, 200);
    QCOMPARE(auditCount(QStringLiteral("action = 'logout' AND actor = 'paul'")), 1);
}

void TestSyncAudit::changesAudited() {
    // One row per record the push applied, as anne, with the mutation and the fields written.
    QCOMPARE(auditCount(QStringLiteral("action = 'create' AND actor = 'anne'")), m_pushed);
    QCOMPARE(auditCount(QStringLiteral("action = 'create' AND entity = 'fiche' AND record_id = '%1' AND "
                                       "version = 1")
                            .arg(id(m_fiche.meta.id))),
             1);
    const QJsonObject detail =
        QJsonDocument::fromJson(serverValue(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                           "'create' AND entity = 'fiche'"))
                                    .toUtf8())
            .object();
    QVERIFY(detail.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("versionNumber")));
    QCOMPARE(detail.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(!detail.value(QStringLiteral("mutation")).toString().isEmpty());
    QVERIFY(!detail.value(QStringLiteral("device")).toString().isEmpty());
    // An edit: the fields changed, before and after.
    PatientRepository patients(*m_nord);
    Patient patient = *patients.find(m_fiche.patientId).value;
    patient.birthName = QStringLiteral("Auditee-Renamed");
    QVERIFY(patients.save(patient).ok);
    const CliRun run = runSync(m_dir.filePath(QStringLiteral("nord.db")), *m_server, QStringLiteral("anne"));
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("pushed: 1 applied")),
             qPrintable(run.out + run.err));
    const QString changes = serverValue(
        QStringLiteral("SELECT detail FROM audit_log WHERE action = 'update' AND entity = 'patient' AND "
                       "record_id = '%1' AND version = 2")
            .arg(id(m_fiche.patientId)));
    QVERIFY2(changes.contains(QStringLiteral("\"Auditee\",\"Auditee-Renamed\"")), qPrintable(changes));
    // A write the user may not make: refused, and audited as such (sophie is of the other 3C).
    sync::Mutation edit;
    edit.mutationId = QUuid::createUuid();
    edit.operation = QStringLiteral("update");
    edit.baseVersion = 2;
    edit.record.entity = QStringLiteral("patient");
    edit.record.id = m_fiche.patientId;
    edit.record.body = QJsonDocument(patient.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray push =
        QJsonDocument(QJsonObject{{QStringLiteral("mutations"), QJsonArray{edit.toJson()}}}).toJson();
    const HttpAnswer answer = m_client->post(url(QStringLiteral("sync/push")), push, tokenOf("sophie"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("forbidden"));
    QCOMPARE(auditCount(QStringLiteral("action = 'write-refused' AND actor = 'sophie' AND record_id = '%1'")
                            .arg(id(m_fiche.patientId))),
             1);
}

void TestSyncAudit::readsOfCasesAudited() {
    const QString fiche = id(m_fiche.meta.id);
    QCOMPARE(m_client->get(url(QStringLiteral("records/fiche/") + fiche), tokenOf("bruno")).status, 200);
    QCOMPARE(auditCount(QStringLiteral("action = 'read' AND actor = 'bruno' AND entity = 'fiche' AND "
                                       "record_id = '%1' AND version = 1")
                            .arg(fiche)),
             1);
    QCOMPARE(m_client->get(url(QStringLiteral("records/fiche/") + fiche), tokenOf("sophie")).status, 403);
    QCOMPARE(
        auditCount(
            QStringLiteral("action = 'read-refused' AND actor = 'sophie' AND record_id = '%1'").arg(fiche)),
        1);
    // A pull page that gives out cases: one row, with the ids of the patients, cases and fiches it carried.
    const HttpAnswer page = m_client->get(url(QStringLiteral("sync/pull?cursor=")), tokenOf("bruno"));
    QCOMPARE(page.status, 200);
    const QJsonObject pulled =
        QJsonDocument::fromJson(serverValue(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                           "'pull' AND actor = 'bruno'"))
                                    .toUtf8())
            .object();
    const QJsonObject read = pulled.value(QStringLiteral("read")).toObject();
    QVERIFY2(read.value(QStringLiteral("fiche")).toArray().contains(fiche),
             qPrintable(serverValue(
                 QStringLiteral("SELECT detail FROM audit_log WHERE action = 'pull' AND actor = 'bruno'"))));
    QVERIFY(read.value(QStringLiteral("patient")).toArray().contains(id(m_fiche.patientId)));
    QCOMPARE(read.value(QStringLiteral("inscription")).toArray().size(), 1);
    // Nothing new: a 304, and nothing was read.
    const int pulls = auditCount(QStringLiteral("action = 'pull'"));
    const QString cursor = page.json.value(QStringLiteral("cursor")).toString();
    QCOMPARE(m_client->get(url(QStringLiteral("sync/pull?cursor=") + cursor), tokenOf("bruno")).status, 304);
    QCOMPARE(auditCount(QStringLiteral("action = 'pull'")), pulls);
}

void TestSyncAudit::noAuditRowNoAct() {
    const QByteArray token = tokenOf("anne");
    // The audit refuses every row for a moment: then nothing is done, nothing is given out.
    const bool postgres = testsOnPostgres();
    if (postgres) {
        exec(QStringLiteral("CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            "RAISE EXCEPTION 'no audit'; END $$"));
        exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                            "FUNCTION refuse_audit()"));
    } else {
        exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT "
                            "RAISE(ABORT, 'no audit'); END"));
    }
    const auto dropRefusal = [&] {
        if (postgres) {
            exec(QStringLiteral("DROP TRIGGER refuse_audit ON audit_log"));
            exec(QStringLiteral("DROP FUNCTION refuse_audit()"));
        } else {
            exec(QStringLiteral("DROP TRIGGER refuse_audit"));
        }
    };
    auto refusing = qScopeGuard(dropRefusal); // even when a check below fails
    const QString records = serverValue(QStringLiteral("SELECT count(*) FROM records"));
    const QString rows = serverValue(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString tokens = serverValue(QStringLiteral("SELECT count(*) FROM tokens"));
    // A sign-in: no session opened.
    QCOMPARE(m_client->login(*m_server, QStringLiteral("anne"), kTestPassword).status, 503);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM tokens")), tokens);
    // A read of a case: not given.
    const HttpAnswer read = m_client->get(url(QStringLiteral("records/fiche/") + id(m_fiche.meta.id)), token);
    QCOMPARE(read.status, 503);
    QVERIFY(!read.body.contains(id(m_fiche.patientId).toLatin1()));
    // A pull: not given.
    QCOMPARE(m_client->get(url(QStringLiteral("sync/pull?cursor=")), token).status, 503);
    // A push: nothing applied.
    Patient patient = samplePatient();
    patient.meta.id = QUuid::createUuid();
    patient.birthName = QStringLiteral("Unaudited");
    patient.ins.clear();
    patient.identityStatus = IdentityStatus::Provisional;
    sync::Mutation create;
    create.mutationId = QUuid::createUuid();
    create.operation = QStringLiteral("insert");
    create.record.entity = QStringLiteral("patient");
    create.record.id = patient.meta.id;
    create.record.body = QJsonDocument(patient.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray push =
        QJsonDocument(QJsonObject{{QStringLiteral("mutations"), QJsonArray{create.toJson()}}}).toJson();
    QCOMPARE(m_client->post(url(QStringLiteral("sync/push")), push, token).status, 503);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM records")), records);
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM mutations WHERE mutation_id = '%1'")
                             .arg(id(create.mutationId))),
             QStringLiteral("0"));
    QCOMPARE(serverValue(QStringLiteral("SELECT count(*) FROM audit_log")), rows);
    refusing.dismiss();
    dropRefusal();
    // Once the audit takes rows again, the same push is applied (it never was), with its row.
    const HttpAnswer again = m_client->post(url(QStringLiteral("sync/push")), push, token);
    QCOMPARE(again.status, 200);
    QVERIFY2(again.body.contains("\"applied\""), again.body.constData());
    QCOMPARE(auditCount(QStringLiteral("action = 'create' AND record_id = '%1'").arg(id(patient.meta.id))),
             1);
}

void TestSyncAudit::appendOnlyThroughSql() {
    QString error;
    QVERIFY(!execServerDb(m_serverDir.path(),
                          QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 1"), &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
    QVERIFY(!execServerDb(m_serverDir.path(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2"), &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
}

void TestSyncAudit::wholeChainVerified() {
    // The server stops: what follows changes the log under it.
    QCOMPARE(m_server->stop(), 0);
    const AdminRun run = verify();
    QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
    const int rows = serverValue(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QVERIFY(rows > 30);
    QVERIFY2(run.out.contains(QStringLiteral("is whole: %1 rows").arg(rows)), qPrintable(run.out));
    QVERIFY(
        run.out.contains(serverValue(QStringLiteral("SELECT hash FROM audit_log WHERE seq = %1").arg(rows))));
    // Each row's hash is SHA-256 of the previous hash and its content: the first follows 64 zeros.
    QCOMPARE(serverValue(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 1")), QString(64, u'0'));
    QCOMPARE(serverValue(QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 8")),
             serverValue(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 7")));
    dropAppendOnlyTriggers();
}

void TestSyncAudit::expectBrokenAt(qint64 seq, const char *what, qint64 whole) {
    const AdminRun run = verify();
    QVERIFY2(run.code == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("broken at row %1 (").arg(seq)), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String(what)), qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("The %1 rows before it are whole").arg(whole < 0 ? seq - 1 : whole)),
        qPrintable(run.err));
}

void TestSyncAudit::dropAppendOnlyTriggers() {
    if (testsOnPostgres()) {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"));
        exec(QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log"));
    } else {
        exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
    }
}

QString TestSyncAudit::rowValues(qint64 seq) const {
    QStringList values;
    for (const char *column : {"seq", "at", "user_id", "actor", "action", "entity", "record_id", "version",
                               "detail", "prev_hash", "hash"}) {
        const QVariant value = queryServerDb(
            m_serverDir.path(),
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(QLatin1String(column)).arg(seq));
        values << (value.isNull() ? QStringLiteral("NULL")
                                  : QLatin1Char('\'') +
                                        value.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                                        QLatin1Char('\''));
    }
    return values.join(QLatin1Char(','));
}

void TestSyncAudit::changedRowNamed() {
    // Sophie's refused read made to look like nothing: her row's action rewritten.
    const qint64 seq =
        serverValue(QStringLiteral("SELECT seq FROM audit_log WHERE action = 'read-refused'")).toLongLong();
    QVERIFY(seq > 1);
    exec(QStringLiteral("UPDATE audit_log SET action = 'read' WHERE seq = %1").arg(seq));
    expectBrokenAt(seq, "its content does not match its hash");
    exec(QStringLiteral("UPDATE audit_log SET action = 'read-refused' WHERE seq = %1").arg(seq));
    QCOMPARE(verify().code, 0);
    // The same change with the row's hash made again, as a forger would: the next row no longer follows it.
    server::AuditRow row;
    row.seq = seq;
    const auto column = [&](const char *name) {
        return queryServerDb(
            m_serverDir.path(),
            QStringLiteral("SELECT %1 FROM audit_log WHERE seq = %2").arg(QLatin1String(name)).arg(seq));
    };
    row.at = column("at").toString();
    if (!column("user_id").isNull())
        row.userId = column("user_id").toLongLong();
    row.actor = column("actor").toString();
    row.action = QStringLiteral("read");
    row.entity = column("entity").toString();
    row.recordId = column("record_id").toString();
    row.version = column("version").toLongLong();
    row.detail = column("detail").toString().toUtf8();
    const QString hash = column("hash").toString();
    exec(QStringLiteral("UPDATE audit_log SET action = 'read', hash = '%1' WHERE seq = %2")
             .arg(QString::fromLatin1(server::auditHash(column("prev_hash").toString().toLatin1(), row)))
             .arg(seq));
    expectBrokenAt(seq + 1, "it does not follow row");
    exec(QStringLiteral("UPDATE audit_log SET action = 'read-refused', hash = '%1' WHERE seq = %2")
             .arg(hash)
             .arg(seq));
    QCOMPARE(verify().code, 0);
}

void TestSyncAudit::deletedRowNamed() {
    // A failed sign-in taken out.
    const qint64 seq =
        serverValue(QStringLiteral("SELECT min(seq) FROM audit_log WHERE action = 'login-failed'"))
            .toLongLong();
    QVERIFY(seq > 1);
    const QString saved = rowValues(seq);
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seq));
    expectBrokenAt(seq + 1, qPrintable(QStringLiteral("row %1 is missing").arg(seq)), seq - 1);
    // Taken out and the later rows renumbered to hide the gap: the chain still breaks there.
    const qint64 last = serverValue(QStringLiteral("SELECT max(seq) FROM audit_log")).toLongLong();
    for (qint64 s = seq + 1; s <= last; ++s)
        exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(s - 1).arg(s));
    expectBrokenAt(seq, "it does not follow row");
    for (qint64 s = last; s > seq; --s)
        exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(s).arg(s - 1));
    exec(QStringLiteral("INSERT INTO audit_log VALUES (%1)").arg(saved));
    QCOMPARE(verify().code, 0);
}

void TestSyncAudit::swappedRowsNamed() {
    // Two rows put in each other's place (a read moved before the row that came before it), through a free
    // number above the others.
    const qint64 seq =
        serverValue(QStringLiteral("SELECT min(seq) FROM audit_log WHERE action = 'read'")).toLongLong();
    QVERIFY(seq > 1);
    const auto swap = [&] {
        exec(QStringLiteral("UPDATE audit_log SET seq = 1000000 WHERE seq = %1").arg(seq));
        exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = %2").arg(seq).arg(seq - 1));
        exec(QStringLiteral("UPDATE audit_log SET seq = %1 WHERE seq = 1000000").arg(seq - 1));
    };
    swap();
    expectBrokenAt(seq - 1, "it does not follow row");
    swap();
    QCOMPARE(verify().code, 0);
}

void TestSyncAudit::deletedFirstRowNamed() {
    exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1"));
    const AdminRun run = verify();
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("broken at row 2 (")) &&
                 run.err.contains(QStringLiteral("row 1 is missing (the log starts at row 2)")),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSyncAudit)
#include "tst_syncaudit.moc"
