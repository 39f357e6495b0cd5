// The rights of a principal, from the shared roles matrix.
#include "server/auth/principal.h"

namespace concerto::server {

bool Principal::may(Action action) const {
    for (Role role : roles)
        if (mayDo(role, action))
            return true;
    return false;
}

bool Principal::sees(const QString &organisationCode) const {
    return seesTheRegion() || organisations.contains(organisationCode);
}

Principal Principal::of(const UserAccount &user) {
    return {user.id, user.name, user.roles, user.organisations};
}

} // namespace concerto::server
