// The identity editor without its widgets: a new identity, or the changes to a stored one, checked
// (identity/identityfields.h, validation/patientcheck.h), with the look-alike identities to confirm before
// a new identity (or changed traits) is saved; and the writes of the duplicate review: clearing a
// duplicate-review mark (never a merge), delete (refused by the store for a patient with a case or a
// fiche).
#pragma once

#include "services/services.h"

#include "models/identity/identityfields.h"
#include "models/store/database.h"
#include "services/duplicatesearch.h"

#include <optional>

namespace concerto::identity {

// A new identity, or the changes to a stored one, until they are saved.
class IdentityForm final {
public:
    explicit IdentityForm(Database &db, std::optional<Patient> existing = std::nullopt);
    // Saves as the services' acting user, who must be allowed to change identities.
    explicit IdentityForm(Services &services, std::optional<Patient> existing = std::nullopt)
        : IdentityForm(services.store(), std::move(existing)) {
        m_actor = services.actor();
    }

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
    // Checks, then looks for look-alikes: stops on them unless `differentPersonConfirmed`, in which
    // case the identity is saved marked as a possible duplicate of the first (Patient::
    // possibleDuplicateOf, to review); saves in one write transaction (journal and audit). On success
    // `saved()` is the stored record.
    SaveResult save(const QDate &today, bool differentPersonConfirmed);
    const Patient &saved() const { return m_saved; }

private:
    Database &m_db;
    Actor m_actor; // the machine's administrator on a bare database
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
