// Clashes between sessions: one room, overlapping times (the writes of planning are
// services/planningservice.h).
#pragma once

#include "models/domain/rcp.h"
#include "models/domain/session.h"

namespace concerto::planning {

struct Clash {
    Session first;
    Session second;
};
// Sessions that are not cancelled, share a place (case- and space-blind) and overlap in time.
std::vector<Clash> clashes(const std::vector<Session> &sessions);

} // namespace concerto::planning
