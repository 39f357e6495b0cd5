// concerto-cli stats: the activity indicators of a period (boards' days, both ends included), for the
// network or one 3C, committee or organ, as a text table or as the CSV the statistics screen exports.
#include "app/cli/command.h"
#include "models/store/database.h"
#include "reports/indicatorrows.h"
#include "reports/indicatorscsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace concerto::cli {

namespace {

// An ISO date (YYYY-MM-DD) and nothing else; says what is wrong when it is not.
QDate isoDate(Context &c, const char *name, bool *ok) {
    const QString text = c.parser.value(QLatin1String(name));
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    *ok = date.isValid();
    if (!*ok)
        c.err << QCoreApplication::translate("Cli", "--%1 wants a date such as 2027-01-31, not \"%2\".")
                     .arg(QLatin1String(name), text)
              << '\n';
    return date;
}

// The id given to `name`, null when not set; `ok` false (and a message) when it is not an id.
QUuid idOption(Context &c, const char *name, const QString &what, bool *ok) {
    const QString option = QLatin1String(name);
    if (!c.parser.isSet(option))
        return {};
    const QUuid id = exactId(c.parser.value(option).trimmed());
    if (id.isNull()) {
        c.err << QCoreApplication::translate("Cli", "--%1 wants the id of %2 (concerto-cli list).")
                     .arg(option, what)
              << '\n';
        *ok = false;
    }
    return id;
}

// A number for a person to read: as machineNumber() gives it, with the decimal point of the user's
// language ("6,6" in French).
QString readableNumber(double value) {
    return machineNumber(value).replace(QLatin1Char('.'), QLocale().decimalPoint());
}

void printTable(Context &c, const Indicators &in) {
    c.out << QCoreApplication::translate("Cli", "Activity indicators from %1 to %2")
                 .arg(in.filter.from.toString(Qt::ISODate), in.filter.to.toString(Qt::ISODate))
          << '\n';
    const std::vector<IndicatorRow> rows = indicatorRows(in);
    int width = 0;
    for (const IndicatorRow &row : rows)
        width = std::max(width, int(row.label.size()));
    QString section;
    for (const IndicatorRow &row : rows) {
        if (row.section != section) {
            section = row.section;
            c.out << '\n' << section << '\n';
        }
        c.out << "  " << row.label.leftJustified(width + 2)
              << (row.value ? readableNumber(*row.value) : QCoreApplication::translate("Cli", "n/a"))
                     .rightJustified(8);
        if (const std::optional<double> percent = row.percent())
            c.out << QStringLiteral("  ")
                  << QCoreApplication::translate("Cli", "%1 % of %2")
                         .arg(readableNumber(*percent), 5)
                         .arg(row.denominator);
        c.out << '\n';
    }
}

int stats(Context &c) {
    if (!c.parser.isSet(QStringLiteral("from")) || !c.parser.isSet(QStringLiteral("to"))) {
        c.err << QCoreApplication::translate(
                     "Cli", "Give the period: concerto-cli stats --from 2026-01-01 --to 2026-12-31")
              << '\n';
        return UsageError;
    }
    bool fromOk = false;
    bool toOk = false;
    IndicatorFilter filter;
    filter.from = isoDate(c, "from", &fromOk);
    filter.to = isoDate(c, "to", &toOk);
    if (!fromOk || !toOk)
        return UsageError;
    if (const QString problem = filter.problem(); !problem.isEmpty()) {
        c.err << problem << '\n';
        return UsageError;
    }
    bool idsOk = true;
    filter.rcpId = idOption(c, "committee", QCoreApplication::translate("Cli", "an RCP"), &idsOk);
    filter.centreId = idOption(c, "centre", QCoreApplication::translate("Cli", "a 3C"), &idsOk);
    if (!idsOk)
        return UsageError;
    filter.organ = c.parser.value(QStringLiteral("organ")).trimmed();
    if (c.parser.isSet(QStringLiteral("organ")) && filter.organ.isEmpty()) {
        c.err << QCoreApplication::translate(
                     "Cli", "--organ wants an appareil or organ code of the committees (JDV_RCP_Appareil, "
                            "JDV_RCP_Organe).")
              << '\n';
        return UsageError;
    }

    const std::unique_ptr<Database> db = c.openDatabase(Access::Reads);
    if (!db)
        return Failure;
    const StoreRead<Indicators> indicators = computeIndicators(*db, filter);
    if (!indicators.ok()) {
        c.err << indicators.error << '\n';
        return Failure;
    }
    if (c.parser.isSet(QStringLiteral("csv"))) {
        c.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(indicatorsCsv(*indicators)) < 0) {
            c.err << QCoreApplication::translate("Cli", "The CSV could not be written: %1")
                         .arg(out.errorString())
                  << '\n';
            return Failure;
        }
        return Success;
    }
    printTable(c, *indicators);
    return Success;
}

} // namespace

std::vector<Command> statsCommands() {
    return {{"stats",
             QT_TRANSLATE_NOOP("Cli", "Activity indicators of a period (sessions, fiches, patients, quality, "
                                      "delays, distributions), as a table or as CSV."),
             [](QCommandLineParser &p) {
                 p.addOption({QStringLiteral("from"),
                              translated(QT_TRANSLATE_NOOP("Cli", "First meeting day, YYYY-MM-DD.")),
                              QStringLiteral("DATE")});
                 p.addOption({QStringLiteral("to"),
                              translated(QT_TRANSLATE_NOOP("Cli", "Last meeting day, YYYY-MM-DD.")),
                              QStringLiteral("DATE")});
                 p.addOption({QStringLiteral("committee"),
                              translated(QT_TRANSLATE_NOOP("Cli", "Only this RCP (its id).")),
                              QStringLiteral("ID")});
                 p.addOption({QStringLiteral("centre"),
                              translated(QT_TRANSLATE_NOOP("Cli", "Only the RCPs of this 3C (its id).")),
                              QStringLiteral("ID")});
                 p.addOption({QStringLiteral("organ"),
                              translated(QT_TRANSLATE_NOOP(
                                  "Cli", "Only the RCPs of this appareil or organ (JDV_RCP_Appareil or "
                                         "JDV_RCP_Organe code).")),
                              QStringLiteral("CODE")});
                 p.addOption({QStringLiteral("csv"),
                              translated(QT_TRANSLATE_NOOP(
                                  "Cli", "Write the CSV (UTF-8 with BOM, ';') to the standard output."))});
             },
             stats, 0}};
}

} // namespace concerto::cli
