// concerto-cli import-nomenclature FILE…: loads national value sets (IHE SVS XML) into the database,
// one line per set loaded; a refused file is reported on stderr and the other files still load. With
// --if-missing, a set that already has a version loaded is left as it is (scripts/run.sh: a newer
// version the user imported stays the one in use).
#include "app/cli/command.h"
#include "models/nomenclature/svsreader.h"
#include "models/store/nomenclaturerepository.h"

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
    std::unique_ptr<Database> db = c.openDatabase(Access::Writes);
    if (!db)
        return Failure;
    if (const StoreResult whole = db->checkWhole(); !whole.ok) {
        c.err << whole.error << '\n';
        return Failure;
    }
    nomenclature::NomenclatureRepository repository(*db);
    const bool ifMissing = c.parser.isSet(QStringLiteral("if-missing"));
    int failures = 0;
    for (const QString &file : files) {
        const nomenclature::ReadResult read = nomenclature::readValueSetFile(file);
        if (read && ifMissing) {
            const auto loaded = repository.activeSet(read.set->oid);
            if (!loaded.ok()) {
                c.err << loaded.error << '\n';
                c.err.flush();
                ++failures;
                continue;
            }
            if (loaded.value) {
                c.out << QCoreApplication::translate("Cli",
                                                     "%1  OID %2  already loaded (version %3), left as it is")
                             .arg(loaded.value->name, loaded.value->oid, loaded.value->version)
                      << '\n';
                c.out.flush();
                continue;
            }
        }
        nomenclature::ImportResult result;
        if (read)
            result = repository.store(*read.set);
        else
            result.error = read.error;
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
             p.addOption(
                 {QStringLiteral("if-missing"),
                  QCoreApplication::translate("Cli", "Only load the sets that have no version loaded yet.")});
         },
         importNomenclature, kAnyNumber},
    };
}

} // namespace concerto::cli
