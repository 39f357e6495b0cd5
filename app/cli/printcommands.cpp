// concerto-cli print-fiche FICHE --out FILE: the fiche RCP as a PDF file (reports/fichepdf.h); and
// print-session SESSION --out DIR [--combined FILE]: the agenda, the attendance sheet and every fiche of
// the session, the fiches rendered in parallel (reports/sessionpdf.h). Printing
// needs fonts, hence a QGuiApplication: for these commands the program starts one on the offscreen
// platform, so that they run without a display.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "reports/fichecontext.h"
#include "reports/fichepdf.h"
#include "reports/pdfwriter.h"
#include "reports/sessionpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QGuiApplication>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace concerto::cli {

namespace {

const QString kOut = QStringLiteral("out");

// The id given on the command line, or a null id after saying what is wrong.
QUuid idArgument(Context &c, const char *usage) {
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << translated(usage) << '\n';
        return {};
    }
    const QUuid id = exactId(args.first());
    if (id.isNull())
        c.err << QCoreApplication::translate("Cli", "\"%1\" is not an id (expected a UUID such as "
                                                    "3f2b8c1e-…).")
                     .arg(args.first())
              << '\n';
    return id;
}

// The value of --out, or an empty text after saying it is missing.
QString outArgument(Context &c, const char *usage) {
    const QString out = c.parser.value(kOut);
    if (out.isEmpty())
        c.err << translated(usage) << '\n';
    return out;
}

std::unique_ptr<Database> openDatabase(Context &c) {
    return c.openDatabase(Access::Reads);
}

const char *const kPrintFicheUsage =
    QT_TRANSLATE_NOOP("Cli", "Give the fiche and the file: concerto-cli print-fiche FICHE --out FILE.pdf");

int printFiche(Context &c) {
    const QUuid id = idArgument(c, kPrintFicheUsage);
    if (id.isNull())
        return UsageError;
    const QString out = outArgument(c, kPrintFicheUsage);
    if (out.isEmpty())
        return UsageError;
    if (!c.outputAllowed(out))
        return Failure;
    std::unique_ptr<Database> db = openDatabase(c);
    if (!db)
        return Failure;
    const StoreRead<reports::FicheContext> context = reports::loadFicheContext(*db, id);
    if (!context.ok()) {
        c.err << context.error << '\n';
        return Failure;
    }
    const reports::FicheCodeLabels labels = reports::loadCodeLabels(*db, context.value);
    QString error;
    if (!reports::saveWhole(out, reports::fichePdf(context.value, labels), &error, db->path())) {
        c.err << error << '\n';
        return Failure;
    }
    c.out << QCoreApplication::translate("Cli", "Fiche written to %1.").arg(QDir::toNativeSeparators(out))
          << '\n';
    return Success;
}

const char *const kPrintSessionUsage =
    QT_TRANSLATE_NOOP("Cli", "Give the session and where to write: concerto-cli print-session SESSION --out "
                             "DIR [--combined FILE.pdf]");
const QString kCombined = QStringLiteral("combined");

