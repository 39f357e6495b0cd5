// The French words of the printed documents (fiche RCP, agenda, attendance sheet). The printed fiche is
// French whatever the user's language, as the national format and the patient's record want it: its
// fixed words are French literals here, and the codes read as the national display names of their value
// sets (JDV_TypeTraitement_FRCP, JDV_StatutQuorum, JDV_StatutCasPresente, JDV_PhaseCancer, JDV_StatutDoc).
#pragma once

#include "models/domain/clinical.h"
#include "models/domain/fiche.h"
#include "models/domain/patient.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace concerto::reports::words {

QString treatmentType(const QString &code); // "chimiothérapie"; an unknown code as it is
QString treatmentState(TreatmentState state);
QString quorumStatus(QuorumStatus status); // "Quorum atteint"
QString caseStatus(const QString &code);   // "Cas discuté"; an unknown code as it is
QString phase(const QString &code);        // "Phase initiale du cancer"; an unknown code as it is
QString documentStatus(DocumentStatus status);
QString nature(const QString &code);      // "RCP Appareil – Organes"; an unknown code as it is
QString sex(Sex sex);                     // "Féminin"
QString laterality(const QString &value); // "droite"; an unknown value as it is
QString reportKind(const QString &kind);  // "Compte rendu opératoire"; an unknown kind as it is
QString identityStatus(IdentityStatus status);
QString yesNo(bool value); // "oui" / "non"

// "12/11/2026"; empty for a null date.
QString date(const QDate &d);
// A diagnosis date printed as precisely as it is known: "11/2026" when the day is not.
QString monthOrDay(const QDate &d, bool dayKnown);
// The instant `utc` on the boards' clock (Europe/Paris): "12/11/2026 à 17:00".
QString boardDateTime(const QDateTime &utc);
// "né le" or "née le" (or "né(e) le") with the date.
QString bornOn(Sex sex, const QDate &birth);

} // namespace concerto::reports::words
