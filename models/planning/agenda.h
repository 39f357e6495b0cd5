// The agenda of a session: the order of its cases, and the secretary's moves on it. Cases to discuss
// (ORG-134, the complex ones) come first; cases to be registered without discussion (ORG-128) are listed
// apart, after them, so that the meeting's time goes to the cases that need it. agendaOrder numbers the
// whole agenda 1..n in that order. Every change is one write unit (journal and audit); a failed write
// changes nothing.
#pragma once

#include "models/domain/inscription.h"
#include "models/domain/session.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto::agenda {

// Whether a case is to be registered without discussion (listed apart, after the cases to discuss).
bool isRegisteredCase(const Inscription &inscription);

// The cases in agenda order: cases to discuss, then registered ones; in each group by agendaOrder
// (cases never ordered, order 0, last), then by registration time.
std::vector<Inscription> ordered(std::vector<Inscription> cases);

// A session's cases in agenda order.
StoreRead<std::vector<Inscription>> read(Database &db, const QUuid &sessionId);

// Moves a case to `position` (0-based, in the whole agenda), kept inside its group: a case to discuss
// never goes below a registered one, nor the reverse. Renumbers the session's cases 1..n. A move that
// changes nothing writes nothing.
StoreResult moveCase(Database &db, const QUuid &inscriptionId, int position);
StoreResult moveUp(Database &db, const QUuid &inscriptionId);
StoreResult moveDown(Database &db, const QUuid &inscriptionId);

// Whether the session takes new cases: a planned session (not cancelled, held or deleted) whose
// registrations are not closed. The reason, in words, when not. `force` lets a session whose
// registrations are closed take the case (never a cancelled or held one). A case that comes after the
// deadline is taken, and marked late.
StoreResult mayRegister(const Session &session, bool force = false);

// Sets the late mark of a case registered (or moved) into `session` at `at`: late when after the
// session's registration deadline, not late otherwise. Returns the mark.
bool markLateIfAfterDeadline(Inscription &inscription, const Session &session, const QDateTime &at);

// Registers a new case in its session (inscription.sessionId): refused in words when the session
// does not take cases (mayRegister) unless `force`; the registration time is the database's clock when
// not given; the case goes last in its group; marked late after the deadline.
StoreResult registerCase(Database &db, Inscription &inscription, bool force = false);

// Moves a case to another session, last in its group there; both agendas renumbered; marked late when
// it arrives after that session's deadline. Refused for a cancelled, held or deleted session, and,
// unless `force`, for one whose registrations are closed. A case already
// discussed stays where it was discussed; a postponed case is to be discussed again.
StoreResult moveToSession(Database &db, const QUuid &inscriptionId, const QUuid &sessionId,
                          bool force = false);

// Closes (or opens again) the registrations of a planned session.
StoreResult setRegistrationsClosed(Database &db, const QUuid &sessionId, bool closed);

} // namespace concerto::agenda
