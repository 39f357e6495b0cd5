// concerto-cli init and list: create a database, and list its patients, sessions or fiches
// (one record a line: id, tab, a short label).
#include "app/cli/command.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <map>

namespace concerto::cli {

QString translated(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

QString Context::databasePath() const {
    // Only an absent --db means the default: main() refuses an empty one before any command runs.
    return parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
}

namespace {

constexpr int kPage = 1000;

std::unique_ptr<Database> openOrReport(Context &c) {
    QString error;
    std::unique_ptr<Database> db = Database::open(c.databasePath(), &error);
    if (!db)
        c.err << error << '\n';
    return db;
}

QString day(const QDate &d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

int init(Context &c) {
    std::unique_ptr<Database> db = openOrReport(c);
    if (!db)
        return Failure;
    c.out << QCoreApplication::translate("Cli", "Database ready: %1 (schema %2)")
                 .arg(db->path())
                 .arg(db->schemaVersion())
          << '\n';
    return Success;
}

void listPatients(Database &db, QTextStream &out) {
    PatientRepository patients(db);
    for (int offset = 0;; offset += kPage) {
        const std::vector<Patient> page = patients.page(offset, kPage);
        for (const Patient &p : page)
            out << json::idText(p.meta.id) << '\t' << p.displayName() << ", " << day(p.birthDate) << ", "
                << Patient::identityStatusCode(p.identityStatus) << '\n';
        if (int(page.size()) < kPage)
            return;
    }
}

void listSessions(Database &db, QTextStream &out) {
    RcpRepository rcps(db);
    std::map<QUuid, QString> names;
    for (const Rcp &r : rcps.page(0, 100000))
        names[r.meta.id] = r.name;
    SessionRepository sessions(db);
    for (int offset = 0;; offset += kPage) {
        const std::vector<Session> page = sessions.page(offset, kPage);
        for (const Session &s : page)
            out << json::idText(s.meta.id) << '\t'
                << s.startsAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) << ' '
                << names[s.rcpId] << (s.place.isEmpty() ? QString() : QStringLiteral(", ") + s.place) << '\n';
        if (int(page.size()) < kPage)
            return;
    }
}

void listFiches(Database &db, QTextStream &out, bool signedOnly) {
    FicheRepository fiches(db);
    PatientRepository patients(db);
    for (int offset = 0;; offset += kPage) {
        const std::vector<Fiche> page =
            signedOnly ? fiches.signedPage(offset, kPage) : fiches.page(offset, kPage);
        for (const Fiche &f : page) {
            const std::optional<Patient> p = patients.find(f.patientId);
            out << json::idText(f.meta.id) << '\t'
                << QCoreApplication::translate("Cli", "v%1").arg(f.versionNumber) << ' '
                << (f.isSigned() ? QCoreApplication::translate("Cli", "signed")
                                 : QCoreApplication::translate("Cli", "draft"))
                << ' ' << day(f.meetingDate) << ' '
                << (p ? p->displayName() : QCoreApplication::translate("Cli", "(unknown patient)")) << '\n';
        }
        if (int(page.size()) < kPage)
            return;
    }
}

int list(Context &c) {
    const QStringList what = c.parser.positionalArguments();
    const QStringList kinds{QStringLiteral("patients"), QStringLiteral("sessions"), QStringLiteral("fiches")};
    if (what.size() != 1 || !kinds.contains(what.first())) {
        c.err << QCoreApplication::translate("Cli", "Say what to list: patients, sessions or fiches.")
              << '\n';
        return UsageError;
    }
    if (c.parser.isSet(QStringLiteral("signed")) && what.first() != QLatin1String("fiches")) {
        c.err << QCoreApplication::translate("Cli", "--signed only applies to fiches.") << '\n';
        return UsageError;
    }
    std::unique_ptr<Database> db = openOrReport(c);
    if (!db)
        return Failure;
    if (what.first() == QLatin1String("patients"))
        listPatients(*db, c.out);
    else if (what.first() == QLatin1String("sessions"))
        listSessions(*db, c.out);
    else
        listFiches(*db, c.out, c.parser.isSet(QStringLiteral("signed")));
    return Success;
}

} // namespace

std::vector<Command> dbCommands() {
    return {
        {"init",
         QT_TRANSLATE_NOOP("Cli", "Create the database (or upgrade it) and print its schema version."),
         {},
         init},
        {"list",
         QT_TRANSLATE_NOOP("Cli", "List patients, sessions or fiches: one record a line, id and label."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("what"),
                                     QCoreApplication::translate("Cli", "patients, sessions or fiches"));
             p.addOption(
                 {QStringLiteral("signed"), QCoreApplication::translate("Cli", "Only signed fiches.")});
         },
         list, 1},
    };
}

} // namespace concerto::cli
