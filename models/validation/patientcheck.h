// Identity vigilance checks of a patient: the strict traits, the INS and its agreement with the traits,
// what a qualified identity needs, and the form of the birth place's INSEE code.
#pragma once

#include "models/domain/patient.h"
#include "models/validation/check.h"

namespace concerto::validation {

// The INSEE code of a birth place: 5 characters, a commune (14118, 2A004, 97105, 98818) or 99 and a
// country code (99134) for a birth abroad. Empty is valid here. Codes follow today's INSEE geography:
// Corsica is 2A/2B (no 20xxx), and 00, 96 are no département.
Check checkBirthPlaceCode(const QString &code);

// The longest name (birth name, used name, the list of birth given names, used given name) and IPP
// accepted, as the national identity referential (INSi) bounds its traits.
constexpr int kNameLength = 100;
constexpr int kIppLength = 50;
// The earliest birth date accepted: 1900-01-01.
QDate earliestBirthDate();

// Everything wrong with a patient's identity, one message each:
// - birth name, first birth given name, sex and birth date (from earliestBirthDate() to `today`) are
//   required;
// - names hold only letters (accented ones included), spaces, hyphens and apostrophes, begin with a
//   letter (never '=', '+', '@', a control character or NUL) and have at most kNameLength characters;
// - the IPP, when present, holds letters, digits, '-', '_', '.', '/' (kIppLength at most);
// - the INS, when present, is valid, of a known kind (OID), and agrees with the sex and the birth
//   year and month (when the INS carries a month);
// - a qualified identity (QUAL) has an INS and the birth place;
// - the birth place code, when present, has the INSEE form.
Check checkPatientIdentity(const Patient &patient, const QDate &today);

} // namespace concerto::validation
