// Test helper for the meeting's two-process tests: one Concerto process at work on a session, started as
//   concerto-meeting-clerk DATABASE checkin SESSION_ID PREFIX COUNT
//     checks in COUNT guests without RPPS named PREFIX1..PREFIXn, one write each;
//   concerto-meeting-clerk DATABASE takeup CASE_ID…
//     takes each case up in turn, as the meeting screen does on Enter.
// It prints "ready", waits for "go" on its input (so that two processes start together), then prints
// "done" (exit 0), or "refused" and the reason (exit 1).
#include "services/decisionservice.h"
#include "services/meetingservice.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace concerto;

namespace {

int refused(const QString &error) {
    std::printf("refused\n%s\n", qPrintable(error));
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    const QString mode = args.at(2);
    if (mode == QLatin1String("checkin") && args.size() != 6)
        return 2;
    QString error;
    std::unique_ptr<Database> db = Database::open(args.at(1), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Actor actor = machineAdministrator();
    std::printf("ready\n");
    std::fflush(stdout);
    if (QTextStream(stdin).readLine() != QLatin1String("go"))
        return 2;
    if (mode == QLatin1String("checkin")) {
        MeetingService meeting(*db, actor);
        for (int n = 1; n <= args.at(5).toInt(); ++n) {
            Attendance guest;
            guest.guestName = args.at(4) + QString::number(n);
            guest.specialty = QStringLiteral("SM36");
            guest.guestOrganisation = QStringLiteral("CH de Sète");
            if (const StoreResult done = meeting.checkIn(QUuid::fromString(args.at(3)), guest); !done)
                return refused(done.error);
        }
    } else if (mode == QLatin1String("takeup")) {
        DecisionService decisions(*db, actor);
        for (int n = 3; n < args.size(); ++n)
            if (const StoreRead<Fiche> fiche = decisions.takeUp(QUuid::fromString(args.at(n))); !fiche.ok())
                return refused(args.at(n) + QStringLiteral(": ") + fiche.error);
    } else {
        return 2;
    }
    std::printf("done\n");
    return 0;
}
