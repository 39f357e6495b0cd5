// bench_sync [PATIENTS]: a first sync over loopback HTTPS with the real concerto-server (started on a
// temporary folder with its own CA). PATIENTS patients (default 2,000), each with a case and its fiche, a
// committee and its sessions, are written on a desktop file through the store's normal path (the
// repositories, journal and audit included); then that desktop's first sync (a push of everything), a
// second, empty desktop's first sync (a pull of everything), each in records per second, beside the time
// curl takes to download the same feed, and the time of a sync with nothing to do (already signed in, and
// with the sign-in).
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdlib>

using namespace concerto;

namespace {

const QByteArray kPassword = "correct horse battery staple";

bool admin(const QString &dir, const QStringList &arguments) {
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CONCERTO_PASSWORD"), QString::fromLatin1(kPassword));
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(CONCERTO_SERVER), QStringList{"--data", dir, "admin"} + arguments);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

// A write that fails ends the benchmark: its figures would mean nothing.
void need(const StoreResult &r) {
    if (!r) {
        QTextStream(stderr) << "write failed: " << r.error << '\n';
        std::exit(1);
    }
}

// The records of the region: a 3C, a committee, a session a day of eight cases.
int writeRecords(Database &db, int patients) {
    int records = 0;
    Organisation centre;
    centre.kind = OrganisationKind::CoordinationCentre;
    centre.name = QStringLiteral("3C Bench");
    centre.nationalId = QStringLiteral("520199");
    Rcp rcp;
    rcp.name = QStringLiteral("RCP digestive");
    rcp.nationalId = QStringLiteral("52019901");
    rcp.appareil = QStringLiteral("DIG");
    rcp.quorum.requiredGroups = {{QStringLiteral("Chirurgien"), {QStringLiteral("SM14")}},
                                 {QStringLiteral("Oncologue"), {QStringLiteral("SM36")}},
                                 {QStringLiteral("Radiothérapeute"), {QStringLiteral("SM45")}}};
    rcp.organisationId = centre.meta.id = RecordMeta::newId();
    WriteTransaction first(db);
    need(OrganisationRepository(db).save(centre));
    need(RcpRepository(db).save(rcp));
    first.commit();
    records += 2;
    PatientRepository patientsOf(db);
    SessionRepository sessions(db);
    InscriptionRepository cases(db);
    FicheRepository fiches(db);
    Session session;
    std::unique_ptr<WriteTransaction> tx; // one transaction per 500 patients, as a bulk of saves would be
    for (int i = 0; i < patients; ++i) {
        if (i % 500 == 0) {
            if (tx)
                tx->commit();
            tx = std::make_unique<WriteTransaction>(db);
        }
        if (i % 8 == 0) {
            session = Session();
            session.rcpId = rcp.meta.id;
            session.startsAt = QDateTime(QDate(2026, 1, 5).addDays(i / 8), QTime(16, 0), Qt::UTC);
            need(sessions.save(session));
            ++records;
        }
        Patient p;
        p.birthName = QStringLiteral("Patient");
        p.birthGivenNames = {QStringLiteral("Numero")};
        p.ipp = QStringLiteral("IPP%1").arg(i);
        p.sex = i % 2 ? Sex::Male : Sex::Female;
        p.birthDate = QDate(1940, 1, 1).addDays(i % 20000);
        need(patientsOf.save(p));
        Inscription c;
        c.sessionId = session.meta.id;
        c.patientId = p.meta.id;
        c.motif.treatmentProposal = true;
        c.question = QStringLiteral("Traitement adjuvant ?");
        need(cases.save(c));
        Fiche f;
        f.inscriptionId = c.meta.id;
        f.patientId = p.meta.id;
        f.sessionId = session.meta.id;
        f.rcpId = rcp.meta.id;
        f.meetingDate = session.startsAt.date();
        f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("Surveillance"), {}, {}}};
        need(fiches.save(f));
        records += 3;
    }
    if (tx)
        tx->commit();
    return records;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int patients = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const QString serverDir = dir.filePath(QStringLiteral("server"));
    QDir().mkpath(serverDir);
    if (!admin(serverDir, {"add-org", "520199", "3C Bench"}) ||
        !admin(serverDir,
               {"add-user", "bench", "--role", "secretary", "--role", "coordinator", "--org", "520199"})) {
        out << "cannot prepare the server\n";
        return 1;
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(CONCERTO_SERVER), {"--data", serverDir, "--listen", "127.0.0.1:0"});
    QString said;
    static const QRegularExpression listening(QStringLiteral("Listening on (https://127\\.0\\.0\\.1:\\d+)"));
    while (!listening.match(said).hasMatch() && server.waitForReadyRead(30000))
        said += QString::fromUtf8(server.readAll());
    const QUrl url(listening.match(said).captured(1));
    if (!url.isValid()) {
        out << "the server did not start: " << said << '\n';
        return 1;
    }
    const sync::ServerSettings settings{url, serverDir + QStringLiteral("/tls/ca.pem"),
                                        QStringLiteral("bench"), kPassword};

    QString error;
    auto a = Database::create(dir.filePath(QStringLiteral("a.db")), &error);
    a->setActor(QStringLiteral("Bench"));
    QElapsedTimer timer;
    timer.start();
    const int records = writeRecords(*a, patients);
    out << QStringLiteral("%1 patients: %2 records written through the repositories in %3 s\n")
               .arg(patients)
               .arg(records)
               .arg(timer.elapsed() / 1000.0, 0, 'f', 1);

    const auto measure = [&](Database &db, const char *what, bool signIn,
                             sync::ServerConnection &connection) {
        QElapsedTimer t;
        t.start();
        const sync::SyncReport r = sync::SyncEngine(db, connection).run(signIn);
        const double s = t.nsecsElapsed() / 1e9;
        if (!r.ok)
            out << what << ": FAILED " << r.error << '\n';
        if (r.rejected + r.pushConflicts + r.pullConflicts + r.held > 0)
            out << what << ": " << r.rejected << " rejected, " << r.pushConflicts + r.pullConflicts
                << " conflicts, " << r.held << " held; " << r.refusals.value(0) << '\n';
        return std::pair{r, s};
    };
    sync::ServerConnection onA(settings);
    const auto [pushed, pushSeconds] = measure(*a, "push", true, onA);
    out << QStringLiteral("first sync, push: %1 records in %2 s: %3 records/s (%4 requests)\n")
               .arg(pushed.applied)
               .arg(pushSeconds, 0, 'f', 2)
               .arg(pushed.applied / pushSeconds, 0, 'f', 0)
               .arg(onA.requestsSent());

    auto b = Database::create(dir.filePath(QStringLiteral("b.db")), &error);
    sync::ServerConnection onB(settings);
    const auto [pulled, pullSeconds] = measure(*b, "pull", true, onB);
    out << QStringLiteral("first sync, pull: %1 records in %2 s: %3 records/s (%4 pages)\n")
               .arg(pulled.pulled)
               .arg(pullSeconds, 0, 'f', 2)
               .arg(pulled.pulled / pullSeconds, 0, 'f', 0)
               .arg(pulled.pages);

    // curl downloading the same feed, page by page, with a token of its own.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (!curl.isEmpty()) {
        QProcess login;
        login.start(
            curl,
            {"-s", "--cacert", settings.caFile, "-H", "Content-Type: application/json", "-d",
             QStringLiteral("{\"user\":\"bench\",\"password\":\"%1\"}").arg(QString::fromLatin1(kPassword)),
             url.toString() + QStringLiteral("/api/v1/auth/login")});
        login.waitForFinished();
        const QString token =
            QJsonDocument::fromJson(login.readAllStandardOutput()).object().value("access_token").toString();
        QElapsedTimer t;
        t.start();
        QString cursor;
        qint64 bytes = 0;
        for (;;) {
            QProcess get;
            get.start(curl,
                      {"-s", "--cacert", settings.caFile, "-H", "Authorization: Bearer " + token,
                       url.toString() + QStringLiteral("/api/v1/sync/pull?limit=1000&cursor=") + cursor});
            get.waitForFinished();
            const QByteArray body = get.readAllStandardOutput();
            if (body.isEmpty())
                break;
            bytes += body.size();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            cursor = page.value("cursor").toString();
            if (!page.value("more").toBool())
                break;
        }
        out << QStringLiteral("curl, the same feed: %1 MB in %2 s\n")
                   .arg(bytes / 1e6, 0, 'f', 1)
                   .arg(t.nsecsElapsed() / 1e9, 0, 'f', 2);
    }

    // Nothing to do: signed in already (a timer's sync), and with a sign-in (a start's).
    std::vector<double> idle;
    for (int i = 0; i < 5; ++i)
        idle.push_back(measure(*b, "idle", false, onB).second * 1000);
    std::sort(idle.begin(), idle.end());
    sync::ServerConnection fresh(settings);
    const double withSignIn = measure(*b, "idle", true, fresh).second * 1000;
    out << QStringLiteral("sync with nothing to do: %1 ms (median of 5), %2 ms with the sign-in (PBKDF2)\n")
               .arg(idle[2], 0, 'f', 1)
               .arg(withSignIn, 0, 'f', 1);
    server.terminate();
    server.waitForFinished();
    return 0;
}
