// The identity editor's rules, headless: live field messages, status words, side-by-side rows.
#include "models/identity/identityfields.h"

#include "models/domain/birthplace.h"
#include "models/domain/searchkey.h"
#include "models/validation/ins.h"
#include "models/validation/patientcheck.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace concerto::identity {

namespace {
constexpr int kFirstBirthYear = 1880;
} // namespace

FieldMessage insMessage(const QString &typed) {
    const QString nir = normalizedIns(typed);
    if (nir.isEmpty())
        return {};
    if (nir.size() < 15) {
        // The characters typed so far must already be of the right kind (letters only at 6–7).
        for (int i = 0; i < nir.size(); ++i)
            if (!nir.at(i).isDigit() && i != 5 && i != 6)
                return {FieldMessage::Wrong,
                        QCoreApplication::translate(
                            "Validation", "An INS holds only digits (apart from 2A or 2B for a birth in "
                                          "Corsica): \"%1\" at position %2 is not allowed.")
                            .arg(nir.at(i))
                            .arg(i + 1)};
        // Counted apart: lupdate (Qt 6.4) loops forever on "int(15 - …)" as the count argument.
        const int left = 15 - int(nir.size());
        return {FieldMessage::Incomplete,
                QCoreApplication::translate(
                    "Identity", "%n more character(s) to type (13 and a 2-digit key).", nullptr, left)};
    }
    const validation::Check check = validation::checkIns(nir);
    if (!check.ok())
        return {FieldMessage::Wrong, check.message()};
    return {FieldMessage::Fine, QCoreApplication::translate("Identity", "The key is correct.")};
}

QDate parseBirthDate(const QString &typed, const QDate &today) {
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QRegularExpressionMatch m = whole.match(typed.trimmed());
    if (!m.hasMatch() || !birthDateMessage(typed, today).fine())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QString birthDateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

FieldMessage birthDateMessage(const QString &typed, const QDate &today) {
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression start(QStringLiteral("^\\d{0,2}(/\\d{0,2}(/\\d{0,3})?)?$"));
    const QRegularExpressionMatch m = whole.match(text);
    if (!m.hasMatch()) {
        if (start.match(text).hasMatch())
            return {FieldMessage::Incomplete,
                    QCoreApplication::translate("Identity", "Day/month/year, for example 18/09/1942.")};
        return {FieldMessage::Wrong,
                QCoreApplication::translate("Identity",
                                            "Type the date as day/month/year, for example 18/09/1942.")};
    }
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    const QDate date(year, month, day);
    if (month < 1 || month > 12)
        return {
            FieldMessage::Wrong,
            QCoreApplication::translate("Identity", "There is no month %1: a month is 1 to 12.").arg(month)};
    if (!date.isValid())
        return {FieldMessage::Wrong,
                QCoreApplication::translate("Identity", "This date does not exist: %1 has %2 days.")
                    .arg(QLocale().standaloneMonthName(month))
                    .arg(QDate(year, month, 1).daysInMonth())};
    if (date > today)
        return {FieldMessage::Wrong,
                QCoreApplication::translate("Identity", "The birth date is after today.")};
    if (year < kFirstBirthYear)
        return {FieldMessage::Wrong,
                QCoreApplication::translate("Identity", "The year %1 is too far back: check it.").arg(year)};
    return {};
}

FieldMessage birthPlaceMessage(const QString &typed) {
    if (typed.trimmed().isEmpty())
        return {};
    if (typed.trimmed().size() < 5)
        return {FieldMessage::Incomplete,
                QCoreApplication::translate("Identity",
                                            "5 characters: a commune (14118) or 99 and a country (99134).")};
    const validation::Check check = validation::checkBirthPlaceCode(typed.trimmed().toUpper());
    if (!check.ok())
        return {FieldMessage::Wrong, check.message()};
    // The department (or a birth abroad) in words, so that a mistyped code shows at once.
    const QString department = birthplace::departmentText(typed);
    return department.isEmpty() ? FieldMessage{} : FieldMessage{FieldMessage::Fine, department};
}

QString statusWord(IdentityStatus status) {
    switch (status) {
    case IdentityStatus::Provisional:
        return QCoreApplication::translate("Identity", "Provisional");
    case IdentityStatus::Recovered:
        return QCoreApplication::translate("Identity", "Recovered");
    case IdentityStatus::Validated:
        return QCoreApplication::translate("Identity", "Validated");
    case IdentityStatus::Qualified:
        return QCoreApplication::translate("Identity", "Qualified");
    }
    return {};
}

QString statusExplanation(IdentityStatus status) {
    switch (status) {
    case IdentityStatus::Provisional:
        return QCoreApplication::translate("Identity",
                                           "Typed without an identity document, INS not checked.");
    case IdentityStatus::Recovered:
        return QCoreApplication::translate(
            "Identity", "INS returned by the national service, identity document not seen.");
    case IdentityStatus::Validated:
        return QCoreApplication::translate(
            "Identity", "Identity document seen, INS not yet checked with the national service.");
    case IdentityStatus::Qualified:
        return QCoreApplication::translate("Identity",
                                           "Identity document seen and INS checked: the INS may be shared.");
    }
    return {};
}

QString insHiddenNote() {
    return QCoreApplication::translate(
        "Identity", "The INS is shown and recorded only for a qualified identity (document seen and INS "
                    "checked with the national service).");
}

QStringList splitGivenNames(const QString &typed) {
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return typed.split(separators, Qt::SkipEmptyParts);
}

QString joinGivenNames(const QStringList &names) {
    return names.join(QLatin1Char(' '));
}

bool duplicateTraitsChanged(const Patient &before, const Patient &after) {
    return before.birthName != after.birthName || before.usedName != after.usedName ||
           before.birthGivenNames != after.birthGivenNames || before.usedGivenName != after.usedGivenName ||
           before.sex != after.sex || before.birthDate != after.birthDate;
}

namespace {
QString sexWord(Sex sex) {
    switch (sex) {
    case Sex::Female:
        return QCoreApplication::translate("Identity", "Female");
    case Sex::Male:
        return QCoreApplication::translate("Identity", "Male");
    case Sex::Unknown:
        break;
    }
    return QCoreApplication::translate("Identity", "Unknown");
}

QString insSeen(const Patient &p) {
    if (p.ins.isEmpty())
        return {};
    return p.mayShareIns() ? validation::formattedIns(p.ins)
                           : QCoreApplication::translate("Identity", "(not shown: identity not qualified)");
}

QString addressText(const Address &a) {
    QStringList parts;
    for (const QString &part :
         {a.line, QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed(), a.country})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(", "));
}
} // namespace

