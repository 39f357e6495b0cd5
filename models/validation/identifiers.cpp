// Key computations of the national identifiers.
#include "models/validation/identifiers.h"

#include <QCoreApplication>

namespace concerto::validation {

bool allDigits(const QString &s) {
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

namespace {

// Sum of the Luhn weights of `digits`, doubling from the rightmost digit when `doubleFirst`.
int luhnSum(const QString &digits, bool doubleFirst) {
    int sum = 0;
    bool twice = doubleFirst;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum;
}
} // namespace

int nirKey(const QString &nir13) {
    if (nir13.size() != 13)
        return -1;
    QString digits = nir13.toUpper();
    // Corsica: 2A and 2B stand at the département position (characters 6 and 7) only.
    const QString departement = digits.mid(5, 2);
    if (departement == QLatin1String("2A"))
        digits.replace(5, 2, QStringLiteral("19"));
    else if (departement == QLatin1String("2B"))
        digits.replace(5, 2, QStringLiteral("18"));
    if (!allDigits(digits))
        return -1;
    return int(97 - digits.toLongLong() % 97);
}

int luhnCheckDigit(const QString &digits) {
    if (!allDigits(digits))
        return -1;
    return (10 - luhnSum(digits, true) % 10) % 10;
}

bool luhnValid(const QString &digits) {
    return allDigits(digits) && digits.size() > 1 && luhnSum(digits, false) % 10 == 0;
}

namespace {
QString withoutSpaces(const QString &input) {
    QString s;
    for (const QChar c : input)
        if (!c.isSpace())
            s.append(c);
    return s;
}

// `what` is the translated name of the number ("The RPPS number"), `length` its digits, key included.
Check checkLuhnNumber(const QString &input, const QString &what, int length) {
    const QString s = withoutSpaces(input);
    if (s.isEmpty())
        return Check::fail(QCoreApplication::translate("Validation", "%1 is missing.").arg(what));
    if (!allDigits(s))
        return Check::fail(QCoreApplication::translate("Validation", "%1 holds only digits.").arg(what));
    if (s.size() != length)
        return Check::fail(QCoreApplication::translate("Validation", "%1 has %2 digits; this one has %n.",
                                                       nullptr, int(s.size()))
                               .arg(what)
                               .arg(length));
    const int expected = luhnCheckDigit(s.left(length - 1));
    if (expected != s.at(length - 1).digitValue())
        return Check::fail(QCoreApplication::translate("Validation", "%1 is wrong: its last digit (the key) "
                                                                     "should be %2, not %3. Look for a "
                                                                     "typing error.")
                               .arg(what)
                               .arg(expected)
                               .arg(s.at(length - 1)));
    return Check::pass();
}
} // namespace

Check checkRpps(const QString &input) {
    return checkLuhnNumber(input, QCoreApplication::translate("Validation", "The RPPS number"), 11);
}

Check checkFiness(const QString &input) {
    return checkLuhnNumber(input, QCoreApplication::translate("Validation", "The FINESS number"), 9);
}

Check checkPostalCode(const QString &input) {
    const QString s = input.trimmed();
    if (s.isEmpty())
        return Check::fail(QCoreApplication::translate("Validation", "The postal code is missing."));
    if (!allDigits(s) || s.size() != 5)
        return Check::fail(QCoreApplication::translate(
                               "Validation", "The postal code \"%1\" is not 5 digits (for example 31059).")
                               .arg(s));
    const int departement = s.left(2).toInt();
    if (departement < 1 || departement == 96 || departement > 98)
        return Check::fail(
            QCoreApplication::translate("Validation",
                                        "The postal code %1 does not start with a département (01 to 95, "
                                        "97 or 98).")
                .arg(s));
    return Check::pass();
}

Check checkNationalIdentifier(const QString &input, const QString &what) {
    const QString s = input.trimmed();
    if (s.isEmpty())
        return Check::fail(QCoreApplication::translate("Validation", "%1 is missing.").arg(what));
    if (!allDigits(s))
        return Check::fail(QCoreApplication::translate("Validation", "%1 holds only digits.").arg(what));
    return Check::pass();
}

} // namespace concerto::validation
