// concerto-cli import-nomenclature FILE…: loads national value sets (IHE SVS XML) into the database,
// one line per set loaded; a refused file is reported on stderr and the other files still load.
#include "app/cli/command.h"
#include "models/nomenclature/nomenclaturerepository.h"

#include <QCoreApplication>

namespace concerto::cli {

namespace {

int importNomenclature(Context &c) {
    const QStringList files = c.parser.positionalArguments();
    if (files.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "Give the value-set files to import (JDV_*.xml).")
              << '\n';
        return UsageError;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(c.databasePath(), &error);
    if (!db) {
        c.err << error << '\n';
        return Failure;
    }
    if (const StoreResult whole = db->checkWhole(); !whole.ok) {
        c.err << whole.error << '\n';
        return Failure;
    }
    nomenclature::NomenclatureRepository repository(*db);
    int failures = 0;
    for (const QString &file : files) {
        const nomenclature::ImportResult result = repository.importFile(file);
        if (!result) {
            c.err << result.error << '\n';
            c.err.flush();
            ++failures;
            continue;
        }
        const nomenclature::SetInfo &s = result.set;
        c.out << (result.replaced
                      ? QCoreApplication::translate(
                            "Cli", "%1  OID %2  version %3  %n concept(s) (replaced the same version)",
                            nullptr, s.conceptCount)
                      : QCoreApplication::translate("Cli", "%1  OID %2  version %3  %n concept(s)", nullptr,
                                                    s.conceptCount))
                     .arg(s.name, s.oid, s.version)
              << '\n';
        c.out.flush();
    }
    if (failures > 0) {
        c.err << QCoreApplication::translate("Cli", "%n file(s) refused; nothing was loaded from them.",
                                             nullptr, failures)
              << '\n';
        return Failure;
    }
    return Success;
}

} // namespace

std::vector<Command> nomenclatureCommands() {
    return {
        {"import-nomenclature",
         QT_TRANSLATE_NOOP("Cli", "Load national value sets (IHE SVS XML, JDV_*.xml) with their version."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("files"),
                                     QCoreApplication::translate("Cli", "The value-set files to import."),
                                     QCoreApplication::translate("Cli", "FILE…"));
         },
         importNomenclature, kAnyNumber},
    };
}

} // namespace concerto::cli
