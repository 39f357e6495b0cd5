// concerto-cli init and list: create a database, and list its committees, patients, sessions or fiches
// (one record a line: id, tab, a short label).
#include "app/cli/command.h"
#include "models/domain/boardtime.h"
#include "models/store/encryptfile.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "reports/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <map>

namespace concerto::cli {

QString translated(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

QString Context::databasePath() const {
    // Only an absent --db means the default: main() refuses an empty one before any command runs.
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
}

QUuid exactId(const QString &text) {
    const QUuid id = QUuid::fromString(text);
    if (id.isNull())
        return {};
    const QString canonical = id.toString(QUuid::WithoutBraces);
    const QString given = text.toLower();
    return given == canonical || given == QLatin1Char('{') + canonical + QLatin1Char('}') ? id : QUuid();
}

bool Context::warnIfAltered(const Database &db) {
    const QStringList altered = db.alterations();
    if (altered.isEmpty())
        return true;
    if (!alterationsShown)
        err << QCoreApplication::translate("Cli",
                                           "Warning: the database %1 was altered outside Concerto; it is "
                                           "only read, nothing is written to it. %2")
                   .arg(QDir::toNativeSeparators(db.path()), altered.join(QLatin1Char(' ')))
            << '\n';
    alterationsShown = true;
    return false;
}

std::unique_ptr<Database> Context::openDatabase(Access access) {
    QString error;
    std::unique_ptr<Database> db = Database::open(databasePath(), &error);
    if (!db) {
        err << error << '\n';
        return nullptr;
    }
    if (access == Access::Writes && !db->alterations().isEmpty()) {
        // The refusal every write to that file meets, said before the command starts its work.
        const WriteTransaction refused(*db);
        err << refused.error() << '\n';
        return nullptr;
    }
    warnIfAltered(*db);
    return db;
}

bool Context::outputAllowed(const QString &path) {
    const QString problem = reports::outputFileProblem(path, databasePath());
    if (!problem.isEmpty())
        err << problem << '\n';
    return problem.isEmpty();
}

namespace {

constexpr int kPage = 1000;

QString day(const QDate &d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

int init(Context &c) {
    QString error;
    bool created = false;
    // The user's own data folder is made on first use; any other folder must exist.
    const bool defaultFile = !c.parser.isSet(QStringLiteral("db"));
    std::unique_ptr<Database> db = Database::create(c.databasePath(), &error, defaultFile, &created);
    if (!db) {
        c.err << error << '\n';
        return Failure;
    }
    // A file altered outside Concerto is not ready: it opens only to be read.
    if (!c.warnIfAltered(*db))
        return Failure;
    c.out << (created ? QCoreApplication::translate("Cli", "New database created: %1 (schema %2)")
                      : QCoreApplication::translate("Cli", "Database ready: %1 (schema %2)"))
                 .arg(QDir::toNativeSeparators(db->path()))
                 .arg(db->schemaVersion())
          << '\n';
    return Success;
}

// Every page of a list, by key, into `out`; the first failed read is the error. The lines are
// printed only once the whole list was read, so that a failure never looks like a shorter list.
template <typename T, typename NextPage, typename Line>
QString readAll(NextPage nextPage, Line line, QString &out) {
    PageKey after;
    for (;;) {
        StoreRead<PageOf<T>> page = nextPage(after);
        if (!page.ok())
            return page.error;
        for (const T &record : page->items) {
            const QString text = line(record);
            if (text.isNull())
                return QStringLiteral("?");
            out += json::idText(record.meta.id) + QLatin1Char('\t') + text + QLatin1Char('\n');
        }
        if (int(page->items.size()) < kPage)
            return {};
        after = page->lastKey;
    }
}

QString listPatients(Database &db, QString &out) {
    PatientRepository patients(db);
    return readAll<Patient>([&](const PageKey &after) { return patients.pageAfter(after, kPage); },
                            [](const Patient &p) -> QString {
                                return p.displayName() + QStringLiteral(", ") + day(p.birthDate) +
                                       QStringLiteral(", ") + Patient::identityStatusCode(p.identityStatus);
                            },
                            out);
}

QString listCommittees(Database &db, QString &out) {
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(db).all();
    if (!rcps.ok())
        return rcps.error;
    for (const Rcp &r : *rcps)
        out += json::idText(r.meta.id) + QLatin1Char('\t') + r.name + QLatin1Char('\n');
    return {};
}

QString listSessions(Database &db, QString &out) {
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(db).all();
    if (!rcps.ok())
        return rcps.error;
    std::map<QUuid, QString> names;
    for (const Rcp &r : *rcps)
        names[r.meta.id] = r.name;
    SessionRepository sessions(db);
    return readAll<Session>([&](const PageKey &after) { return sessions.pageAfter(after, kPage); },
                            [&](const Session &s) -> QString {
                                return toBoardTime(s.startsAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")) +
                                       QLatin1Char(' ') + names[s.rcpId] +
                                       (s.place.isEmpty() ? QString() : QStringLiteral(", ") + s.place);
                            },
                            out);
}

QString listFiches(Database &db, QString &out, bool signedOnly) {
    FicheRepository fiches(db);
    PatientRepository patients(db);
    QString error;
    const QString listed = readAll<Fiche>(
        [&](const PageKey &after) {
            return signedOnly ? fiches.signedPageAfter(after, kPage) : fiches.pageAfter(after, kPage);
        },
        [&](const Fiche &f) -> QString {
            const StoreRead<std::optional<Patient>> p = patients.find(f.patientId);
            if (!p.ok()) {
                error = p.error;
                return QString();
            }
            return QCoreApplication::translate("Cli", "v%1").arg(f.versionNumber) + QLatin1Char(' ') +
                   (f.isSigned() ? QCoreApplication::translate("Cli", "signed")
                                 : QCoreApplication::translate("Cli", "draft")) +
                   QLatin1Char(' ') + day(f.meetingDate) + QLatin1Char(' ') +
                   (p.value ? p.value->displayName()
                            : QCoreApplication::translate("Cli", "(unknown patient)"));
        },
        out);
    return error.isEmpty() ? listed : error;
}

int list(Context &c) {
    const QStringList what = c.parser.positionalArguments();
    const QStringList kinds{QStringLiteral("committees"), QStringLiteral("patients"),
                            QStringLiteral("sessions"), QStringLiteral("fiches")};
    if (what.size() != 1 || !kinds.contains(what.first())) {
        c.err << QCoreApplication::translate("Cli",
                                             "Say what to list: committees, patients, sessions or fiches.")
              << '\n';
        return UsageError;
    }
    if (c.parser.isSet(QStringLiteral("signed")) && what.first() != QLatin1String("fiches")) {
        c.err << QCoreApplication::translate("Cli", "--signed only applies to fiches.") << '\n';
        return UsageError;
    }
    std::unique_ptr<Database> db = c.openDatabase(Access::Reads);
    if (!db)
        return Failure;
    QString lines;
    QString error;
    if (what.first() == QLatin1String("committees"))
        error = listCommittees(*db, lines);
    else if (what.first() == QLatin1String("patients"))
        error = listPatients(*db, lines);
    else if (what.first() == QLatin1String("sessions"))
        error = listSessions(*db, lines);
    else
        error = listFiches(*db, lines, c.parser.isSet(QStringLiteral("signed")));
    if (!error.isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "The list could not be read from %1: %2")
                     .arg(QDir::toNativeSeparators(db->path()), error)
              << '\n';
        return Failure;
    }
    c.out << lines;
    return Success;
}

int encrypt(Context &c) {
    const StoreRead<EncryptedFile> done = encryptDatabaseFile(c.databasePath());
    if (!done.ok()) {
        c.err << done.error << '\n';
        return Failure;
    }
    c.out << QCoreApplication::translate("Cli",
                                         "Encrypted: %1 (%2 tables, %3 rows found again in the encrypted "
                                         "copy); the file in clear and its -wal and -shm are gone.")
                 .arg(QDir::toNativeSeparators(QFileInfo(c.databasePath()).absoluteFilePath()))
                 .arg(done->tables)
                 .arg(done->rows)
          << '\n';
    c.err << QCoreApplication::translate("Cli",
                                         "An SSD may keep the old blocks in clear for a while: full-disk "
                                         "encryption is still advised.")
          << '\n';
    return Success;
}

} // namespace

std::vector<Command> dbCommands() {
    return {
        {"init",
         QT_TRANSLATE_NOOP("Cli",
                           "Create a new database (or upgrade an existing one) and print where it is."),
         {},
         init},
        {"list",
         QT_TRANSLATE_NOOP("Cli",
                           "List committees, patients, sessions or fiches: one record a line, id and label."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(
                 QStringLiteral("what"),
                 QCoreApplication::translate("Cli", "committees, patients, sessions or fiches"));
             p.addOption(
                 {QStringLiteral("signed"), QCoreApplication::translate("Cli", "Only signed fiches.")});
         },
         list, 1},
        {"encrypt",
         QT_TRANSLATE_NOOP("Cli", "Encrypt a database written in clear (before Concerto encrypted its "
                                  "files): a checked copy replaces it, nothing in clear is left."),
         {},
         encrypt},
    };
}

} // namespace concerto::cli
