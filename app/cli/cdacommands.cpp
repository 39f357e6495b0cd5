// concerto-cli export-cda FICHE --out FILE: writes a signed fiche as the national CDA document (CI-SIS
// FRCP 2022.01, reports/cda/cdaexport.h). A fiche that is unsigned or lacks what the format requires
// writes no file: the command lists what is missing and exits 1.
#include "app/cli/command.h"
#include "reports/cda/cdaexport.h"
#include "reports/outputfile.h"

#include <QCoreApplication>
#include <QDir>

namespace concerto::cli {

namespace {

int exportCda(Context &c) {
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << QCoreApplication::translate(
                     "Cli", "Give the id of the fiche to export: concerto-cli export-cda FICHE --out FILE")
              << '\n';
        return UsageError;
    }
    const QUuid ficheId = exactId(args.first());
    if (ficheId.isNull()) {
        c.err << QCoreApplication::translate("Cli", "%1 is not the id of a fiche.").arg(args.first()) << '\n';
        return UsageError;
    }
    const QString outPath = c.parser.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "--out wants the name of the file to write.") << '\n';
        return UsageError;
    }
    if (!c.outputAllowed(outPath))
        return Failure;
    QString error;
    std::unique_ptr<Database> db = c.openDatabase(Access::Reads);
    if (!db)
        return Failure;
    const StoreRead<reports::FicheContext> context = reports::loadFicheContext(*db, ficheId);
    if (!context.ok()) {
        c.err << context.error << '\n';
        return Failure;
    }
    const reports::CdaResult result = reports::exportCda(*context);
    if (!result.ok()) {
        c.err << QCoreApplication::translate("Cli", "The fiche cannot be exported in the national format:")
              << '\n';
        for (const QString &line : result.missing)
            c.err << "- " << line << '\n';
        return Failure;
    }
    if (!reports::saveOutputFile(outPath, result.xml, &error, db->path())) {
        c.err << error << '\n';
        return Failure;
    }
    c.out << QCoreApplication::translate("Cli", "Fiche version %1 written to %2.")
                 .arg(context->fiche.versionNumber)
                 .arg(QDir::toNativeSeparators(outPath))
          << '\n';
    return Success;
}

} // namespace

std::vector<Command> cdaCommands() {
    return {
        {"export-cda", QT_TRANSLATE_NOOP("Cli", "Export a signed fiche as the national CDA document (FRCP)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(
                 QStringLiteral("FICHE"),
                 QCoreApplication::translate("Cli", "The id of the fiche (one version)."));
             p.addOption({QStringLiteral("out"),
                          QCoreApplication::translate("Cli", "The CDA file to write (XML)."),
                          QCoreApplication::translate("Cli", "FILE")});
         },
         exportCda, 1},
    };
}

} // namespace concerto::cli
