// bench_nomenclature [FILE…]: loads value sets (default: the reference morphologies and tumour
// sites) into a temporary database and prints, for each, the import time, the first search (which
// builds the search index) and the time of a search-as-you-type query after that.
#include "models/store/nomenclaturerepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace concerto;

namespace {

QString milliseconds(qint64 ns) {
    return QString::number(double(ns) / 1e6, 'f', 2);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        const QDir reference(QStringLiteral(CONCERTO_REFERENCE_DIR));
        files = QStringList{reference.filePath(QStringLiteral("JDVx_Morphologie.xml")),
                            reference.filePath(QStringLiteral("JDVx_Tumeur.xml"))};
    }
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("bench.db")), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    nomenclature::NomenclatureRepository repository(*db);
    // What a user types in a code field: words, a word start, a code, a code start, nothing found.
    const QStringList queries{QStringLiteral("carcinome epidermoide"),
                              QStringLiteral("adeno"),
                              QStringLiteral("8140"),
                              QStringLiteral("lymphome b"),
                              QStringLiteral("sein"),
                              QStringLiteral("c50"),
                              QStringLiteral("zzz")};
    constexpr int kRounds = 200;
    for (const QString &file : files) {
        QElapsedTimer timer;
        timer.start();
        const nomenclature::ImportResult imported = repository.importFile(file);
        const qint64 importNs = timer.nsecsElapsed();
        if (!imported) {
            err << imported.error << '\n';
            return 1;
        }
        const QString oid = imported.set.oid;
        timer.restart();
        if (const auto first = repository.search(oid, QStringLiteral("a")); !first.ok()) {
            err << first.error << '\n';
            return 1;
        }
        const qint64 firstNs = timer.nsecsElapsed();
        std::size_t found = 0;
        timer.restart();
        for (int round = 0; round < kRounds; ++round)
            for (const QString &query : queries)
                found += repository.search(oid, query, 50)->size();
        const double perSearchUs = double(timer.nsecsElapsed()) / double(kRounds * queries.size()) / 1000.0;
        out << imported.set.name << " (" << imported.set.conceptCount << " concepts)\n"
            << "  import          " << milliseconds(importNs) << " ms\n"
            << "  first search    " << milliseconds(firstNs) << " ms (builds the index)\n"
            << "  then            " << QString::number(perSearchUs, 'f', 1) << " us a search ("
            << kRounds * queries.size() << " searches, " << found / kRounds << " results a round)\n";
    }
    return 0;
}
