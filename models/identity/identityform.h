// The identity editor without its widgets: what each field says as it is typed (INS key, French birth
// date, INSEE code), the identity status in words, when the INS may be shown, the look-alike identities
// to confirm before a new identity (or changed traits) is saved, the two identities side by side, and
// the writes: save, clearing a duplicate-review mark (never a merge), delete (refused by the store for
// a patient with a case or a fiche).
#pragma once

#include "models/identity/duplicates.h"
#include "models/validation/check.h"

#include <optional>
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

// A new identity, or the changes to a stored one, until they are saved.
class IdentityForm final {
public:
    explicit IdentityForm(Database &db, std::optional<Patient> existing = std::nullopt);

    // The record as edited: names, sex, status, IPP, address, GP and every field the editor does not
    // show are taken from here; the birth date and INS from their texts.
    Patient draft;
    QString birthDateText;
    QString insText;

    bool isNew() const { return !m_original.has_value(); }
    const std::optional<Patient> &original() const { return m_original; }

    // The identity the fields describe.
    Patient patient(const QDate &today) const;
    // Every reason the identity cannot be saved: the fields' own messages, then checkPatientIdentity().
    validation::Check check(const QDate &today) const;
    // A new identity, or a stored one whose names, sex or birth date changed.
    bool needsDuplicateCheck(const QDate &today) const;
    // The living identities that may be the same person (identity::duplicatesOf), when a check is needed.
    StoreRead<std::vector<DuplicateCandidate>> lookAlikes(const QDate &today) const;

    enum class Outcome { Saved, Invalid, LookAlikes, Failed };
    struct SaveResult {
        Outcome outcome = Outcome::Failed;
        QString error;                              // Invalid and Failed: why, in words
        std::vector<DuplicateCandidate> lookAlikes; // LookAlikes: confirm before saving again
    };
    // Checks, then looks for look-alikes unless `differentPersonConfirmed`, then saves in one write
    // transaction (journal and audit). On success `saved()` is the stored record.
    SaveResult save(const QDate &today, bool differentPersonConfirmed);
    const Patient &saved() const { return m_saved; }

private:
    Database &m_db;
    std::optional<Patient> m_original;
    Patient m_saved;
};

// A person looked at both identities of a duplicate-review mark and they are different people: the
// mark is cleared (a journaled save of the patient). Nothing is merged.
StoreResult clearDuplicateMark(Database &db, const QUuid &patientId);
// Whether the patient may be deleted (no case, no fiche); `error` says why not or why it is unknown.
bool mayDelete(Database &db, const QUuid &patientId, QString *error = nullptr);
// Deletes (tombstones) a patient without a case or fiche; the store refuses the others in words.
StoreResult deletePatient(Database &db, const QUuid &patientId);

} // namespace concerto::identity
