// The INS (NIR/NIA) check: length, characters, sex, month, département, order number and key, in the
// order a person would look for a typing error.
#include "models/validation/ins.h"
#include "models/domain/patient.h"
#include "models/validation/identifiers.h"

#include <QCoreApplication>

namespace concerto::validation {

namespace {
bool isDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The département at characters 6–7 (6–8 overseas), or an empty string when there is none.
QString departementOf(const QString &nir) {
    const QString two = nir.mid(5, 2);
    if (two == QLatin1String("2A") || two == QLatin1String("2B"))
        return two;
    if (!allDigits(two))
        return {};
    const int number = two.toInt();
    if (number == 97) {
        const QChar third = nir.at(7);
        return third >= QLatin1Char('1') && third <= QLatin1Char('8') ? nir.mid(5, 3) : QString();
    }
    if (number == 98)
        return isDigit(nir.at(7)) ? nir.mid(5, 3) : QString();
    if (number == 0 || number == 96)
        return {};
    return two;
}

bool monthAllowed(int month) {
    return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
}
} // namespace

QString formattedIns(const QString &input) {
    const QString s = normalizedIns(input);
    if (s.size() != 15)
        return input;
    return QStringList{s.left(1), s.mid(1, 2), s.mid(3, 2), s.mid(5, 2), s.mid(7, 3), s.mid(10, 3), s.mid(13)}
        .join(QLatin1Char(' '));
}

Check checkIns(const QString &input, NirFields *fields) {
    const QString nir = normalizedIns(input);
    NirFields f;
    f.digits = nir;
    auto done = [&](Check c) {
        if (fields)
            *fields = f;
        return c;
    };
    if (nir.isEmpty())
        return done(Check::fail(QCoreApplication::translate("Validation", "No INS was given.")));
    if (nir.size() != 15)
        return done(Check::fail(QCoreApplication::translate(
            "Validation", "An INS has 15 characters (13 and a 2-digit key); this one has %n.", nullptr,
            int(nir.size()))));
    for (int i = 0; i < nir.size(); ++i) {
        if (isDigit(nir.at(i)) || i == 5 || i == 6)
            continue; // letters at the département position are judged with the département
        return done(Check::fail(
            QCoreApplication::translate("Validation",
                                        "An INS holds only digits (apart from 2A or 2B for a birth in "
                                        "Corsica): \"%1\" at position %2 is not allowed.")
                .arg(nir.at(i))
                .arg(i + 1)));
    }
    f.sex = nir.at(0).digitValue();
    f.year = nir.mid(1, 2).toInt();
    f.month = nir.mid(3, 2).toInt();
    f.departement = departementOf(nir);
    f.commune = nir.mid(5 + f.departement.size(), 5 - f.departement.size());
    f.order = nir.mid(10, 3);
    f.key = nir.mid(13, 2).toInt();

    if (f.sex != 1 && f.sex != 2 && f.sex != 3 && f.sex != 4 && f.sex != 7 && f.sex != 8)
        return done(Check::fail(QCoreApplication::translate("Validation",
                                                            "The first digit (sex) must be 1 or 2 (3, 4, 7 "
                                                            "or 8 for a provisional number), not %1.")
                                    .arg(f.sex)));
    if (!monthAllowed(f.month))
        return done(Check::fail(QCoreApplication::translate(
                                    "Validation", "The month of birth (characters 4 and 5) must be 01 to 12, "
                                                  "or 20 to 42 or 50 to 99 for an incomplete civil "
                                                  "status, not %1.")
                                    .arg(nir.mid(3, 2))));
    if (f.departement.isEmpty())
        return done(Check::fail(QCoreApplication::translate(
                                    "Validation", "The département of birth (characters 6 and 7) cannot be "
                                                  "\"%1\": it is 01 to 95, 2A or 2B (Corsica), 971 to "
                                                  "978 or 98x (overseas), or 99 (born abroad).")
                                    .arg(nir.mid(5, 2))));
    if (f.order == QLatin1String("000"))
        return done(Check::fail(QCoreApplication::translate(
            "Validation", "The order number (characters 11 to 13) cannot be 000.")));
    const int expected = nirKey(nir.left(13));
    if (expected != f.key)
        return done(Check::fail(
            QCoreApplication::translate("Validation",
                                        "The key is wrong: with these 13 characters the key should be %1, "
                                        "not %2. Look for a typing error.")
                .arg(expected, 2, 10, QLatin1Char('0'))
                .arg(nir.mid(13, 2))));
    return done(Check::pass());
}

} // namespace concerto::validation
