// The role matrix and the roles' codes.
#include "models/domain/roles.h"

namespace concerto {

namespace {

struct RoleRow {
    Role role;
    const char *code;
    // The actions, in the order of enum Action.
    bool may[std::size(kAllActions)];
};

// EditDirectory, ImportNomenclatures, PlanSessions, EditIdentities, ImportPatients, RegisterCases,
// EditCases, RecordDecisions, TakeAttendance, SignFiches, AmendFiches.
constexpr RoleRow kMatrix[] = {
    {Role::Secretary, "secretary", {true, false, true, true, true, true, true, false, true, false, false}},
    {Role::Physician, "physician", {false, false, false, true, false, true, true, true, true, false, false}},
    {Role::Coordinator, "coordinator", {false, false, true, true, false, true, true, true, true, true, true}},
    {Role::CentreAdmin, "3c-admin", {true, true, true, true, true, true, false, false, false, false, false}},
    {Role::NetworkAdmin,
     "network-admin",
     {true, true, true, false, false, false, false, false, false, false, false}},
    {Role::ReadOnly,
     "read-only",
     {false, false, false, false, false, false, false, false, false, false, false}},
};
static_assert(sizeof(kMatrix) / sizeof(kMatrix[0]) == sizeof(kAllRoles) / sizeof(kAllRoles[0]));
static_assert(sizeof(kMatrix[0].may) / sizeof(bool) == sizeof(kAllActions) / sizeof(kAllActions[0]));

const RoleRow &rowOf(Role role) {
    for (const RoleRow &row : kMatrix)
        if (row.role == role)
            return row;
    return kMatrix[std::size(kMatrix) - 1]; // not reached: every role has its row
}

} // namespace

QString roleCode(Role role) {
    return QString::fromLatin1(rowOf(role).code);
}

std::optional<Role> roleFromCode(const QString &code) {
    for (const RoleRow &row : kMatrix)
        if (code == QLatin1String(row.code))
            return row.role;
    return std::nullopt;
}

bool mayDo(Role role, Action action) {
    return rowOf(role).may[int(action)];
}

QString Actor::recordedName() const {
    return rpps.isEmpty() ? name : QStringLiteral("%1 (RPPS %2)").arg(name, rpps);
}

Actor Actor::administrator(const QString &name) {
    Actor a;
    a.name = name;
    return a;
}

} // namespace concerto
