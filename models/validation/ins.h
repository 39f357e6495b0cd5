// The INS (NIR or NIA) as identity vigilance reads it: form, fields and key, with the reason a number
// is refused. Spaces in the input are tolerated; 2A/2B (Corsica) only at the département position.
//
// Decisions:
// - The sex digit 1 (male) or 2 (female) is the usual one. 3/4 (people born abroad being registered)
//   and 7/8 (provisional numbers, as in a NIA) occur in real INS as well: they are accepted and
//   reported as provisional (odd = male, even = female). Any other digit is refused.
// - Month 01–12, 20–42 or 50–99 (the last two for an incomplete civil status). 00, 13–19 and 43–49
//   are refused.
// - Département 01–95 (20 included: numbers given before Corsica was split), 2A, 2B, 97x with x 1–8
//   and 98x (overseas: the commune then has 2 digits), 99 (born abroad: the country code follows).
//   00 and 96 are refused. The order number 000 is refused.
#pragma once

#include "models/validation/check.h"

namespace concerto::validation {

struct NirFields {
    QString digits;      // the 15 characters, spaces removed, upper case
    int sex = 0;         // the first digit
    int year = -1;       // 2 digits
    int month = -1;      // 01–12, or 20–42 / 50–99 for an incomplete civil status
    QString departement; // "14", "2A", "971", "99"
    QString commune;     // 3 digits (2 overseas), or the country code after 99
    QString order;       // 3 digits
    int key = -1;

    bool provisional() const { return sex != 1 && sex != 2; }
    bool male() const { return sex % 2 == 1; }
    bool monthKnown() const { return month >= 1 && month <= 12; }
    bool bornAbroad() const { return departement == QLatin1String("99"); }
};

// Whether `input` is a valid INS (NIR or NIA), and if not, why. `fields`, when given, receives what
// could be read, the whole of it when the INS is valid.
Check checkIns(const QString &input, NirFields *fields = nullptr);

// "2 55 08 14 168 025 38": the groups a person reads an INS in (the input as is when not 15 characters).
QString formattedIns(const QString &input);

} // namespace concerto::validation
