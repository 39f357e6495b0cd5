// The signed-in account made the desktop's profile, kept with the other profiles.
#include "ui/profile/accountprofile.h"
#include "ui/profile/userprofiles.h"

namespace concerto::accountprofile {

std::optional<Actor> profileFor(const sync::SignedInAccount &account) {
    if (account.isEmpty())
        return std::nullopt;
    static const Role kOrder[] = {Role::Coordinator, Role::Physician,    Role::Secretary,
                                  Role::CentreAdmin, Role::NetworkAdmin, Role::ReadOnly};
    std::optional<Role> role;
    for (Role candidate : kOrder)
        if (!role && account.roles.contains(roleCode(candidate)))
            role = candidate;
    if (!role)
        return std::nullopt;
    Actor profile;
    for (const Actor &known : userprofiles::all())
        if (known.name == account.name)
            profile = known;
    profile.name = account.name;
    profile.role = role;
    return profile;
}

std::optional<Actor> adopt(const sync::SignedInAccount &account) {
    const std::optional<Actor> profile = profileFor(account);
    if (!profile)
        return std::nullopt;
    const std::optional<Actor> current = userprofiles::current();
    if (current && current->name == profile->name && current->role == profile->role)
        return std::nullopt;
    userprofiles::save(*profile);
    userprofiles::setCurrent(profile->name);
    return profile;
}

} // namespace concerto::accountprofile
