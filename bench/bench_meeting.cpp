// bench_meeting DATABASE: what the meeting's attendance and live quorum cost on a demo database. Takes the
// upcoming session with the most cases and prints, as median_ms= over ten runs: a check-in (one write unit:
// the session read and saved, journal and audit), the quorum of one case through the service (case,
// session and committee read, the rule applied), the rule alone on that session's attendance, and a
// departure followed by the quorum read again (what the screen does after a change). It changes that
// session's attendance: run it on a scratch copy, e.g.
//   concerto-cli --db /tmp/meeting.db init && concerto-cli --db /tmp/meeting.db demo
#include "models/store/repositories.h"
#include "services/meetingservice.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

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
    for (const Session &s : *upcoming) {
        const int n = *cases.countForSession(s.meta.id);
        if (s.status == SessionStatus::Planned && n > biggestCount) {
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
    if (failed) {
        QTextStream(stderr) << "a write or a read failed\n";
        return 1;
    }
    out << "check-in median_ms=" << checkIn << '\n'
        << "case quorum (service) median_ms=" << quorum << '\n'
        << "case quorum (rule alone) median_ms=" << rule << '\n'
        << "departure, quorum, return median_ms=" << change << '\n';
    return 0;
}
