// The words a user reads for the codes of the domain, in the user's language: session status, identity
// status, the state of a fiche, a case's place on the agenda, quorum status, case status, document
// status, a physician's profession and specialty, an establishment's type. One place: the screens and
// the item models call it, and the reports and the command line are meant to. Where a built-in value
// set already names a code (domain/builtinsets.h: identity, quorum, case and document status,
// specialty, establishment type), its label is the word; the other words are translated in the
// "Labels" context.
#pragma once

#include "models/domain/fiche.h"
#include "models/domain/inscription.h"
#include "models/domain/patient.h"
#include "models/domain/roles.h"
#include "models/domain/session.h"

#include <QString>

namespace concerto::labels {

// Secretary, Physician, Coordinator, 3C administrator, Network administrator, Read only.
QString role(Role role);
// What a write is, after "allow you to": "edit the directory", "sign fiches"…
QString action(Action action);
// Planned, In progress, Closed, Cancelled.
QString sessionStatus(SessionStatus status);
// RNIV: Provisional, Recovered, Validated or Qualified identity (the identity-status value set).
QString identityStatus(IdentityStatus status);
// Where the fiche stands for the people who finish it: Signed, Amendment draft (an unsigned version
// after the first), else by its document status: Draft, To validate, Validated, Closed.
QString ficheState(const Fiche &fiche);
// To discuss, Being discussed, Discussed, Registered, Postponed.
QString agendaState(AgendaState state);
// Quorum met, Quorum not met, Unknown (JDV_StatutQuorum).
QString quorumStatus(QuorumStatus status);
// Registered (follows a guideline), Discussed (JDV_StatutCasPresente); an unknown code as it is.
QString caseStatus(const QString &code);
// In progress, Completed, Approved, Closed (JDV_StatutDoc).
QString documentStatus(DocumentStatus status);
// The national label of a specialty code ("SM36": "Oncologie, option médicale"), also for the words of
// older records ("medical-oncology"); "Other specialty" for "other"; an unknown code as it is.
QString specialty(const QString &code);
// "Médecin" for G15_10; an unknown code as it is.
QString profession(const QString &code);
// The national label of an establishment type ("SA01": "Etablissement public de santé"); an unknown code
// as it is.
QString establishmentType(const QString &code);

} // namespace concerto::labels