int printSession(Context &c) {
    const QUuid id = idArgument(c, kPrintSessionUsage);
    if (id.isNull())
        return UsageError;
    const bool wantsDir = c.parser.isSet(kOut);
    const bool wantsCombined = c.parser.isSet(kCombined);
    const QString dir = c.parser.value(kOut);
    const QString combined = c.parser.value(kCombined);
    if ((!wantsDir && !wantsCombined) || (wantsDir && dir.isEmpty()) ||
        (wantsCombined && combined.isEmpty())) {
        c.err << translated(kPrintSessionUsage) << '\n';
        return UsageError;
    }
    if (wantsCombined && !c.outputAllowed(combined))
        return Failure;
    if (wantsDir && QFileInfo(dir).exists() && !QFileInfo(dir).isDir()) {
        c.err << QCoreApplication::translate("Cli", "%1 is not a folder: --out wants the folder to write to.")
                     .arg(QDir::toNativeSeparators(dir))
              << '\n';
        return Failure;
    }
    std::unique_ptr<Database> db = openDatabase(c);
    if (!db)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    // Everything is read here, on this thread: the database connection belongs to it.
    const StoreRead<reports::SessionContext> session = reports::loadSessionContext(*db, id);
    if (!session.ok()) {
        c.err << session.error << '\n';
        return Failure;
    }
    const StoreRead<std::vector<reports::PrintableFiche>> fiches =
        reports::loadSessionFiches(*db, session.value);
    if (!fiches.ok()) {
        c.err << fiches.error << '\n';
        return Failure;
    }
    QString error;
    if (wantsDir) {
        if (!QDir().mkpath(dir)) {
            c.err << QCoreApplication::translate("Cli", "The folder %1 cannot be created.")
                         .arg(QDir::toNativeSeparators(dir))
                  << '\n';
            return Failure;
        }
        // The agenda and the attendance sheet are painted while the pool paints the fiches.
        QFuture<QByteArray> agenda = QtConcurrent::run([&] { return reports::agendaPdf(session.value); });
        QFuture<QByteArray> attendance =
            QtConcurrent::run([&] { return reports::attendancePdf(session.value); });
        const std::vector<QByteArray> pdfs = reports::fichePdfs(fiches.value);
        const QDir folder(dir);
        bool written = reports::saveWhole(folder.filePath(QStringLiteral("agenda.pdf")), agenda.result(),
                                          &error, db->path()) &&
                       reports::saveWhole(folder.filePath(QStringLiteral("attendance.pdf")),
                                          attendance.result(), &error, db->path());
        for (std::size_t i = 0; written && i < pdfs.size(); ++i)
            written =
                reports::saveWhole(folder.filePath(reports::ficheFileName(int(i), fiches.value[i].context)),
                                   pdfs[i], &error, db->path());
        if (!written) {
            c.err << error << '\n';
            return Failure;
        }
        c.out << QCoreApplication::translate(
                     "Cli", "%n fiche(s), the agenda and the attendance sheet written to %1.", nullptr,
                     int(pdfs.size()))
                     .arg(QDir::toNativeSeparators(dir))
              << '\n';
    }
    if (wantsCombined) {
        if (!reports::saveWhole(combined, reports::combinedSessionPdf(session.value, fiches.value), &error,
                                db->path())) {
            c.err << error << '\n';
            return Failure;
        }
        c.out << QCoreApplication::translate("Cli", "The whole session written to %1.")
                     .arg(QDir::toNativeSeparators(combined))
              << '\n';
    }
    c.out << QCoreApplication::translate("Cli", "Done in %1 ms.").arg(timer.elapsed()) << '\n';
    return Success;
}

} // namespace

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv) {
    // The command is the first argument that is neither an option nor the value of --db.
    QByteArray command;
    for (int i = 1; i < argc && command.isEmpty(); ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db")
            ++i;
        else if (!arg.startsWith('-'))
            command = arg;
    }
    if (command.startsWith("print-")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

std::vector<Command> printCommands() {
    return {
        {"print-fiche", QT_TRANSLATE_NOOP("Cli", "Write a fiche RCP as a PDF file (A4, French)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FICHE"),
                                     QCoreApplication::translate("Cli", "The id of the fiche."));
             p.addOption({kOut, QCoreApplication::translate("Cli", "The PDF file to write (replaced whole)."),
                          QCoreApplication::translate("Cli", "FILE")});
         },
         printFiche, 1},
        {"print-session",
         QT_TRANSLATE_NOOP("Cli", "Write a session's agenda, attendance sheet and fiches as PDF files."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("SESSION"),
                                     QCoreApplication::translate("Cli", "The id of the session."));
             p.addOption(
                 {kOut,
                  QCoreApplication::translate("Cli", "The folder to write agenda.pdf, attendance.pdf and "
                                                     "one PDF per fiche to (created when missing)."),
                  QCoreApplication::translate("Cli", "DIR")});
             p.addOption({kCombined,
                          QCoreApplication::translate(
                              "Cli", "Also (or only) write the whole session as one PDF: agenda, attendance "
                                     "sheet, then every fiche."),
                          QCoreApplication::translate("Cli", "FILE")});
         },
         printSession, 1},
    };
}

} // namespace concerto::cli
