// CSV export of the indicators: the rows of indicatorRows(), quoted where a field needs it.
#include "reports/indicatorscsv.h"

#include "reports/indicatorrows.h"
#include "reports/outputfile.h"

#include <QCoreApplication>

namespace concerto {

namespace {

// A text cell as a spreadsheet reads it: quoted where it holds the separator, a quote or a line
// break; one that a spreadsheet would run as a formula (beginning with '=', '+', '-', '@', a tab or a
// carriage return) gets an apostrophe first, as OWASP advises. Numbers never pass here.
QString field(QString text) {
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray indicatorsCsv(const Indicators &indicators, const QLocale &locale) {
    // The machine form, with the locale's decimal mark: never a thousands separator, which a
    // spreadsheet could take for a second number (and the French one is a space).
    const QChar decimal = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().front();
    auto number = [decimal](double value) {
        QString text = machineNumber(value);
        if (decimal != QLatin1Char('.'))
            text.replace(QLatin1Char('.'), decimal);
        return text;
    };
    QStringList lines;
    lines << QCoreApplication::translate("Indicators", "section;key;label;value;percentage;denominator");
    for (const IndicatorRow &row : indicatorRows(indicators)) {
        const std::optional<double> percent = row.percent();
        lines << QStringList{field(row.section),
                             field(row.key),
                             field(row.label),
                             row.value ? number(*row.value) : QString(),
                             percent ? number(*percent) : QString(),
                             row.denominator >= 0 ? QString::number(row.denominator) : QString()}
                     .join(QLatin1Char(';'));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

bool writeIndicatorsCsv(const Indicators &indicators, const QString &path, QString *error,
                        const QLocale &locale) {
    return reports::saveOutputFile(path, indicatorsCsv(indicators, locale), error);
}

} // namespace concerto
