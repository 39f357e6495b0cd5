// Test helper for tst_crashsafety and tst_concurrency: saves units of work (a new patient, its case
// and an update of a shared counter record) in a loop until it is killed, printing the number of each
// committed unit.
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace concerto;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QUuid sessionId = QUuid::fromString(args.at(2));
    const QUuid counterId = QUuid::fromString(args.at(3));
    const int first = args.at(4).toInt();
    QString error;
    std::unique_ptr<Database> db = Database::open(args.at(1), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    PatientRepository patients(*db);
    InscriptionRepository inscriptions(*db);
    const QString filler = QString(20000, QLatin1Char('x')); // large rows make each commit take longer
    for (int unit = first;; ++unit) {
        WriteTransaction tx(*db);
        Patient p;
        p.birthName = QStringLiteral("Crash");
        p.ipp = QStringLiteral("K%1").arg(unit);
        Inscription i;
        i.sessionId = sessionId;
        i.question = QStringLiteral("unit %1").arg(unit);
        i.clinical.summary = filler;
        i.tumours.resize(3);
        const StoreRead<std::optional<Patient>> found = patients.find(counterId);
        if (!found.ok() || !found.value)
            return 1;
        Patient counter = *found.value;
        counter.usedName = QStringLiteral("rev %1").arg(unit);
        const bool ok = patients.save(p).ok && (i.patientId = p.meta.id, inscriptions.save(i).ok) &&
                        patients.save(counter).ok && tx.commit();
        if (!ok)
            return 1;
        std::printf("%d\n", unit);
        std::fflush(stdout);
    }
}
