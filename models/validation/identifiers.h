// Check keys of the national identifiers: the INS/NIR key (mod 97, Corsica's 2A/2B) and the Luhn key
// of RPPS and FINESS numbers.
#pragma once

#include <QString>

namespace concerto::validation {

// The 2-digit key of a NIR's first 13 characters (2A and 2B allowed at the département position),
// or -1 when they are not 13 characters of that form.
int nirKey(const QString &nir13);

// The Luhn digit that completes `digits` (digits only), or -1 when `digits` is empty or not all digits.
int luhnCheckDigit(const QString &digits);
// Whether `digits`, key included, passes the Luhn check.
bool luhnValid(const QString &digits);

} // namespace concerto::validation
