// concerto-cli demo: adds realistic synthetic data (deterministic for a seed and a reference date) to
// the database, or leaves a database that already holds any record alone with --if-empty; local-only:
// counts the records written on this computer only (a local demo), for scripts such as scripts/run.sh.
#include "app/cli/command.h"
#include "models/demo/demogenerator.h"
#include "models/domain/clock.h"
#include "models/store/outbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace concerto::cli {

namespace {

// A positive whole number from the command line, or an error message.
bool positive(const QString &text, qint64 max, qint64 *value) {
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < 1 || v > max)
        return false;
    *value = v;
    return true;
}

QString megabytes(qint64 bytes) {
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

int demo(Context &c) {
    const QCommandLineParser &p = c.parser;
    qint64 patients = 2000;
    if (p.isSet(QStringLiteral("patients")) &&
        !positive(p.value(QStringLiteral("patients")), 10000000, &patients)) {
        c.err << QCoreApplication::translate(
                     "Cli", "--patients wants a whole number from 1 to 10,000,000, not \"%1\".")
                     .arg(p.value(QStringLiteral("patients")))
              << '\n';
        return UsageError;
    }
    quint64 seed = 1;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            c.err << QCoreApplication::translate("Cli", "--seed wants a whole number, not \"%1\".")
                         .arg(p.value(QStringLiteral("seed")))
                  << '\n';
            return UsageError;
        }
    }
    QDate reference = clock::today();
    if (p.isSet(QStringLiteral("date"))) {
        reference = QDate::fromString(p.value(QStringLiteral("date")), Qt::ISODate);
        if (!reference.isValid() || reference < demo::earliestReferenceDate() ||
            reference > demo::latestReferenceDate()) {
            c.err << QCoreApplication::translate(
                         "Cli", "--date wants a date from %1 to %2, such as 2024-03-15, not \"%3\".")
                         .arg(demo::earliestReferenceDate().toString(Qt::ISODate),
                              demo::latestReferenceDate().toString(Qt::ISODate),
                              p.value(QStringLiteral("date")))
                  << '\n';
            return UsageError;
        }
    }

    QString error;
    std::unique_ptr<Database> db = c.openDatabase(Access::Writes);
    if (!db)
        return Failure;
    // A demo killed or failed half-way is not a whole demo: say so rather than add to it or skip it.
    const std::optional<int> interrupted = demo::interruptedDemos(*db, &error);
    if (!interrupted) {
        c.err << error << '\n';
        return Failure;
    }
    if (*interrupted > 0) {
        c.err << QCoreApplication::translate("Cli",
                                             "The database %1 holds demo data that was interrupted before "
                                             "it was complete: it is not a whole demo. Make the demo again "
                                             "in a new file.")
                     .arg(QDir::toNativeSeparators(db->path()))
              << '\n';
        return Failure;
    }
    const bool ifEmpty = p.isSet(QStringLiteral("if-empty"));
    const QString notEmpty =
        QCoreApplication::translate("Cli", "The database already holds records: no demo data added.");
    if (ifEmpty) {
        // A first look outside the write, so that a full file is not checked whole for nothing; the
        // demo looks again inside its write transaction.
        const std::optional<bool> full = demo::holdsRecords(*db, &error);
        if (!full) {
            c.err << error << '\n';
            return Failure;
        }
        if (*full) {
            c.out << notEmpty << '\n';
            return Success;
        }
    }

    // Never add to a damaged file.
    if (const StoreResult whole = db->checkWhole(); !whole.ok) {
        c.err << whole.error << '\n';
        return Failure;
    }

    demo::DemoOptions options;
    options.patients = int(patients);
    options.seed = seed;
    options.referenceDate = reference;
    options.onlyIfEmpty = ifEmpty;
    int lastTenth = 0;
    options.progress = [&](int done, int total) {
        const int tenth = int(qint64(done) * 10 / total);
        if (tenth > lastTenth && total >= 5000) {
            lastTenth = tenth;
            c.err << QCoreApplication::translate("Cli", "%1 of %2 patients written…").arg(done).arg(total)
                  << '\n';
            c.err.flush();
        }
    };
    QElapsedTimer timer;
    timer.start();
    demo::DemoCounts counts;
    if (!demo::generateDemo(*db, options, &counts, &error)) {
        c.err << QCoreApplication::translate("Cli", "The demo data could not be written: %1").arg(error)
              << '\n';
        return Failure;
    }
    if (counts.notEmpty) {
        c.out << notEmpty << '\n';
        return Success;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QString path = db->path();
    db.reset(); // closes the file, so that its size includes everything
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    c.out << QCoreApplication::translate("Cli", "Demo data added to %1:").arg(path) << '\n'
          << QCoreApplication::translate("Cli", "  %1 organisations, %2 professionals, %3 RCPs")
                 .arg(counts.organisations)
                 .arg(counts.professionals)
                 .arg(counts.rcps)
          << '\n'
          << QCoreApplication::translate("Cli",
                                         "  %1 sessions (%2 past, %3 upcoming, %4 past without quorum)")
                 .arg(counts.sessions)
                 .arg(counts.pastSessions)
                 .arg(counts.futureSessions)
                 .arg(counts.sessionsWithoutQuorum)
          << '\n'
          << QCoreApplication::translate("Cli", "  %1 patients, %2 cases")
                 .arg(counts.patients)
                 .arg(counts.inscriptions)
          << '\n'
          << QCoreApplication::translate("Cli", "  %1 fiches (%2 signed, %3 amendments)")
                 .arg(counts.fiches)
                 .arg(counts.signedFiches)
                 .arg(counts.amendments)
          << '\n'
          << QCoreApplication::translate("Cli", "Done in %1 s; the database file is %2 MB.")
                 .arg(QLocale().toString(seconds, 'f', 1))
                 .arg(megabytes(size))
          << '\n';
    return Success;
}

// The number of records written on this computer only: 0 for a new file or one filled by sync.
int localOnly(Context &c) {
    std::unique_ptr<Database> db = c.openDatabase(Access::Reads);
    if (!db)
        return Failure;
    const StoreRead<int> count = localOnlyRecordCount(*db);
    if (!count.ok()) {
        c.err << count.error << '\n';
        return Failure;
    }
    c.out << *count << '\n';
    return Success;
}

} // namespace

std::vector<Command> demoCommands() {
    return {
        {"demo",
         QT_TRANSLATE_NOOP("Cli",
                           "Add realistic synthetic data: network, RCPs, sessions, patients, cases, fiches."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("patients"),
                          QCoreApplication::translate("Cli", "How many patients to create (default 2000)."),
                          QCoreApplication::translate("Cli", "N")});
             p.addOption({QStringLiteral("seed"),
                          QCoreApplication::translate(
                              "Cli", "The seed: the same seed gives the same data (default 1)."),
                          QCoreApplication::translate("Cli", "S")});
             p.addOption(
                 {QStringLiteral("date"),
                  QCoreApplication::translate("Cli", "The reference date of the data (default today)."),
                  QCoreApplication::translate("Cli", "YYYY-MM-DD")});
             p.addOption(
                 {QStringLiteral("if-empty"),
                  QCoreApplication::translate(
                      "Cli", "Do nothing when the database already holds any record (even a deleted one).")});
         },
         demo, 0},
        {"local-only",
         QT_TRANSLATE_NOOP("Cli", "Print how many records were written on this computer only (demo data, "
                                  "never sent to a server); 0 when there are none."),
         [](QCommandLineParser &) {}, localOnly, 0},
    };
}

} // namespace concerto::cli
