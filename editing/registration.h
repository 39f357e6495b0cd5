// Registering a patient for a session (a new case): which sessions are offered (planned, not started,
// registration still open, soonest first), what the registration needs (a session, a requesting
// physician, a motif, the question; the patient not already on that session), and the registration
// itself: a new case pre-filled from the patient's history (caseprefill.h), saved in one transaction.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/session.h"
#include "models/store/database.h"
#include "models/validation/check.h"
#include "services/services.h"

#include <memory>

namespace concerto::editing {

// Planned sessions starting within `days` after `now` whose registrations are not closed
// (agenda::mayRegister), soonest first; one whose deadline is past is offered too, and its cases are
// marked late.
StoreRead<std::vector<Session>> sessionsOpenForRegistration(Database &db, const QDateTime &now,
                                                            int days = 90);
inline StoreRead<std::vector<Session>> sessionsOpenForRegistration(Services &services, int days = 90) {
    return sessionsOpenForRegistration(services.store(), services.now(), days);
}

struct RegistrationForm {
    QUuid patientId;
    QUuid sessionId;
    QUuid requesterId;
    QUuid presenterId; // the requester when empty
    Motif motif;
    QString intent = QString::fromLatin1(kCaseDiscussed);
    QString question;
};

// What is missing or wrong, one sentence each; reads the patient's cases to refuse a second case of the
// patient on the same session.
StoreRead<validation::Check> checkRegistration(Database &db, const RegistrationForm &form);

// Checks the form, then saves the new case (registeredAt now, pre-filled from the patient's last fiche
// or case) in one transaction; the new case's id, or why it was not registered.
StoreRead<QUuid> registerCase(Database &db, const RegistrationForm &form);

class CaseDocument;
// The same, handing over the saved case's document: it still knows what was taken from the patient's
// history (CaseDocument::prefill), which the editor then marks. Null with `error` set when refused.
std::unique_ptr<CaseDocument> registerCaseDocument(Database &db, const RegistrationForm &form,
                                                   QString *error);
std::unique_ptr<CaseDocument> registerCaseDocument(Services &services, const RegistrationForm &form,
                                                   QString *error);

} // namespace concerto::editing
