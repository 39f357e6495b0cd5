// The identity editor's writes: a new or changed identity checked, compared with its look-alikes and
// saved; a duplicate-review mark cleared; a patient without a case deleted.
#include "services/identityform.h"
#include "services/rights.h"

#include "models/store/repositories.h"
#include "models/validation/patientcheck.h"

#include <QCoreApplication>

namespace concerto::identity {

IdentityForm::IdentityForm(Database &db, std::optional<Patient> existing)
    : m_db(db)
    , m_actor(machineAdministrator())
    , m_original(std::move(existing)) {
    if (m_original) {
        draft = *m_original;
        birthDateText = identity::birthDateText(draft.birthDate);
        insText = draft.ins;
    }
}

Patient IdentityForm::patient(const QDate &today) const {
    Patient p = draft;
    p.birthName = p.birthName.trimmed();
    p.usedName = p.usedName.trimmed();
    p.usedGivenName = p.usedGivenName.trimmed();
    p.birthPlaceCode = p.birthPlaceCode.trimmed().toUpper();
    p.ipp = p.ipp.trimmed();
    p.birthDate = parseBirthDate(birthDateText, today);
    p.ins = normalizedIns(insText);
    if (p.gpUnknown)
        p.generalPractitionerId = QUuid();
    return p;
}

validation::Check IdentityForm::check(const QDate &today) const {
    validation::Check result;
    const FieldMessage date = birthDateMessage(birthDateText, today);
    if (date.state == FieldMessage::Incomplete)
        result.add(QCoreApplication::translate("Identity", "The birth date is incomplete: day/month/year."));
    else if (date.wrong())
        result.add(date.text);
    // The INS's own reason is checkPatientIdentity()'s; the traits' agreement with it too.
    for (const QString &m : validation::checkPatientIdentity(patient(today), today).messages)
        if (!(date.state != FieldMessage::Fine &&
              m == QCoreApplication::translate("Validation", "The birth date is missing.")))
            result.add(m);
    return result;
}

bool IdentityForm::needsDuplicateCheck(const QDate &today) const {
    return isNew() || duplicateTraitsChanged(*m_original, patient(today));
}

StoreRead<std::vector<DuplicateCandidate>> IdentityForm::lookAlikes(const QDate &today) const {
    if (!needsDuplicateCheck(today))
        return StoreRead<std::vector<DuplicateCandidate>>::success({});
    const PatientRepository patients(m_db);
    return duplicatesOf(patients, patient(today));
}

IdentityForm::SaveResult IdentityForm::save(const QDate &today, bool differentPersonConfirmed) {
    SaveResult result;
    if (const StoreResult may = allowed(m_actor, Action::EditIdentities); !may) {
        result.error = may.error; // Failed: nothing written
        return result;
    }
    const validation::Check checked = check(today);
    if (!checked.ok()) {
        result.outcome = Outcome::Invalid;
        result.error = checked.text();
        return result;
    }
    StoreRead<std::vector<DuplicateCandidate>> found = lookAlikes(today);
    if (!found.ok()) {
        result.error = found.error;
        return result;
    }
    if (!found->empty() && !differentPersonConfirmed) {
        result.outcome = Outcome::LookAlikes;
        result.lookAlikes = std::move(*found);
        return result;
    }
    Patient p = patient(today);
    if (!found->empty()) {
        // Saved over the warning: the person said "different", but identity vigilance wants a second
        // look. The mark (the first look-alike, the strongest reason) shows in the patient's screens and
        // beside the pair in `duplicates` until a reviewer clears it (clearDuplicateMark).
        const DuplicateCandidate &first = found->front();
        p.possibleDuplicateOf = first.patient.meta.id;
        p.possibleDuplicateReason = reasonCode(first.reason);
    }
    WriteTransaction tx(m_db);
    if (!tx.isActive()) {
        result.error = tx.error();
        return result;
    }
    PatientRepository patients(m_db);
    if (const StoreResult saved = patients.save(p); !saved.ok) {
        result.error = saved.error;
        return result;
    }
    if (!tx.commit()) {
        result.error = tx.error();
        return result;
    }
    m_saved = p;
    m_original = p;
    draft = p;
    result.outcome = Outcome::Saved;
    return result;
}

StoreResult clearDuplicateMark(Database &db, const QUuid &patientId) {
    PatientRepository patients(db);
    WriteTransaction tx(db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    const StoreRead<std::optional<Patient>> found = patients.find(patientId);
    if (!found.ok())
        return StoreResult::failure(found.error);
    if (!found.value || found.value->meta.deleted)
        return StoreResult::failure(
            QCoreApplication::translate("Identity", "This patient is no longer in the registry."));
    Patient p = *found.value;
    p.possibleDuplicateOf = QUuid();
    p.possibleDuplicateReason.clear();
    if (StoreResult r = patients.save(p); !r.ok)
        return r;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

bool mayDelete(Database &db, const QUuid &patientId, QString *error) {
    const StoreRead<int> used = PatientRepository(db).casesAndFiches(patientId);
    if (error)
        *error = !used.ok() ? used.error
                 : *used > 0
                     ? QCoreApplication::translate(
                           "Identity",
                           "This patient has a case or a fiche: the identity is kept and cannot be deleted.")
                     : QString();
    return used.ok() && *used == 0;
}

StoreResult deletePatient(Database &db, const QUuid &patientId) {
    WriteTransaction tx(db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    if (StoreResult r = PatientRepository(db).remove(patientId); !r.ok)
        return r;
    return tx.commit() ? StoreResult::success() : StoreResult::failure(tx.error());
}

} // namespace concerto::identity
