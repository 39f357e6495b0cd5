// The identity editor without its widgets: what each field says as it is typed (INS key, French birth
// date, INSEE code), the identity status in words, when the INS may be shown, the two identities side by
// side. The writes are services/identityform.h.
#pragma once

#include "models/identity/duplicates.h"
#include "models/validation/check.h"

#include <vector>

namespace concerto::identity {

// What a field shows beside it while it is typed.
struct FieldMessage {
    enum State { Fine, Incomplete, Wrong };
    State state = Fine;
    QString text; // empty when there is nothing to say

    bool wrong() const { return state == Wrong; }
    bool fine() const { return state == Fine; }
};

// The INS as it is typed: nothing for an empty field, how many characters are left while it is shorter
// than 15, else checkIns()'s reason (the key, the month, the département…) or "key correct".
FieldMessage insMessage(const QString &typed);
// A birth date typed the French way (dd/MM/yyyy, 1- or 2-digit day and month): an impossible day
// (31/02), a date after `today` or before 1880 is wrong; a beginning of a date is incomplete.
FieldMessage birthDateMessage(const QString &typed, const QDate &today);
// The date a birth-date text holds (invalid unless birthDateMessage() finds it fine).
QDate parseBirthDate(const QString &typed, const QDate &today);
// The birth date as the field shows it: 18/09/1942.
QString birthDateText(const QDate &date);
// The INSEE code of the birth place (validation::checkBirthPlaceCode).
FieldMessage birthPlaceMessage(const QString &typed);

// Provisional, Recovered, Validated, Qualified (Provisoire, Récupérée, Validée, Qualifiée).
QString statusWord(IdentityStatus status);
// One sentence on what the status means for the user.
QString statusExplanation(IdentityStatus status);
// The INS is shown (and typed) only for a qualified identity.
inline bool insShown(IdentityStatus status) {
    return status == IdentityStatus::Qualified;
}
// Why the INS field is hidden.
QString insHiddenNote();

// Birth given names typed in one field, separated by spaces or commas, in civil-status order
// ("Marie-Hélène Éloïse" -> Marie-Hélène, Éloïse); and back.
QStringList splitGivenNames(const QString &typed);
QString joinGivenNames(const QStringList &names);

// Whether the traits duplicate detection looks at (names, sex, birth date) differ.
bool duplicateTraitsChanged(const Patient &before, const Patient &after);

// One trait of two identities side by side; `differs` when they are not the same (case and spaces
// aside).
struct TraitRow {
    QString label;
    QString left;
    QString right;
    bool differs = false;
};
std::vector<TraitRow> compareIdentities(const Patient &left, const Patient &right);

} // namespace concerto::identity
