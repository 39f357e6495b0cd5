// The acting user's rights, checked below the screens: every service and editing document asks here
// before it writes, with the role matrix of models/domain/roles.h; a refusal says who may not do what.
#pragma once

#include "models/domain/roles.h"
#include "models/store/storeresult.h"

namespace concerto {

// Success, or the refusal in words ("Your role (Secretary) does not allow you to sign fiches.").
StoreResult allowed(const Actor &actor, Action action);

// The machine's administrator (no role, not restricted), named after the system's user: whoever runs the
// command line or the tests, and the services' default actor.
const Actor &machineAdministrator();

} // namespace concerto
