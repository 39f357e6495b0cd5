// concerto-cli print-fiche FICHE --out FILE: the fiche RCP as a PDF file (reports/fichepdf.h). Printing
// needs fonts, hence a QGuiApplication: for these commands the program starts one on the offscreen
// platform, so that they run without a display.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "reports/fichecontext.h"
#include "reports/fichepdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QUuid>

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
    const QUuid id = QUuid::fromString(args.first());
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
    QString error;
    std::unique_ptr<Database> db = Database::open(c.databasePath(), &error);
    if (!db)
        c.err << error << '\n';
    return db;
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
    if (!reports::writeFichePdf(context.value, out, &error, labels)) {
        c.err << error << '\n';
        return Failure;
    }
    c.out << QCoreApplication::translate("Cli", "Fiche written to %1.").arg(QDir::toNativeSeparators(out))
          << '\n';
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
    };
}

} // namespace concerto::cli
