// concerto-cli: headless commands on a local Concerto database (init, demo data, nomenclature import,
// INS and TNM checks, listings, session planning, patient import, duplicates). `concerto-cli COMMAND --help`
// describes each command.
#include "app/cli/command.h"
#include "app/keysource.h"
#include "models/store/database.h"
#include "translations/language.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace concerto;

namespace {

// Qt's own warnings (QStandardPaths about XDG_RUNTIME_DIR, the offscreen platform…) are not for the
// user of a command line: only Concerto's categories (quiet unless QT_LOGGING_RULES asks) and fatal
// errors pass, or everything when QT_LOGGING_RULES is set.
QtMessageHandler qtHandler = nullptr;
void cliMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const bool ours = context.category && qstrncmp(context.category, "concerto.", 9) == 0;
    if (type == QtFatalMsg || ours || qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qtHandler(type, context, message);
}

std::vector<cli::Command> allCommands() {
    std::vector<cli::Command> all;
    for (auto group : {cli::dbCommands, cli::demoCommands, cli::nomenclatureCommands, cli::identityCommands,
                       cli::clinicalCommands, cli::planningCommands, cli::patientCommands, cli::statsCommands,
                       cli::printCommands, cli::cdaCommands, cli::checkCommands, cli::syncCommands})
        for (cli::Command &c : group())
            all.push_back(std::move(c));
    return all;
}

void usage(QTextStream &out, const std::vector<cli::Command> &commands) {
    out << QCoreApplication::translate(
               "Cli", "Usage: concerto-cli COMMAND [options]  (concerto-cli COMMAND --help for details)")
        << '\n'
        << QCoreApplication::translate("Cli",
                                       "Works on the local database given with --db FILE (default: %1).")
               .arg(Database::defaultPath())
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const cli::Command &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(22) << cli::translated(c.summary) << '\n';
}

// What is wrong with the command line once parsed, or an empty text.
QString commandLineError(const cli::Command &command, const QCommandLineParser &parser) {
    // An empty --db would silently become the default database: refuse it.
    if (parser.isSet(QStringLiteral("db")) && parser.value(QStringLiteral("db")).isEmpty())
        return QCoreApplication::translate("Cli", "--db wants a file name, not an empty text.");
    // An option that takes a value says it once: of `--db a --db b`, neither is taken silently.
    for (const QString &option : parser.optionNames())
        if (parser.values(option).size() > 1)
            return QCoreApplication::translate("Cli", "--%1 was given more than once (%2): give it once.")
                .arg(option, parser.values(option).join(QStringLiteral(", ")));
    const QStringList given = parser.positionalArguments();
    if (command.positionals == cli::kAnyNumber || given.size() <= command.positionals)
        return {};
    const QString name = QLatin1String(command.name);
    if (command.positionals == 0)
        return QCoreApplication::translate("Cli", "\"%1\" takes no arguments, but was given: %2. Options "
                                                  "start with -- (concerto-cli %1 --help lists them).")
            .arg(name, given.join(QLatin1Char(' ')));
    return QCoreApplication::translate("Cli",
                                       "\"%1\" takes %n argument(s), but was given %2: %3. If a value has "
                                       "spaces, quote it (concerto-cli %1 --help).",
                                       nullptr, command.positionals)
        .arg(name)
        .arg(given.size())
        .arg(given.join(QLatin1Char(' ')));
}
} // namespace

int main(int argc, char **argv) {
    qtHandler = qInstallMessageHandler(cliMessages);
    const std::unique_ptr<QCoreApplication> app = cli::makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Concerto"));
    QCoreApplication::setApplicationName(QStringLiteral("Concerto"));
    installTranslations(preferredLanguage(qEnvironmentVariable("CONCERTO_LANGUAGE")));
    // Messages for the user go to stderr in their language; the libraries' log (SQLite's own text) stays
    // quiet unless asked for with QT_LOGGING_RULES="concerto.*=true".
    QLoggingCategory::setFilterRules(QStringLiteral("concerto.*=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::vector<cli::Command> commands = allCommands();
    QStringList args = QCoreApplication::arguments();
    // Global options may come before the command: keep them for the command's own parser.
    QStringList global;
    while (args.size() > 1 && args.at(1).startsWith(QLatin1Char('-')) &&
           args.at(1) != QLatin1String("--help") && args.at(1) != QLatin1String("-h")) {
        global << args.takeAt(1);
        if ((global.last() == QLatin1String("--db") || global.last() == QLatin1String("--key-file")) &&
            args.size() > 1)
            global << args.takeAt(1);
    }
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h") ||
        args.at(1) == QLatin1String("help")) {
        usage(args.size() < 2 ? err : out, commands);
        return args.size() < 2 ? cli::UsageError : cli::Success;
    }
    const QString name = args.at(1);
    for (const cli::Command &command : commands) {
        if (name != QLatin1String(command.name))
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(cli::translated(command.summary));
        parser.addHelpOption();
        parser.addOption({QStringLiteral("db"),
                          QCoreApplication::translate("Cli", "The local database file."),
                          QCoreApplication::translate("Cli", "FILE")});
        parser.addOption({QStringLiteral("key-file"),
                          QCoreApplication::translate(
                              "Cli", "The file holding the database's key (64 hexadecimal characters, "
                                     "readable by its owner only), where no system keychain runs; "
                                     "CONCERTO_KEY_FILE names it too."),
                          QCoreApplication::translate("Cli", "FILE")});
        if (command.addOptions)
            command.addOptions(parser);
        QStringList commandArgs{QStringLiteral("concerto-cli %1").arg(name)};
        commandArgs += global + args.mid(2);
        if (!parser.parse(commandArgs)) {
            err << parser.errorText() << '\n';
            return cli::UsageError;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            // Qt names the program by its path; the user typed the command.
            QString help = parser.helpText();
            help.replace(QCoreApplication::arguments().constFirst(), commandArgs.constFirst());
            out << help;
            return cli::Success;
        }
        if (const QString error = commandLineError(command, parser); !error.isEmpty()) {
            err << error << '\n';
            return cli::UsageError;
        }
        if (parser.isSet(QStringLiteral("key-file")) && parser.value(QStringLiteral("key-file")).isEmpty()) {
            err << QCoreApplication::translate("Cli", "--key-file wants a file name, not an empty text.")
                << '\n';
            return cli::UsageError;
        }
        app::installKeySource(parser.value(QStringLiteral("key-file")));
        cli::Context context{parser, out, err};
        const int code = command.run(context);
        out.flush();
        err.flush();
        return code;
    }
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(name) << '\n';
    usage(err, commands);
    return cli::UsageError;
}
