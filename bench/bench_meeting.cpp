// bench_meeting DATABASE: what the meeting costs on a demo database. Takes the upcoming session nearest to
// forty cases and prints, as median_ms= over ten runs: a check-in (one write unit: the session read and
// saved, journal and audit), the quorum of one case through the service (case, session and committee read,
// the rule applied), the rule alone on that session's attendance, a departure followed by the quorum read
// again (what the screen does after a change); then the meeting's path: the session's agenda opened (what
// the Meeting screen reads: its cases in order with what each lacks), a case's summary read (the case with
// its patient, committee and professionals, and the words of its codes), a case taken up (its fiche made)
// and its decision saved and closed (the quorum recorded, the case discussed). It changes that session:
// run it on a scratch copy, e.g.
//   concerto-cli --db /tmp/meeting.db init && concerto-cli --db /tmp/meeting.db demo
#include "models/itemmodels/agendamodel.h"
#include "models/store/repositories.h"
#include "services/decisionservice.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <cstdlib>

using namespace concerto;

namespace {

template <typename F>
double medianMs(F run, int times = 10) {
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer t;
        t.start();
        run(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench_meeting DATABASE (a scratch demo database)\n";
        return 2;
    }
    QString error;
    const std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const QDateTime now = db->now();
    const StoreRead<std::vector<Session>> upcoming = SessionRepository(*db).between(now, now.addDays(120));
    if (!upcoming.ok()) {
        QTextStream(stderr) << upcoming.error << '\n';
        return 1;
    }
    InscriptionRepository cases(*db);
    Session biggest;
    int biggestCount = 0;
    // The planned session nearest to forty cases (a long meeting), so that figures compare across demos.
    for (const Session &s : *upcoming) {
        const int n = *cases.countForSession(s.meta.id);
        if (s.status == SessionStatus::Planned && n > 0 &&
            (biggestCount == 0 || std::abs(n - 40) < std::abs(biggestCount - 40))) {
            biggest = s;
            biggestCount = n;
        }
    }
    if (biggestCount == 0) {
        QTextStream(stderr) << "no upcoming session with cases\n";
        return 1;
    }
    const std::vector<Inscription> agenda = *cases.forSession(biggest.meta.id);
    const Rcp rcp = *RcpRepository(*db).find(biggest.rcpId).value;
    MeetingService meeting(*db, machineAdministrator());
    out << "session with " << biggestCount << " cases, " << rcp.permanentMembers.size()
        << " permanent members\n";

    std::vector<Attendance> members;
    for (const QUuid &id : rcp.permanentMembers) {
        Attendance a;
        a.professionalId = id;
        members.push_back(a);
    }
    bool failed = false;
    // Every member in first; then each run times the return of one who left (a write every time).
    for (const Attendance &who : members)
        failed |= !meeting.checkIn(biggest.meta.id, who).ok;
    std::vector<double> checkIns;
    for (int i = 0; i < 10; ++i) {
        const Attendance &who = members[std::size_t(i) % members.size()];
        failed |= !meeting.leave(biggest.meta.id, who).ok;
        QElapsedTimer t;
        t.start();
        failed |= !meeting.checkIn(biggest.meta.id, who).ok;
        checkIns.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(checkIns.begin(), checkIns.end());
    const double checkIn = checkIns[checkIns.size() / 2];
    const QUuid one = agenda.front().meta.id;
    const double quorum = medianMs([&](int) { failed |= !meeting.caseQuorum(one, now).ok(); });
    const Session held = *meeting.session(biggest.meta.id);
    const double rule = medianMs(
        [&](int) { (void)validation::evaluateCaseQuorum(rcp.quorum, held, agenda.front(), now); }, 1000);
    const double change = medianMs([&](int i) {
        const Attendance &who = members[std::size_t(i) % members.size()];
        failed |= !meeting.leave(biggest.meta.id, who).ok;
        failed |= !meeting.caseQuorum(one, db->now()).ok();
        failed |= !meeting.checkIn(biggest.meta.id, who).ok;
    });

    // The meeting's path, on the same session once started.
    failed |= !meeting.open(biggest.meta.id).ok;
    const double openAgenda = medianMs([&](int) {
        AgendaModel model(*db);
        model.setSession(biggest.meta.id);
        failed |= model.rowCount() != biggestCount;
    });
    FicheService fiches(*db);
    const double summary = medianMs([&](int i) {
        const Inscription &c = agenda[std::size_t(i) % agenda.size()];
        Fiche shown;
        shown.inscriptionId = c.meta.id;
        shown.patientId = c.patientId;
        shown.sessionId = c.sessionId;
        shown.rcpId = rcp.meta.id;
        const StoreRead<reports::FicheContext> context = fiches.printable(shown);
        failed |= !context.ok();
        if (context.ok())
            (void)fiches.codeLabels(*context);
    });
    DecisionService decisions(*db, machineAdministrator());
    std::vector<double> takeUps;
    std::vector<double> decides;
    for (std::size_t i = 0; i < std::min<std::size_t>(10, agenda.size()); ++i) {
        QElapsedTimer t;
        t.start();
        StoreRead<Fiche> f = decisions.takeUp(agenda[i].meta.id);
        takeUps.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!f.ok()) {
            QTextStream(stderr) << "take up: " << f.error << '\n';
            failed = true;
            break;
        }
        f->proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX 6 mois"), {}, {}, {}}};
        if (f->caseStatus == QLatin1String(kCaseRegistered) && !rcp.guidelines.empty())
            f->framework.guideline = rcp.guidelines.front(); // registered: under a guideline
        failed |= !fiches.saveDecision(*f).ok;
        t.restart();
        const StoreResult done = decisions.decide(f->meta.id);
        decides.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!done.ok) {
            QTextStream(stderr) << "decide: " << done.error << '\n';
            failed = true;
            break;
        }
    }
    if (failed || takeUps.empty()) {
        QTextStream(stderr) << "a write or a read failed\n";
        return 1;
    }
    std::sort(takeUps.begin(), takeUps.end());
    std::sort(decides.begin(), decides.end());
    out << "check-in median_ms=" << checkIn << '\n'
        << "case quorum (service) median_ms=" << quorum << '\n'
        << "case quorum (rule alone) median_ms=" << rule << '\n'
        << "departure, quorum, return median_ms=" << change << '\n'
        << "agenda of the session opened median_ms=" << openAgenda << '\n'
        << "case summary read median_ms=" << summary << '\n'
        << "case taken up (fiche made) median_ms=" << takeUps[takeUps.size() / 2] << '\n'
        << "decision closed (quorum recorded) median_ms=" << decides[decides.size() / 2] << '\n';
    return 0;
}
