// bench_search DATABASE: types ten realistic patient searches letter by letter (names, a name and a
// given name, a used name, a birth date, the start of an INS, the start of an IPP) into the item model
// the Patients workspace shows, and prints the time of each keystroke (the query, the total and the
// first page read into the model), as median_ms= and p95_ms= over all keystrokes; then the time of a
// duplicate pass over the whole registry. Meant for the 100,000-patient demo database:
//   concerto-cli --db /tmp/p100k.db init && concerto-cli --db /tmp/p100k.db demo --patients 100000
// A file of an older schema is upgraded first (the time is printed apart). The searches are typed
// twice: the first time reads the file's pages from the system (printed as cold_*), the second is
// what a user meets once the app has run a while (median_ms, p95_ms). The processor time of the
// keystrokes (cpu_*) is printed too: on a busy machine, the wall time also counts the waits for it.
#include "models/itemmodels/patientlistmodel.h"
#include "services/duplicatesearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <ctime>

using namespace concerto;

namespace {

const char *const kQueries[] = {
    "bernard",    "martin marie", "riviere chloe", "dubois", "lefebvre jean",
    "18/09/1942", "23509993",     "0000421",       "garcia", "mercier therese",
};

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// The processor time of this thread, in milliseconds.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Keystrokes {
    std::vector<double> wall;
    std::vector<double> cpu;
};

double percentile(std::vector<double> sorted, double p) {
    std::sort(sorted.begin(), sorted.end());
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: bench_search DATABASE (the 100,000-patient demo database)\n";
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    out << "opened (upgraded if older) in " << qRound(ms(timer)) << " ms\n";

    PatientListModel model(*db);
    // As the desktop does when the workspace opens: the first page of the whole list.
    model.fetchMore({});
    auto typeAll = [&](bool print, Keystrokes &all) {
        for (const char *query : kQueries) {
            const QString text = QString::fromUtf8(query);
            Keystrokes one;
            for (int length = 1; length <= text.size(); ++length) {
                const double cpuStart = cpuMs();
                timer.restart();
                model.setSearchText(text.left(length));
                if (model.canFetchMore({}))
                    model.fetchMore({});
                one.wall.push_back(ms(timer));
                one.cpu.push_back(cpuMs() - cpuStart);
                if (!model.errorText().isEmpty()) {
                    err << model.errorText() << '\n';
                    return false;
                }
            }
            all.wall.insert(all.wall.end(), one.wall.begin(), one.wall.end());
            all.cpu.insert(all.cpu.end(), one.cpu.begin(), one.cpu.end());
            if (print)
                out << QStringLiteral(
                           "%1  %2 shown of %3 found, keystrokes %4 ms (median), %5 ms (slowest)\n")
                           .arg(text.leftJustified(16))
                           .arg(model.rowCount())
                           .arg(model.total())
                           .arg(percentile(one.wall, 0.5), 0, 'f', 2)
                           .arg(percentile(one.wall, 1.0), 0, 'f', 2);
        }
        return true;
    };
    Keystrokes cold;
    Keystrokes warm;
    if (!typeAll(false, cold) || !typeAll(true, warm))
        return 1;
    auto figure = [&out](const char *name, const std::vector<double> &times, double p) {
        out << name << QString::number(percentile(times, p), 'f', 2) << '\n';
    };
    out << "keystrokes=" << warm.wall.size() << '\n';
    figure("median_ms=", warm.wall, 0.5);
    figure("p95_ms=", warm.wall, 0.95);
    figure("max_ms=", warm.wall, 1.0);
    figure("cpu_median_ms=", warm.cpu, 0.5);
    figure("cpu_p95_ms=", warm.cpu, 0.95);
    figure("cold_median_ms=", cold.wall, 0.5);
    figure("cold_p95_ms=", cold.wall, 0.95);

    PatientRepository patients(*db);
    timer.restart();
    const double cpuStart = cpuMs();
    const StoreRead<std::vector<identity::DuplicatePair>> pairs = identity::findAllDuplicates(patients);
    const double cpu = cpuMs() - cpuStart;
    if (!pairs.ok()) {
        err << pairs.error << '\n';
        return 1;
    }
    out << "duplicates_ms=" << qRound(ms(timer)) << " (cpu " << qRound(cpu) << " ms; " << pairs->size()
        << " possible pairs among " << *patients.count() << " patients)\n";
    return 0;
}
