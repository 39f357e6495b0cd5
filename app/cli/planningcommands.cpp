// concerto-cli plan-sessions: makes the sessions of a period from the committees' schedules (each
// committee and day once), and says which ones clash with another session in the same room.
#include "app/cli/command.h"
#include "models/domain/boardtime.h"
#include "models/planning/clashes.h"
#include "models/store/repositories.h"
#include "services/planningservice.h"

#include <QCoreApplication>

namespace concerto::cli {

namespace {

QDate dateOption(Context &c, const char *name, bool *ok) {
    const QString text = c.parser.value(QLatin1String(name));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    *ok = date.isValid() && date.year() >= 1900 && date.year() <= 2200;
    if (!*ok)
        c.err << QCoreApplication::translate("Cli", "--%1 wants a date such as 2027-01-31, not \"%2\".")
                     .arg(QLatin1String(name), text)
              << '\n';
    return date;
}

int planSessions(Context &c) {
    if (!c.parser.isSet(QStringLiteral("from")) || !c.parser.isSet(QStringLiteral("to"))) {
        c.err << QCoreApplication::translate(
                     "Cli", "Give the period: concerto-cli plan-sessions --from 2027-01-01 --to 2027-03-31")
              << '\n';
        return UsageError;
    }
    bool fromOk = false;
    bool toOk = false;
    const QDate from = dateOption(c, "from", &fromOk);
    const QDate to = dateOption(c, "to", &toOk);
    if (!fromOk || !toOk)
        return UsageError;
    if (to < from || from.daysTo(to) > 731) {
        c.err << QCoreApplication::translate("Cli",
                                             "The period must run forwards and last at most two years.")
              << '\n';
        return UsageError;
    }
    QUuid only;
    if (c.parser.isSet(QStringLiteral("committee"))) {
        only = QUuid::fromString(c.parser.value(QStringLiteral("committee")));
        if (only.isNull()) {
            c.err << QCoreApplication::translate(
                         "Cli", "--committee wants the id of an RCP (concerto-cli list committees).")
                  << '\n';
            return UsageError;
        }
    }
    std::unique_ptr<Database> db = c.openDatabase(Access::Writes);
    if (!db)
        return Failure;
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(*db).all();
    if (!rcps.ok()) {
        c.err << rcps.error << '\n';
        return Failure;
    }
    int created = 0;
    int planned = 0;
    bool found = only.isNull();
    for (const Rcp &rcp : *rcps) {
        if (!only.isNull() && rcp.meta.id != only)
            continue;
        found = true;
        const StoreRead<planning::GeneratedSessions> made = planning::generateSessions(*db, rcp, from, to);
        if (!made.ok()) {
            c.err << QCoreApplication::translate("Cli", "The sessions of %1 could not be written: %2")
                         .arg(rcp.name, made.error)
                  << '\n';
            return Failure;
        }
        for (const Session &s : made->created)
            c.out << toBoardTime(s.startsAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")) << ' ' << rcp.name
                  << '\n';
        created += int(made->created.size());
        planned += made->alreadyPlanned;
    }
    if (!found) {
        c.err << QCoreApplication::translate("Cli", "No RCP has the id %1.")
                     .arg(only.toString(QUuid::WithoutBraces))
              << '\n';
        return Failure;
    }
    c.err << QCoreApplication::translate("Cli", "%1 sessions made, %2 already planned.")
                 .arg(created)
                 .arg(planned)
          << '\n';
    const StoreRead<std::vector<Session>> all = SessionRepository(*db).onDays(from, to);
    if (!all.ok()) {
        c.err << all.error << '\n';
        return Failure;
    }
    for (const planning::Clash &clash : planning::clashes(*all))
        c.err << QCoreApplication::translate("Cli", "Clash: %1 and %2, both in %3.")
                     .arg(toBoardTime(clash.first.startsAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                          toBoardTime(clash.second.startsAt).toString(QStringLiteral("HH:mm")),
                          clash.first.place)
              << '\n';
    return Success;
}

} // namespace

std::vector<Command> planningCommands() {
    return {
        {"plan-sessions",
         QT_TRANSLATE_NOOP("Cli", "Make the sessions of a period from the committees' schedules, once per "
                                  "committee and day, and report rooms that clash."),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("from"),
                          translated(QT_TRANSLATE_NOOP("Cli", "First day, YYYY-MM-DD.")),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("to"), translated(QT_TRANSLATE_NOOP("Cli", "Last day, YYYY-MM-DD.")),
                          QStringLiteral("DATE")});
             p.addOption({QStringLiteral("committee"),
                          translated(QT_TRANSLATE_NOOP("Cli", "Only this RCP (its id).")),
                          QStringLiteral("ID")});
         },
         planSessions, 0}};
}

} // namespace concerto::cli
