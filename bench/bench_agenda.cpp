// bench_agenda DATABASE: what the Planning workspace costs on a demo database. Prints the time to read
// the busiest month's sessions with their completeness (SessionListModel::setPeriod, every case
// checked against its committee), to read the biggest upcoming session's agenda (AgendaModel), and of
// one agenda move (agenda::moveDown, the agenda read again and its month's session list updated, as the
// screen does), as
// median_ms= over ten runs. The move is undone after each run. Meant for the default demo:
//   concerto-cli --db /tmp/agenda.db init && concerto-cli --db /tmp/agenda.db demo
#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "models/store/repositories.h"
#include "services/agendaservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <map>

using namespace concerto;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template <typename F>
double medianMs(F run) {
    std::vector<double> times;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench_agenda DATABASE (a demo database)\n";
        return 2;
    }
    QString error;
    const std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    SessionRepository sessions(*db);
    InscriptionRepository cases(*db);
    const StoreRead<std::vector<Session>> all =
        sessions.between(QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC),
                         QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC));
    if (!all.ok() || all->empty()) {
        QTextStream(stderr) << "no session: " << all.error << '\n';
        return 1;
    }
    std::map<QDate, int> perMonth;
    Session biggest;
    int biggestCount = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Session &s : *all) {
        const QDate day = toBoardTime(s.startsAt).date();
        ++perMonth[QDate(day.year(), day.month(), 1)];
        const int n = *cases.countForSession(s.meta.id);
        if (s.startsAt > now && s.status == SessionStatus::Planned && n > biggestCount) {
            biggest = s;
            biggestCount = n;
        }
    }
    const auto busiest = std::max_element(perMonth.begin(), perMonth.end(),
                                          [](const auto &a, const auto &b) { return a.second < b.second; });
    const QDate month = busiest->first;

    SessionListModel list(*db);
    int listCases = 0;
    const double listMs = medianMs([&] {
        list.setPeriod(month, month.addMonths(1).addDays(-1));
        listCases = 0;
        for (int r = 0; r < list.rowCount(); ++r)
            listCases += list.rowAt(r)->caseCount;
    });
    out << "month " << month.toString(QStringLiteral("yyyy-MM")) << ": " << list.rowCount() << " sessions, "
        << listCases << " cases; session list with completeness median_ms=" << listMs << '\n';

    if (biggestCount < 2) {
        out << "no upcoming session with two cases: no agenda figures\n";
        return 0;
    }
    const QDate day = toBoardTime(biggest.startsAt).date();
    list.setPeriod(QDate(day.year(), day.month(), 1),
                   QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1));
    out << "the month of that session shows " << list.rowCount() << " sessions\n";
    AgendaModel agendaModel(*db);
    const double agendaMs = medianMs([&] { agendaModel.setSession(biggest.meta.id); });
    out << "agenda of " << biggestCount << " cases median_ms=" << agendaMs << '\n';
    const QUuid first = agendaModel.inscriptionAt(0);
    const double moveMs =
        medianMs([&] {
            (void)agenda::moveDown(*db, first); // the lists read again on the store's announcement
            (void)agenda::moveUp(*db, first);
        }) /
        2;
    out << "one move (write, journal, the agenda read again, the month's list updated) median_ms=" << moveMs
        << '\n';
    return 0;
}
