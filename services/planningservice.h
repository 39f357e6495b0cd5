// The secretary's planning of sessions: sessions made from the committees' schedules for a period
// (never twice for one committee and day), a session moved or cancelled with its reason, the other
// sessions a cancelled session's cases may go to.
#pragma once

#include "models/domain/rcp.h"
#include "models/domain/session.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "services/rights.h"

namespace concerto::planning {

struct GeneratedSessions {
    std::vector<Session> created;
    int alreadyPlanned = 0; // meeting days that already had a session of the committee
};

// Makes the sessions of `rcp` in [from, to] (days of the boards' clock) from its schedule, in one write
// unit: place, video link, duration and registration deadline from the schedule.
StoreRead<GeneratedSessions> generateSessions(Database &db, const Rcp &rcp, const QDate &from,
                                              const QDate &to);

// Moves a planned session to `newStart` (UTC). Its cases stay with it. The reason is required; the
// first planned time is kept.
StoreResult moveSession(Database &db, const QUuid &sessionId, const QDateTime &newStart,
                        const QString &reason);
// Cancels a planned session; the reason is required. Its cases stay registered to it until they are
// moved (see `sessionsToOffer`).
StoreResult cancelSession(Database &db, const QUuid &sessionId, const QString &reason);
// The planned sessions of the same committee after `session`, soonest first, for its cases.
StoreRead<std::vector<Session>> sessionsToOffer(Database &db, const Session &session, int limit = 5);

} // namespace concerto::planning

namespace concerto {

// The planning's use cases for the screens, on one database: the functions above and the sessions read
// by day, by committee or by time.
class PlanningService final {
public:
    // Writes as `actor`, who must be allowed to plan sessions.
    PlanningService(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    StoreRead<planning::GeneratedSessions> generate(const Rcp &rcp, const QDate &from, const QDate &to) {
        if (StoreResult may = allowed(m_actor, Action::PlanSessions); !may)
            return StoreRead<planning::GeneratedSessions>::failure(may.error);
        return planning::generateSessions(m_db, rcp, from, to);
    }
    StoreResult move(const QUuid &sessionId, const QDateTime &newStart, const QString &reason) {
        if (StoreResult may = allowed(m_actor, Action::PlanSessions); !may)
            return may;
        return planning::moveSession(m_db, sessionId, newStart, reason);
    }
    StoreResult cancel(const QUuid &sessionId, const QString &reason) {
        if (StoreResult may = allowed(m_actor, Action::PlanSessions); !may)
            return may;
        return planning::cancelSession(m_db, sessionId, reason);
    }
    StoreRead<std::vector<Session>> sessionsToOffer(const Session &session, int limit = 5) const {
        return planning::sessionsToOffer(m_db, session, limit);
    }

    StoreRead<std::optional<Session>> session(const QUuid &id) const;
    // Sessions held on the boards' days [from, to], of one committee, or starting in [from, to] (UTC).
    StoreRead<std::vector<Session>> onDays(const QDate &from, const QDate &to) const;
    StoreRead<std::vector<Session>> ofCommittee(const QUuid &rcpId) const;
    StoreRead<std::vector<Session>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
