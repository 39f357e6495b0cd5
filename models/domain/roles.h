// Who may do what: the roles of the network's users (secretary, physician, coordinator, 3C administrator,
// network administrator, read-only), the writes they are checked against, and the matrix between them,
// kept here as data, in one place, for the desktop's services and the regional server alike. The
// acting user (Actor) is who the services write for; the command line and the tests act as the machine's
// administrator, who has no role and is not restricted.
#pragma once

#include <QString>
#include <QUuid>
#include <optional>

namespace concerto {

enum class Role { Secretary, Physician, Coordinator, CentreAdmin, NetworkAdmin, ReadOnly };
inline constexpr Role kAllRoles[] = {Role::Secretary,   Role::Physician,    Role::Coordinator,
                                     Role::CentreAdmin, Role::NetworkAdmin, Role::ReadOnly};

// The writes a role is checked against.
enum class Action {
    EditDirectory,       // committees, professionals, organisations
    ImportNomenclatures, // national value sets
    PlanSessions,        // make, move, cancel sessions
    EditIdentities,      // create, correct, delete patients; the duplicate review
    ImportPatients,      // a file of another tool
    RegisterCases,       // put a case on a session's agenda
    EditCases,           // the case's clinical part before the meeting
    RecordDecisions,     // the board's decision on the fiche, the quorum recorded on it
    TakeAttendance,      // open a session, check its members and guests in and out
    SignFiches,          // the coordinator's signature (of the committee's fiches only)
    AmendFiches,         // a new version of a signed fiche
};
inline constexpr Action kAllActions[] = {
    Action::EditDirectory,  Action::ImportNomenclatures, Action::PlanSessions, Action::EditIdentities,
    Action::ImportPatients, Action::RegisterCases,       Action::EditCases,    Action::RecordDecisions,
    Action::TakeAttendance, Action::SignFiches,          Action::AmendFiches};

// The codes shared with the server and its admin commands: secretary, physician, coordinator, 3c-admin,
// network-admin, read-only.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);

// Whether `role` may do `action` (the matrix).
bool mayDo(Role role, Action action);

// Who acts: a person of the network with a role (the desktop's user profile), or, with no role, the
// machine's administrator (the command line, the tests), who is not restricted.
struct Actor {
    QString name;         // as the person writes it: "Dr Anne Martin"
    QUuid professionalId; // the professional of the directory this person is, if any
    QString rpps;         // taken from that professional
    std::optional<Role> role;

    bool isRestricted() const { return role.has_value(); }
    bool may(Action action) const { return !role || mayDo(*role, action); }
    // What the audit, the drafts and updated_by record: "Dr Anne Martin (RPPS 10000000012)".
    QString recordedName() const;

    static Actor administrator(const QString &name);
};

} // namespace concerto
