// A session's agenda as the secretary changes it: its cases read in agenda order (models/planning/agenda.h
// says the order), moved on the agenda or to another session, registered, registrations closed or opened
// again. Every change is one write unit (journal and audit); a failed write changes nothing.
#pragma once

#include "models/domain/roles.h"
#include "models/planning/agenda.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto::agenda {

// A session's cases in agenda order.
StoreRead<std::vector<Inscription>> read(Database &db, const QUuid &sessionId);

// Moves a case to `position` (0-based, in the whole agenda), kept inside its group: a case to discuss
// never goes below a registered one, nor the reverse. Renumbers the session's cases 1..n. A move that
// changes nothing writes nothing.
StoreResult moveCase(Database &db, const QUuid &inscriptionId, int position);
StoreResult moveUp(Database &db, const QUuid &inscriptionId);
StoreResult moveDown(Database &db, const QUuid &inscriptionId);

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

namespace concerto {

// The agenda's use cases for the screens, on one database (the functions above).
class AgendaService final {
public:
    // Writes as `actor`, who must be allowed to register cases.
    AgendaService(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    StoreRead<std::vector<Inscription>> cases(const QUuid &sessionId) const {
        return agenda::read(m_db, sessionId);
    }
    StoreResult moveCase(const QUuid &inscriptionId, int position);
    StoreResult moveToSession(const QUuid &inscriptionId, const QUuid &sessionId, bool force = false);
    StoreResult setRegistrationsClosed(const QUuid &sessionId, bool closed);
    StoreResult registerCase(Inscription &inscription, bool force = false);

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
