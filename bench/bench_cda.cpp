// bench_cda [PATIENTS] [OUT_DIR]: builds a demo database (default 500 patients), exports every signed
// fiche as the national CDA and prints how many were written or refused, the median and 95th
// percentile time per fiche of reading its context and of writing the document, and the median size.
// With OUT_DIR, the documents are written there too (one FICHE_ID.xml each), to be validated with
// ../shared/tools/validate-frcp.
#include "models/demo/demogenerator.h"
#include "models/store/ficherepository.h"
#include "reports/cda/cdaexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace concerto;

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::size_t(p * double(v.size() - 1))];
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    int patients = 500;
    bool ok = true;
    if (argc > 1)
        patients = QString::fromLocal8Bit(argv[1]).toInt(&ok);
    if (!ok || patients < 1 || argc > 3) {
        err << "usage: bench_cda [PATIENTS] [OUT_DIR]\n";
        return 2;
    }
    const QString outDir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (!outDir.isEmpty() && !QDir().mkpath(outDir)) {
        err << "cannot create " << outDir << '\n';
        return 1;
    }
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("bench.db")), &error);
    demo::DemoOptions options;
    options.patients = patients;
    options.seed = 42;
    options.referenceDate = QDate(2026, 6, 1);
    if (!db || !demo::generateDemo(*db, options, nullptr, &error)) {
        err << error << '\n';
        return 1;
    }
    const StoreRead<std::vector<Fiche>> fiches = FicheRepository(*db).all();
    if (!fiches.ok()) {
        err << fiches.error << '\n';
        return 1;
    }
    std::vector<double> loadUs, exportUs, sizes;
    int written = 0, refused = 0;
    QStringList refusals;
    QElapsedTimer timer;
    for (const Fiche &f : *fiches) {
        if (!f.isSigned())
            continue;
        timer.start();
        const StoreRead<reports::FicheContext> ctx = reports::loadFicheContext(*db, f);
        loadUs.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!ctx.ok()) {
            err << ctx.error << '\n';
            return 1;
        }
        timer.start();
        const reports::CdaResult r = reports::exportCda(*ctx);
        exportUs.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (!r.ok()) {
            ++refused;
            if (refusals.size() < 5)
                refusals << r.missing.join(QLatin1Char(' '));
            continue;
        }
        ++written;
        sizes.push_back(double(r.xml.size()));
        if (!outDir.isEmpty()) {
            QFile file(
                QDir(outDir).filePath(f.meta.id.toString(QUuid::WithoutBraces) + QStringLiteral(".xml")));
            if (!file.open(QIODevice::WriteOnly) || file.write(r.xml) != r.xml.size()) {
                err << "cannot write " << file.fileName() << '\n';
                return 1;
            }
        }
    }
    out << "signed fiches     " << (written + refused) << " (" << written << " written, " << refused
        << " refused)\n"
        << "context read      median " << QString::number(percentile(loadUs, 0.5), 'f', 0) << " us, p95 "
        << QString::number(percentile(loadUs, 0.95), 'f', 0) << " us\n"
        << "CDA written       median " << QString::number(percentile(exportUs, 0.5), 'f', 0) << " us, p95 "
        << QString::number(percentile(exportUs, 0.95), 'f', 0) << " us\n"
        << "document size     median " << QString::number(percentile(sizes, 0.5) / 1024.0, 'f', 1)
        << " KiB\n";
    for (const QString &r : refusals)
        out << "refused: " << r << '\n';
    return 0;
}