std::vector<TraitRow> compareIdentities(const Patient &l, const Patient &r) {
    std::vector<TraitRow> rows;
    auto add = [&rows](const QString &label, const QString &left, const QString &right) {
        rows.push_back(
            {label, left, right, left.simplified().compare(right.simplified(), Qt::CaseInsensitive) != 0});
    };
    add(QCoreApplication::translate("Identity", "Birth name"), l.birthName.toUpper(), r.birthName.toUpper());
    add(QCoreApplication::translate("Identity", "Birth given names"), joinGivenNames(l.birthGivenNames),
        joinGivenNames(r.birthGivenNames));
    add(QCoreApplication::translate("Identity", "Used name"), l.usedName.toUpper(), r.usedName.toUpper());
    add(QCoreApplication::translate("Identity", "Used given name"), l.usedGivenName, r.usedGivenName);
    add(QCoreApplication::translate("Identity", "Sex"), sexWord(l.sex), sexWord(r.sex));
    add(QCoreApplication::translate("Identity", "Birth date"), birthDateText(l.birthDate),
        birthDateText(r.birthDate));
    add(QCoreApplication::translate("Identity", "Birthplace (INSEE)"), birthplace::label(l.birthPlaceCode),
        birthplace::label(r.birthPlaceCode));
    add(QCoreApplication::translate("Identity", "Identity status"), statusWord(l.identityStatus),
        statusWord(r.identityStatus));
    add(QCoreApplication::translate("Identity", "INS"), insSeen(l), insSeen(r));
    add(QCoreApplication::translate("Identity", "IPP"), l.ipp, r.ipp);
    add(QCoreApplication::translate("Identity", "Address"), addressText(l.address), addressText(r.address));
    return rows;
}

} // namespace concerto::identity
