// Check keys of the national identifiers: the INS/NIR key (mod 97, Corsica's 2A/2B) and the Luhn key
// of RPPS and FINESS numbers; the form of a postal code and of the national identifiers of the network,
// the 3C and the RCP.
//
// checkRpps() and checkFiness() say why a number is refused; spaces in the input are tolerated. FINESS
// numbers of Corsican establishments (2A…, 2B…) are not accepted yet: only digits are (how their key is
// computed with the letters is not published where we looked; see the report of issue 6).
#pragma once

#include "models/validation/check.h"

#include <QString>

namespace concerto::validation {

// The 2-digit key of a NIR's first 13 characters (2A and 2B allowed at the département position),
// or -1 when they are not 13 characters of that form.
int nirKey(const QString &nir13);

// Whether `s` is not empty and holds only the digits 0–9.
bool allDigits(const QString &s);

// The Luhn digit that completes `digits` (digits only), or -1 when `digits` is empty or not all digits.
int luhnCheckDigit(const QString &digits);
// Whether `digits`, key included, passes the Luhn check.
bool luhnValid(const QString &digits);

// An RPPS number (physicians): 11 digits, the last one a Luhn key.
Check checkRpps(const QString &input);
// A FINESS number (establishments): 9 digits, the last one a Luhn key.
Check checkFiness(const QString &input);

// A French postal code: 5 digits, starting with a département (01–95) or an overseas code (97, 98).
Check checkPostalCode(const QString &input);

// A national identifier of the FRCP header (network, 3C, RCP): digits only. `what` names it in the
// message ("The national identifier of the RCP").
Check checkNationalIdentifier(const QString &input, const QString &what);

} // namespace concerto::validation
