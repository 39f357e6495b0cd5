// Key computations of the national identifiers.
#include "models/validation/identifiers.h"

namespace concerto::validation {

namespace {
bool allDigits(const QString &s) {
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

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

} // namespace concerto::validation
