// Synthetic identities for the demo data: patients (names, birth place, NIR/INS with a valid key,
// identity status, address) and the identifiers of the directory (RPPS, FINESS with their Luhn key).
#pragma once

#include "models/demo/demorandom.h"
#include "models/domain/patient.h"

namespace concerto::demo {

QString utf8(const char *text);

// A family name and a given name of the sex asked (for professionals and patients alike).
QString familyName(DemoRandom &random);
QString givenName(DemoRandom &random, Sex sex);

// A NIR of 13 characters + its 2-digit key, for that sex, birth date and INSEE birth place code
// (commune, 2A/2B for Corsica, or 99xxx abroad).
QString makeNir(DemoRandom &random, Sex sex, const QDate &birthDate, const QString &birthPlaceCode);
// 11 digits ending with a Luhn key.
QString makeRpps(DemoRandom &random);
// 9 digits: département, 6 digits, a Luhn key.
QString makeFiness(DemoRandom &random, const QString &departement);

// A patient of that sex and age range on `reference` (identity, INS, status, IPP, address);
// the GP is left to the caller.
Patient makePatient(DemoRandom &random, const QDate &reference, Sex sex, int minAge, int maxAge,
                    const QString &ipp);

} // namespace concerto::demo
