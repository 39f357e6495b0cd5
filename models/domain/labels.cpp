// The words of the domain's codes: the built-in value sets where they name the code, the "Labels"
// translation context for the rest.
#include "models/domain/labels.h"
#include "models/domain/builtinsets.h"
#include "models/domain/specialtycodes.h"

#include <QCoreApplication>

namespace concerto::labels {

QString role(Role role) {
    switch (role) {
    case Role::Secretary:
        return QCoreApplication::translate("Labels", "Secretary");
    case Role::Physician:
        return QCoreApplication::translate("Labels", "Physician");
    case Role::Coordinator:
        return QCoreApplication::translate("Labels", "Coordinator");
    case Role::CentreAdmin:
        return QCoreApplication::translate("Labels", "3C administrator");
    case Role::NetworkAdmin:
        return QCoreApplication::translate("Labels", "Network administrator");
    case Role::ReadOnly:
        return QCoreApplication::translate("Labels", "Read only");
    }
    return roleCode(role);
}

QString action(Action action) {
    switch (action) {
    case Action::EditDirectory:
        return QCoreApplication::translate("Labels", "edit the directory");
    case Action::ImportNomenclatures:
        return QCoreApplication::translate("Labels", "import value sets");
    case Action::PlanSessions:
        return QCoreApplication::translate("Labels", "plan sessions");
    case Action::EditIdentities:
        return QCoreApplication::translate("Labels", "create or change patients' identities");
    case Action::ImportPatients:
        return QCoreApplication::translate("Labels", "import patients");
    case Action::RegisterCases:
        return QCoreApplication::translate("Labels", "register cases");
    case Action::EditCases:
        return QCoreApplication::translate("Labels", "edit cases");
    case Action::RecordDecisions:
        return QCoreApplication::translate("Labels", "record the board's decisions");
    case Action::TakeAttendance:
        return QCoreApplication::translate("Labels", "take the attendance");
    case Action::SignFiches:
        return QCoreApplication::translate("Labels", "sign fiches");
    case Action::AmendFiches:
        return QCoreApplication::translate("Labels", "correct signed fiches");
    }
    return QString();
}

QString sessionStatus(SessionStatus status) {
    switch (status) {
    case SessionStatus::Planned:
        return QCoreApplication::translate("Labels", "Planned", "session status");
    case SessionStatus::InProgress:
        return QCoreApplication::translate("Labels", "In progress", "session status");
    case SessionStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed", "session status");
    case SessionStatus::Cancelled:
        return QCoreApplication::translate("Labels", "Cancelled", "session status");
    }
    return {};
}

QString identityStatus(IdentityStatus status) {
    return nomenclature::identityStatuses().label(Patient::identityStatusCode(status));
}

QString ficheState(const Fiche &fiche) {
    if (fiche.isSigned())
        return QCoreApplication::translate("Labels", "Signed", "fiche state");
    if (fiche.versionNumber > 1)
        return QCoreApplication::translate("Labels", "Amendment draft", "fiche state");
    switch (fiche.status) {
    case DocumentStatus::InProgress:
        return QCoreApplication::translate("Labels", "Draft", "fiche state");
    case DocumentStatus::Completed:
        return QCoreApplication::translate("Labels", "To validate", "fiche state");
    case DocumentStatus::Approved:
        return QCoreApplication::translate("Labels", "Validated", "fiche state");
    case DocumentStatus::Closed:
        return QCoreApplication::translate("Labels", "Closed", "fiche state");
    }
    return {};
}

QString agendaState(AgendaState state) {
    switch (state) {
    case AgendaState::ToDiscuss:
        return QCoreApplication::translate("Labels", "To discuss", "agenda state of a case");
    case AgendaState::InProgress:
        return QCoreApplication::translate("Labels", "Being discussed", "agenda state of a case");
    case AgendaState::Discussed:
        return QCoreApplication::translate("Labels", "Discussed", "agenda state of a case");
    case AgendaState::Registered:
        return QCoreApplication::translate("Labels", "Registered", "agenda state of a case");
    case AgendaState::Postponed:
        return QCoreApplication::translate("Labels", "Postponed", "agenda state of a case");
    }
    return {};
}

QString quorumStatus(QuorumStatus status) {
    return nomenclature::quorumStatuses().label(quorumStatusCode(status));
}

QString caseStatus(const QString &code) {
    const QString label = nomenclature::caseStatuses().label(code);
    return label.isEmpty() ? code : label;
}

QString documentStatus(DocumentStatus status) {
    return nomenclature::documentStatuses().label(Fiche::statusCode(status));
}

QString specialty(const QString &code) {
    const QString national = nomenclature::nationalSpecialtyCode(code);
    const QString label = nomenclature::specialties().label(national);
    return label.isEmpty() ? code : label;
}

QString profession(const QString &code) {
    const QString label = nomenclature::professionLabel(code);
    return label.isEmpty() ? code : label;
}

QString establishmentType(const QString &code) {
    const QString label = nomenclature::establishmentTypes().label(code);
    return label.isEmpty() ? code : label;
}

} // namespace concerto::labels
