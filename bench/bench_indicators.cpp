// bench_indicators DATABASE [YEAR]: computes the activity indicators of one calendar year (the year of
// the database's latest session unless given) on the whole network, then with each filter (one 3C, one
// committee, one organ), five times each, and prints the figures' size and median_ms=, max_ms= per run,
// cpu_median_ms= (the processor time of the computing thread), figures_sha1= (a digest of every figure, as
// the CSV export writes them: equal digests, equal figures), plus cold_ms= for the very first
// computation (the file's pages read from the system). Meant for the
// 100,000-patient demo database: concerto-cli --db /tmp/stats100k.db demo --patients 100000
#include "models/store/repositories.h"
#include "reports/indicators.h"
#include "reports/indicatorscsv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace concerto;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// The processor time of this thread, in milliseconds: on a busy machine the wall time also counts the
// waits for a processor.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs `filter` five times and prints one line; false when the computation fails.
bool measure(QTextStream &out, QTextStream &err, IndicatorReader &db, const char *name,
             const IndicatorFilter &filter) {
    std::vector<double> times;
    std::vector<double> cpu;
    Indicators last;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuMs();
        StoreRead<Indicators> result = db.compute(filter); // a connection of its own, as the screen
        times.push_back(ms(timer));
        cpu.push_back(cpuMs() - cpuStart);
        if (!result.ok()) {
            err << name << ": " << result.error << '\n';
            return false;
        }
        last = std::move(result.value);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    out << name << ": sessions=" << last.sessions << " fiches=" << last.fiches
        << " patients=" << last.patients << " median_ms=" << QString::number(times[2], 'f', 1)
        << " max_ms=" << QString::number(times.back(), 'f', 1)
        << " cpu_median_ms=" << QString::number(cpu[2], 'f', 1) << " figures_sha1="
        << QCryptographicHash::hash(indicatorsCsv(last), QCryptographicHash::Sha1).toHex().left(12) << '\n';
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2 || argc > 3) {
        err << "usage: bench_indicators DATABASE [YEAR]\n";
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    int year = argc == 3 ? QString::fromLocal8Bit(argv[2]).toInt() : 0;
    if (year == 0) {
        QSqlQuery q(db->connection());
        if (!q.exec(QStringLiteral(
                "SELECT max(starts_at) FROM session WHERE deleted = 0 AND status = 'closed'")) ||
            !q.next()) {
            err << "the sessions could not be read\n";
            return 1;
        }
        year = q.value(0).toString().left(4).toInt();
    }
    IndicatorFilter filter;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);
    out << "year=" << year << '\n';

    QElapsedTimer cold;
    cold.start();
    IndicatorReader reader(db->path());
    const StoreRead<Indicators> first = reader.compute(filter);
    if (!first.ok()) {
        err << first.error << '\n';
        return 1;
    }
    out << "cold_ms=" << QString::number(ms(cold), 'f', 1) << '\n';
    if (!measure(out, err, reader, "network", filter))
        return 1;

    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(*db).all();
    if (!rcps.ok() || rcps->empty()) {
        err << "no committee to filter on\n";
        return 1;
    }
    const Rcp &rcp = rcps->front();
    IndicatorFilter centre = filter;
    centre.centreId = rcp.organisationId;
    IndicatorFilter committee = filter;
    committee.rcpId = rcp.meta.id;
    IndicatorFilter organ = filter;
    organ.organ = rcp.appareil;
    IndicatorFilter quarter = filter;
    quarter.to = QDate(year, 3, 31);
    return measure(out, err, reader, "centre", centre) && measure(out, err, reader, "committee", committee) &&
                   measure(out, err, reader, "organ", organ) &&
                   measure(out, err, reader, "first-quarter", quarter)
               ? 0
               : 1;
}
