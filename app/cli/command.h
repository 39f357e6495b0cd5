// The frame of concerto-cli's commands: each command has a name, a one-line summary, its own options
// (parsed by QCommandLineParser, with --db and --help everywhere), a run function and the number of
// positional arguments it takes (more are refused before it runs).
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <QUuid>
#include <functional>
#include <memory>
#include <vector>

namespace concerto {
class Database;
}

namespace concerto::cli {

// Exit codes: 0 success, 1 the work failed, 2 the command line was wrong.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command does with the database: a file altered outside Concerto (Database::alterations) is read
// with a warning, never written to.
enum class Access { Reads, Writes };

struct Context {
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    QString databasePath() const; // --db (never empty: refused earlier), or the user's default database
    // Opens the database at databasePath(), or says on stderr why it cannot and returns null. A file whose
    // schema was altered outside Concerto is refused to a command that `Writes` (with what was altered);
    // to one that `Reads`, it opens read-only with that warning on stderr, once per run.
    std::unique_ptr<Database> openDatabase(Access access);
    // Says once on stderr what was altered in `db`, if anything; false when it was altered.
    bool warnIfAltered(const Database &db);
    bool alterationsShown = false;
    // Whether `path` may receive an output file (reports/outputfile.h: a regular or a new file, never the
    // database or its -wal, -shm, -journal); if not, says why on stderr.
    bool outputAllowed(const QString &path);
};

// Command::positionals for a command that takes a list (files): any number.
constexpr int kAnyNumber = -1;

struct Command {
    const char *name;
    const char *summary; // English source, translated through the "Cli" context
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(Context &)> run;
    // How many positional arguments the command takes at most (kAnyNumber: no limit). More is a wrong
    // command line, refused before the command runs; the command says what is missing when it has fewer.
    int positionals = 0;
};

std::vector<Command> dbCommands();           // init, list
std::vector<Command> demoCommands();         // demo
std::vector<Command> nomenclatureCommands(); // import-nomenclature
std::vector<Command> identityCommands();     // check-ins
std::vector<Command> clinicalCommands();     // check-tnm
std::vector<Command> planningCommands();     // plan-sessions
std::vector<Command> patientCommands();      // import-patients, duplicates
std::vector<Command> statsCommands();        // stats
std::vector<Command> printCommands();        // print-fiche, print-session
std::vector<Command> cdaCommands();          // export-cda
std::vector<Command> checkCommands();        // check
std::vector<Command> syncCommands();         // sync

// The application: a QGuiApplication on the offscreen platform for the print commands (fonts), else a
// QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// The id a command line gives, written exactly as a UUID (36 characters, or 38 between braces; any
// case); a null id for anything else, trailing characters included.
QUuid exactId(const QString &text);

// A text marked with QT_TRANSLATE_NOOP("Cli", …), in the user's language.
QString translated(const char *text);

} // namespace concerto::cli
