// The meeting's use cases before the decision: a session opened and closed, its attendance taken (the
// committee's members checked in, guests added, in the room or remote, arrival and departure times), the
// absent specialists' written opinions entered, and the quorum of a case computed live from all of it
// (validation/casequorum.h). Each change is one write unit read and written inside it, so that two
// windows checking people in at the same moment both land; a refused change writes nothing.
#pragma once

#include "models/domain/rcp.h"
#include "models/domain/roles.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "models/validation/casequorum.h"

#include <functional>

namespace concerto {

class MeetingService final {
public:
    // Writes as `actor`, who must be allowed to take the attendance (written opinions: to edit cases).
    MeetingService(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    StoreRead<Session> session(const QUuid &sessionId) const;
    StoreRead<Rcp> committee(const QUuid &rcpId) const;

    // Starts the meeting: a planned session becomes in progress (a held one stays so).
    StoreResult open(const QUuid &sessionId);
    // Ends it: the session is closed; whoever is still there leaves at that instant.
    StoreResult close(const QUuid &sessionId);

    // Checks someone in now: a member or a known professional (their directory specialty unless `who`
    // gives one), or a guest without RPPS (name, specialty and organisation required). Someone already
    // there stays as they are; someone who had left is back, present from now on.
    StoreResult checkIn(const QUuid &sessionId, Attendance who);
    // Someone present takes part remotely, or is back in the room; refused for someone not present.
    StoreResult setRemote(const QUuid &sessionId, const Attendance &who, bool remote);
    // Someone leaves now: they stop counting for the cases discussed after.
    StoreResult leave(const QUuid &sessionId, const Attendance &who);
    // Takes someone off the list (checked in by mistake).
    StoreResult remove(const QUuid &sessionId, const Attendance &who);

    // An absent specialist's opinion on a case, entered before the meeting (author and specialty
    // required; the time is now); refused once the session is over or cancelled.
    StoreResult addWrittenOpinion(const QUuid &inscriptionId, WrittenOpinion opinion);

    // The quorum of a case at instant `at` (UTC): its session's attendance under its committee's rule.
    StoreRead<validation::CaseQuorum> caseQuorum(const QUuid &inscriptionId, const QDateTime &at) const;

private:
    // Reads the session in a write unit, lets `change` edit it, saves and commits.
    StoreResult changeSession(const QUuid &sessionId, const std::function<StoreResult(Session &)> &change);

    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
