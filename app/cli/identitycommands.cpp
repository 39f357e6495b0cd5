// concerto-cli check-ins NIR: says whether an INS/NIR is valid, and why not. Works without a database.
// Exit 0 when valid (a line on stdout), 1 when invalid (the reason on stderr), 2 for a wrong command
// line. The number may be given with spaces as one quoted argument.
#include "app/cli/command.h"
#include "models/validation/ins.h"

#include <QCoreApplication>

namespace concerto::cli {

namespace {

int checkIns(Context &c) {
    const QStringList args = c.parser.positionalArguments();
    if (args.size() != 1) {
        c.err << QCoreApplication::translate("Cli",
                                             "Give one INS/NIR (15 characters; quote it if it has spaces): "
                                             "concerto-cli check-ins \"2 55 08 14 168 025 38\"")
              << '\n';
        return UsageError;
    }
    validation::NirFields fields;
    const validation::Check check = validation::checkIns(args.first(), &fields);
    if (!check) {
        c.err << QCoreApplication::translate("Cli", "Invalid INS: %1").arg(check.message()) << '\n';
        return Failure;
    }
    if (fields.provisional())
        c.out << QCoreApplication::translate("Cli", "Valid INS (a provisional number: sex digit %1).")
                     .arg(fields.sex)
              << '\n';
    else
        c.out << QCoreApplication::translate("Cli", "Valid INS.") << '\n';
    return Success;
}

} // namespace

std::vector<Command> identityCommands() {
    return {
        {"check-ins", QT_TRANSLATE_NOOP("Cli", "Say whether an INS/NIR is valid, and why not."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(
                 QStringLiteral("NIR"),
                 QCoreApplication::translate("Cli", "The INS/NIR: 13 characters and the 2-digit key."));
         },
         checkIns, 1},
    };
}

} // namespace concerto::cli
