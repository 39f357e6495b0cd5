// Test helper for tst_meetingservice: one Concerto process taking a session's attendance. Waits for "go"
// on its input (so that two processes start together), then checks in COUNT guests without RPPS named
// PREFIX1..PREFIXn, one write each; prints "done" (exit 0), or "refused" and the reason (exit 1).
#include "services/meetingservice.h"
#include "services/rights.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace concerto;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments(); // DATABASE SESSION_ID PREFIX COUNT
    if (args.size() != 5)
        return 2;
    QString error;
    std::unique_ptr<Database> db = Database::open(args.at(1), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MeetingService meeting(*db, machineAdministrator());
    std::printf("ready\n");
    std::fflush(stdout);
    if (QTextStream(stdin).readLine() != QLatin1String("go"))
        return 2;
    for (int n = 1; n <= args.at(4).toInt(); ++n) {
        Attendance guest;
        guest.guestName = args.at(3) + QString::number(n);
        guest.specialty = QStringLiteral("SM36");
        guest.guestOrganisation = QStringLiteral("CH de Sète");
        const StoreResult done = meeting.checkIn(QUuid::fromString(args.at(2)), guest);
        if (!done) {
            std::printf("refused\n%s\n", qPrintable(done.error));
            return 1;
        }
    }
    std::printf("done\n");
    return 0;
}
