// The desktop's profile taken from the account signed in to the regional server: its name, and of its
// roles the one that does the most on this desktop (coordinator, physician, secretary, 3C administrator,
// network administrator, read-only, in that order); a profile of that name kept before keeps its
// professional (and RPPS), which the account does not carry.
#pragma once

#include "models/domain/roles.h"
#include "sync/syncreport.h"

#include <optional>

namespace concerto::accountprofile {

// The profile for `account`, or nullopt when none of its roles is known to this version.
std::optional<Actor> profileFor(const sync::SignedInAccount &account);

// Saves that profile and makes it the current one; returns it (nullopt: nothing changed).
std::optional<Actor> adopt(const sync::SignedInAccount &account);

} // namespace concerto::accountprofile
