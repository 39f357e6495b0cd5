// The client files, the CLI runs and the region of the sync tests.
#include "syncsupport.h"

#include "tests/support/fixtures.h"

#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTest>

namespace concerto::test {

namespace {

QStringList syncArguments(const QString &dbFile, const ServerProcess &server, const QString &user,
                          const QString &caFile) {
    return {QStringLiteral("--db"),
            dbFile,
            QStringLiteral("sync"),
            QStringLiteral("--server"),
            server.url({}).toString(),
            QStringLiteral("--ca"),
            caFile.isEmpty() ? server.caFile() : caFile,
            QStringLiteral("--user"),
            user};
}

std::unique_ptr<QProcess> launch(const QStringList &arguments, const QByteArray &password = kTestPassword) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONCERTO_PASSWORD"), QString::fromUtf8(password));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(CONCERTO_CLI), arguments);
    return process;
}

CliRun finish(std::unique_ptr<QProcess> process) {
    CliRun run;
    if (!process->waitForFinished(120000)) {
        process->kill();
        process->waitForFinished();
        return run;
    }
    run.code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    run.out = QString::fromUtf8(process->readAllStandardOutput());
    run.err = QString::fromUtf8(process->readAllStandardError());
    return run;
}

} // namespace

CliRun runSync(const QString &dbFile, const ServerProcess &server, const QString &user,
               const QStringList &extra, const QString &caFile, const QByteArray &password) {
    return finish(launch(syncArguments(dbFile, server, user, caFile) + extra, password));
}

CliRun runCli(const QStringList &arguments) {
    return finish(launch(arguments));
}

std::unique_ptr<QProcess> startSync(const QString &dbFile, const ServerProcess &server, const QString &user,
                                    const QStringList &extra) {
    return launch(syncArguments(dbFile, server, user, {}) + extra);
}

std::unique_ptr<Database> makeClient(const QString &path, const QString &actor) {
    QString error;
    auto db = Database::create(path, &error);
    if (db)
        db->setActor(actor);
    else
        qWarning() << error;
    return db;
}

void addRegion(const QString &dataDir) {
    QCOMPARE(runAdmin(dataDir, {"add-org", kNord, "3C Nord"}).code, 0);
    QCOMPARE(runAdmin(dataDir, {"add-org", kSud, "3C Sud"}).code, 0);
    for (const char *user : {"anne", "bruno"})
        QCOMPARE(runAdmin(dataDir,
                          {"add-user", user, "--role", "secretary", "--role", "coordinator", "--org", kNord})
                     .code,
                 0);
    QCOMPARE(runAdmin(dataDir, {"add-user", "paul", "--role", "physician", "--org", kNord}).code, 0);
    QCOMPARE(runAdmin(dataDir,
                      {"add-user", "sophie", "--role", "secretary", "--role", "coordinator", "--org", kSud})
                 .code,
             0);
}

Committee saveCommittee(Database &db, const QString &nationalId) {
    Committee c;
    c.centre.kind = OrganisationKind::CoordinationCentre;
    c.centre.name = QStringLiteral("3C ") + nationalId;
    c.centre.nationalId = nationalId;
    c.rcp = sampleRcp();
    c.rcp.organisationId = c.centre.meta.id = RecordMeta::newId();
    c.rcp.nationalId = nationalId + QStringLiteral("01");
    [&] {
        QVERIFY(OrganisationRepository(db).save(c.centre).ok);
        const StoreResult saved = RcpRepository(db).save(c.rcp);
        QVERIFY2(saved.ok, qPrintable(saved.error));
    }();
    return c;
}

Fiche saveCase(Database &db, const Rcp &rcp, const QString &birthName) {
    Patient p = samplePatient();
    p.birthName = birthName;
    p.ins.clear();
    p.identityStatus = IdentityStatus::Provisional;
    Session s = sampleSession(rcp.meta.id);
    static int sessions = 0; // one session a day per committee: each case on a day of its own
    s.startsAt = s.startsAt.addDays(sessions++);
    Fiche f;
    [&] {
        QVERIFY(PatientRepository(db).save(p).ok);
        QVERIFY(SessionRepository(db).save(s).ok);
        Inscription i = sampleInscription(s.meta.id, p.meta.id);
        QVERIFY(InscriptionRepository(db).save(i).ok);
        f = sampleFiche(i);
        f.rcpId = rcp.meta.id;
        QVERIFY(FicheRepository(db).save(f).ok);
    }();
    return f;
}

QString clientValue(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return QStringLiteral("error");
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace concerto::test
