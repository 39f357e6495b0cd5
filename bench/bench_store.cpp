// bench_store [DATABASE | PATIENTS]: the time to open the first and the last page of the fiche lists
// (all fiches, newest change first; signed fiches, newest signature first) by key, beside the same
// pages read with OFFSET, on an existing database or on a demo database of PATIENTS patients (default
// 100,000) built in a temporary file. Each figure is the median of 7 cold-statement runs.
#include "models/demo/demogenerator.h"
#include "models/store/ficherepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace concerto;

namespace {

constexpr int kPage = 200; // FicheListModel::kPageSize

double medianMs(const std::function<int()> &read, int *rows) {
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        *rows = read();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The same page with OFFSET, as the lists read before they paged by key.
int offsetPage(Database &db, const QString &where, const QString &order, int offset) {
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, version, updated_at, updated_by, deleted, body FROM fiche WHERE %1"
                             " ORDER BY %2 LIMIT %3 OFFSET %4")
                  .arg(where, order)
                  .arg(kPage)
                  .arg(offset));
    int rows = 0;
    if (q.exec())
        while (q.next())
            ++rows;
    return rows;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool isNumber = false;
    const int patients = arg.isEmpty() ? 100000 : arg.toInt(&isNumber);
    QTemporaryDir dir;
    QString path = arg;
    QString error;
    std::unique_ptr<Database> db;
    if (arg.isEmpty() || isNumber) {
        path = dir.filePath(QStringLiteral("bench.db"));
        db = Database::create(path, &error);
        demo::DemoOptions options;
        options.patients = patients;
        options.seed = 42;
        options.referenceDate = QDate(2026, 11, 2);
        out << "building a demo database of " << patients << " patients…\n";
        out.flush();
        if (db && !demo::generateDemo(*db, options, nullptr, &error))
            db.reset();
    } else {
        db = Database::open(path, &error);
    }
    if (!db) {
        err << error << '\n';
        return 1;
    }
    FicheRepository fiches(*db);
    const StoreRead<int> all = fiches.count();
    const StoreRead<int> signedCount = fiches.signedCount();
    if (!all.ok() || !signedCount.ok()) {
        err << all.error << signedCount.error << '\n';
        return 1;
    }
    out << "database      " << QFileInfo(path).fileName() << ", " << *all << " fiches (" << *signedCount
        << " signed), pages of " << kPage << '\n';

    struct List {
        const char *name;
        std::function<StoreRead<PageOf<Fiche>>(const PageKey &)> first, last;
        QString where, order;
        int count;
    };
    const List lists[] = {{"all fiches", [&](const PageKey &k) { return fiches.pageAfter(k, kPage); },
                           [&](const PageKey &k) { return fiches.pageBefore(k, kPage); },
                           QStringLiteral("deleted = 0"), QStringLiteral("updated_at DESC, id"), *all},
                          {"signed fiches",
                           [&](const PageKey &k) { return fiches.signedPageAfter(k, kPage); },
                           [&](const PageKey &k) { return fiches.signedPageBefore(k, kPage); },
                           QStringLiteral("signed_at IS NOT NULL AND deleted = 0"),
                           QStringLiteral("signed_at DESC, id"), *signedCount}};
    for (const List &list : lists) {
        int rows = 0;
        const double first = medianMs([&] { return int(list.first({})->items.size()); }, &rows);
        const double last = medianMs([&] { return int(list.last({})->items.size()); }, &rows);
        const int lastOffset = std::max(0, list.count - kPage);
        const double offsetFirst =
            medianMs([&] { return offsetPage(*db, list.where, list.order, 0); }, &rows);
        const double offsetLast =
            medianMs([&] { return offsetPage(*db, list.where, list.order, lastOffset); }, &rows);
        out << list.name << '\n'
            << "  by key        (records decoded) first page " << QString::number(first, 'f', 2)
            << " ms, last page " << QString::number(last, 'f', 2) << " ms\n"
            << "  by OFFSET     (rows only)       first page " << QString::number(offsetFirst, 'f', 2)
            << " ms, last page " << QString::number(offsetLast, 'f', 2) << " ms\n";
    }
    return 0;
}
