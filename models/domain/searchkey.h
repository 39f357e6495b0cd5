// Folding of names for search and duplicate detection: no accents, upper case, hyphens and
// apostrophes as spaces ("Lefèvre-D'Aubigné" -> "LEFEVRE D AUBIGNE"), and the words a patient search
// is made of (names, a birth date typed the French way, an INS or IPP).
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace concerto {

// Never a null string (the store's search columns are NOT NULL).
QString searchKey(const QString &text);

// The words of a patient search, each folded like searchKey(), each to be found at the start of a
// word of the patient's names or identifiers (in any order):
// - names: "Boissière-Bénédicte" -> BOISSIERE, BENEDICTE;
// - a date typed the French way, whole or its beginning, as the DDMMYYYY word the search stores:
//   "18/09/1942" -> 18091942, "18/09" -> 1809, "8/9/1942" -> 08091942; an ISO date 1942-09-18 too;
// - digits typed in groups ("2 55 08 14 168", an INS read aloud) -> one word 25508 14168…
QStringList searchWords(const QString &query);

// A birth date as the search stores it: DDMMYYYY ("18091942"); empty for an invalid date.
QString searchDate(const QDate &date);

// A patient's identifiers as the search stores them, one word each: the INS without spaces, in
// capitals; the IPP folded; the birth date as DDMMYYYY.
QString searchIdentifiers(const QString &ins, const QString &ipp, const QDate &birthDate);

} // namespace concerto
