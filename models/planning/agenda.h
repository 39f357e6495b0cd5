// The rules of a session's agenda: the order of its cases, whether a session takes new cases, and the
// late mark. Cases to discuss (ORG-134, the complex ones) come first; cases to be registered without
// discussion (ORG-128) are listed apart, after them, so that the meeting's time goes to the cases that
// need it. agendaOrder numbers the whole agenda 1..n in that order. The secretary's moves, which write,
// are services/agendaservice.h.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/session.h"
#include "models/validation/check.h"

namespace concerto::agenda {

// Whether a case is to be registered without discussion (listed apart, after the cases to discuss).
bool isRegisteredCase(const Inscription &inscription);

// The cases in agenda order: cases to discuss, then registered ones; in each group by agendaOrder
// (cases never ordered, order 0, last), then by registration time.
std::vector<Inscription> ordered(std::vector<Inscription> cases);

// Whether the session takes new cases: a planned session (not cancelled, held or deleted) whose
// registrations are not closed. The reason, in words, when not. `force` lets a session whose
// registrations are closed take the case (never a cancelled or held one). A case that comes after the
// deadline is taken, and marked late.
validation::Check mayRegister(const Session &session, bool force = false);

// Sets the late mark of a case registered (or moved) into `session` at `at`: late when after the
// session's registration deadline, not late otherwise. Returns the mark.
bool markLateIfAfterDeadline(Inscription &inscription, const Session &session, const QDateTime &at);

} // namespace concerto::agenda
