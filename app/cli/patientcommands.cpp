// concerto-cli import-patients FILE [--report OUT.csv]: imports the patients of another tool's CSV export
// (services/patientimport.h), one outcome per line; and duplicates: lists the identities of the whole
// registry that may be the same person (identity/duplicates.h), one pair a line.
#include "app/cli/command.h"
#include "services/duplicatesearch.h"
#include "services/patientimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace concerto::cli {

namespace {

constexpr int kLinesShown = 20; // refused lines printed on stderr; the report has them all

QString label(const Patient &p) {
    return p.displayName() + QStringLiteral(", ") + p.birthDate.toString(QStringLiteral("dd/MM/yyyy")) +
           QStringLiteral(", ") + Patient::identityStatusCode(p.identityStatus);
}

int importPatients(Context &c) {
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << QCoreApplication::translate("Cli",
                                             "Give the CSV file to import: concerto-cli import-patients "
                                             "FILE [--report OUT.csv]")
              << '\n';
        return UsageError;
    }
    const bool wantsReport = c.parser.isSet(QStringLiteral("report"));
    const QString reportPath = c.parser.value(QStringLiteral("report"));
    if (wantsReport && reportPath.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "--report wants a file name, not an empty text.") << '\n';
        return UsageError;
    }
    QFile input(args.first());
    if (!input.open(QIODevice::ReadOnly)) {
        c.err << QCoreApplication::translate("Cli", "The file %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(args.first()), input.errorString())
              << '\n';
        return Failure;
    }
    const QByteArray csv = input.readAll();
    // The report is checked and opened first: a report that cannot be written stops the import before
    // it writes. Never over the database or its companions, a folder, a device or a pipe.
    if (wantsReport && !c.outputAllowed(reportPath))
        return Failure;
    QSaveFile report(reportPath);
    if (wantsReport && !report.open(QIODevice::WriteOnly)) {
        c.err << QCoreApplication::translate("Cli", "The report %1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(reportPath), report.errorString())
              << '\n';
        return Failure;
    }
    std::unique_ptr<Database> db = c.openDatabase(Access::Writes);
    if (!db)
        return Failure;
    // Never add to a damaged file.
    if (const StoreResult whole = db->checkWhole(); !whole.ok) {
        c.err << whole.error << '\n';
        return Failure;
    }
    QElapsedTimer timer;
    timer.start();
    const identity::ImportResult result = identity::importPatients(*db, csv);
    if (result.fileRefused) {
        c.err << result.error << '\n';
        return Failure; // nothing imported, no report
    }
    int shown = 0;
    const int refused = result.count(identity::ImportStatus::Refused);
    const int conflicts = result.count(identity::ImportStatus::Conflict);
    for (const identity::ImportLine &line : result.lines) {
        const bool conflict = line.status == identity::ImportStatus::Conflict;
        if ((line.status != identity::ImportStatus::Refused && !conflict) || ++shown > kLinesShown)
            continue;
        c.err << (conflict ? QCoreApplication::translate("Cli", "Line %1 in conflict: %2")
                           : QCoreApplication::translate("Cli", "Line %1 refused: %2"))
                     .arg(line.line)
                     .arg(line.reason)
              << '\n';
    }
    if (refused + conflicts > kLinesShown)
        c.err << QCoreApplication::translate("Cli", "… and %n more line(s) refused or in conflict.", nullptr,
                                             refused + conflicts - kLinesShown)
              << '\n';
    bool reportWritten = true;
    if (wantsReport) {
        report.write(identity::importReport(result));
        reportWritten = report.commit();
    }
    const QLocale locale;
    c.out << QCoreApplication::translate("Cli",
                                         "%1 line(s) read: %2 imported, %3 to review (possible duplicates, "
                                         "imported apart), %4 already present, %5 in conflict, %6 refused; "
                                         "in %7 s.")
                 .arg(locale.toString(int(result.lines.size())),
                      locale.toString(result.count(identity::ImportStatus::Imported)),
                      locale.toString(result.count(identity::ImportStatus::ToReview)),
                      locale.toString(result.count(identity::ImportStatus::AlreadyPresent)),
                      locale.toString(conflicts), locale.toString(refused),
                      locale.toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    if (wantsReport && reportWritten)
        c.out << QCoreApplication::translate("Cli", "Report: %1").arg(QDir::toNativeSeparators(reportPath))
              << '\n';
    if (!reportWritten)
        c.err << QCoreApplication::translate("Cli", "The report %1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(reportPath), report.errorString())
              << '\n';
    if (!result.error.isEmpty()) {
        c.err << result.error << '\n';
        return Failure;
    }
    if (conflicts > 0)
        c.err << QCoreApplication::translate("Cli",
                                             "%n line(s) in conflict with a recorded identity (same INS or "
                                             "IPP, another person): nothing was written for them.",
                                             nullptr, conflicts)
              << '\n';
    if (refused > 0)
        c.err << QCoreApplication::translate("Cli", "%n line(s) refused: nothing was written for them.",
                                             nullptr, refused)
              << '\n';
    if (refused > 0 || conflicts > 0)
        return Failure;
    return reportWritten ? Success : Failure;
}

int duplicates(Context &c) {
    std::unique_ptr<Database> db = c.openDatabase(Access::Reads);
    if (!db)
        return Failure;
    const StoreRead<std::vector<identity::DuplicatePair>> pairs =
        identity::findAllDuplicates(PatientRepository(*db));
    if (!pairs.ok()) {
        c.err << QCoreApplication::translate("Cli", "The patients could not be read from %1: %2")
                     .arg(QDir::toNativeSeparators(db->path()), pairs.error)
              << '\n';
        return Failure;
    }
    // The sixth column says whether the pair is already marked to review (by an import, or an identity
    // saved over the editor's look-alike warning): "to-review", else "-".
    for (const identity::DuplicatePair &pair : *pairs) {
        const bool marked = pair.first.possibleDuplicateOf == pair.second.meta.id ||
                            pair.second.possibleDuplicateOf == pair.first.meta.id;
        c.out << json::idText(pair.first.meta.id) << '\t' << label(pair.first) << '\t'
              << json::idText(pair.second.meta.id) << '\t' << label(pair.second) << '\t'
              << identity::describe(pair.reason) << '\t'
              << (marked ? QStringLiteral("to-review") : QStringLiteral("-")) << '\n';
    }
    return Success;
}

} // namespace

std::vector<Command> patientCommands() {
    return {
        {"import-patients",
         QT_TRANSLATE_NOOP("Cli",
                           "Import patients from a CSV file; possible duplicates are marked, never merged."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(
                 QStringLiteral("FILE"),
                 QCoreApplication::translate(
                     "Cli",
                     "UTF-8 CSV (';' or ','), a header naming the columns: ipp, birth_name, used_name, "
                     "given_names, sex (M/F), birth_date (DD/MM/YYYY or YYYY-MM-DD), birth_place, ins, "
                     "identity_status (PROV, RECUP, VALI, QUAL). birth_name, given_names, sex and "
                     "birth_date are required. Exit code 1 when the file or a line was refused."));
             p.addOption(
                 {QStringLiteral("report"),
                  QCoreApplication::translate(
                      "Cli", "Write one line per input line: line,status,patient_id,duplicate_of,reason "
                             "(imported, to-review, already-present or refused)."),
                  QCoreApplication::translate("Cli", "OUT.csv")});
         },
         importPatients, 1},
        {"duplicates",
         QT_TRANSLATE_NOOP(
             "Cli", "List the identities that may be the same person: both ids, labels, why, and whether the "
                    "pair is marked to review."),
         {},
         duplicates},
    };
}

} // namespace concerto::cli
