// bench_demo [PATIENTS]: builds a demo database of that many patients (default 100,000) in a temporary
// file and prints patients, fiches, seconds, records per second and the file size.
#include "models/demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace concerto;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int patients = 100000;
    if (argc > 1) {
        bool ok = false;
        patients = QString::fromLocal8Bit(argv[1]).toInt(&ok);
        if (!ok || patients < 1) {
            QTextStream(stderr) << "usage: bench_demo [PATIENTS]\n";
            return 2;
        }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    QString error;
    std::unique_ptr<Database> db = Database::create(path, &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    demo::DemoOptions options;
    options.patients = patients;
    options.seed = 42;
    options.referenceDate = QDate(2024, 6, 3);
    QElapsedTimer timer;
    timer.start();
    demo::DemoCounts counts;
    if (!demo::generateDemo(*db, options, &counts, &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    db.reset();
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const qint64 records = qint64(counts.organisations) + counts.professionals + counts.rcps +
                           counts.sessions + counts.patients + counts.inscriptions + counts.fiches;
    out << "patients      " << counts.patients << '\n'
        << "cases         " << counts.inscriptions << '\n'
        << "fiches        " << counts.fiches << " (" << counts.signedFiches << " signed, "
        << counts.amendments << " amendments)\n"
        << "sessions      " << counts.sessions << '\n'
        << "seconds       " << QString::number(seconds, 'f', 2) << '\n'
        << "records/s     " << QString::number(double(records) / seconds, 'f', 0) << " (" << records
        << " records)\n"
        << "file size     " << QString::number(double(size) / (1024.0 * 1024.0), 'f', 1) << " MB\n";
    return 0;
}
