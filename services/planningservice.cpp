// The secretary's planning of sessions, through the store's write units (journal and audit): sessions made
// from the committees' schedules, moved or cancelled with their reason, and the sessions offered to a
// cancelled session's cases.
#include "services/planningservice.h"

#include "models/domain/boardtime.h"
#include "models/planning/schedule.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace concerto::planning {

namespace {

StoreRead<Session> plannedSession(SessionRepository &sessions, const QUuid &id) {
    const StoreRead<std::optional<Session>> found = sessions.find(id);
    if (!found.ok())
        return StoreRead<Session>::failure(found.error);
    if (!found.value || found.value->meta.deleted)
        return StoreRead<Session>::failure(
            QCoreApplication::translate("Planning", "This session does not exist (any more)."));
    if (found.value->status != SessionStatus::Planned)
        return StoreRead<Session>::failure(
            QCoreApplication::translate("Planning",
                                        "Only a planned session can be moved or cancelled; this one is %1.")
                .arg(found.value->status == SessionStatus::Cancelled
                         ? QCoreApplication::translate("Planning", "cancelled")
                         : QCoreApplication::translate("Planning", "held or under way")));
    return StoreRead<Session>::success(*found.value);
}

StoreResult saveAlone(Database &db, SessionRepository &sessions, Session &session) {
    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    StoreResult saved = sessions.save(session);
    if (!saved.ok)
        return saved;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    return StoreResult::success();
}

} // namespace

StoreRead<GeneratedSessions> generateSessions(Database &db, const Rcp &rcp, const QDate &from,
                                              const QDate &to) {
    SessionRepository sessions(db);
    // The sessions already planned are read inside the write unit (BEGIN IMMEDIATE): a second planner
    // of the same period waits for this one and then finds its sessions; the store's triggers refuse a
    // second living session of a committee on one day whoever writes (schema 12).
    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreRead<GeneratedSessions>::failure(unit.error());
    const StoreRead<std::vector<Session>> existing = sessions.onDays(from, to);
    if (!existing.ok())
        return StoreRead<GeneratedSessions>::failure(existing.error);
    std::set<QDate> planned;
    for (const Session &s : *existing)
        if (s.rcpId == rcp.meta.id)
            planned.insert(toBoardTime(s.startsAt).date());

    GeneratedSessions result;
    for (const QDate &day : meetingDays(rcp.schedule, from, to)) {
        if (planned.count(day)) {
            ++result.alreadyPlanned;
            continue;
        }
        Session s;
        s.rcpId = rcp.meta.id;
        s.startsAt = meetingStart(rcp.schedule, day);
        s.durationMinutes = rcp.schedule.durationMinutes;
        s.place = rcp.schedule.place;
        s.videoLink = rcp.schedule.videoLink;
        s.registrationDeadline = s.startsAt.addDays(-std::max(0, rcp.schedule.registrationDays));
        const StoreResult saved = sessions.save(s);
        if (!saved.ok)
            return StoreRead<GeneratedSessions>::failure(saved.error);
        result.created.push_back(s);
    }
    if (!unit.commit())
        return StoreRead<GeneratedSessions>::failure(unit.error());
    return StoreRead<GeneratedSessions>::success(std::move(result));
}

StoreResult moveSession(Database &db, const QUuid &sessionId, const QDateTime &newStart,
                        const QString &reason) {
    if (reason.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "Planning", "Say why the session moves: the members and the requesters will read it."));
    if (!newStart.isValid())
        return StoreResult::failure(
            QCoreApplication::translate("Planning", "Give the new date and time of the session."));
    SessionRepository sessions(db);
    StoreRead<Session> session = plannedSession(sessions, sessionId);
    if (!session.ok())
        return StoreResult::failure(session.error);
    const qint64 shift = session->startsAt.secsTo(newStart);
    if (!session->plannedStart.isValid())
        session->plannedStart = session->startsAt;
    session->startsAt = newStart.toUTC();
    if (session->registrationDeadline.isValid())
        session->registrationDeadline = session->registrationDeadline.addSecs(shift);
    session->moveReason = reason.trimmed();
    return saveAlone(db, sessions, *session);
}

StoreResult cancelSession(Database &db, const QUuid &sessionId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        return StoreResult::failure(QCoreApplication::translate(
            "Planning", "Say why the session is cancelled: the members and the requesters will read it."));
    SessionRepository sessions(db);
    StoreRead<Session> session = plannedSession(sessions, sessionId);
    if (!session.ok())
        return StoreResult::failure(session.error);
    session->status = SessionStatus::Cancelled;
    session->cancellationReason = reason.trimmed();
    return saveAlone(db, sessions, *session);
}

StoreRead<std::vector<Session>> sessionsToOffer(Database &db, const Session &session, int limit) {
    StoreRead<std::vector<Session>> all = SessionRepository(db).forRcp(session.rcpId);
    if (!all.ok())
        return all;
    std::vector<Session> offered;
    for (Session &s : *all)
        if (s.meta.id != session.meta.id && s.status == SessionStatus::Planned &&
            s.startsAt > session.startsAt && int(offered.size()) < limit)
            offered.push_back(std::move(s));
    return StoreRead<std::vector<Session>>::success(std::move(offered));
}

} // namespace concerto::planning

namespace concerto {

StoreRead<std::optional<Session>> PlanningService::session(const QUuid &id) const {
    return SessionRepository(m_db).find(id);
}

StoreRead<std::vector<Session>> PlanningService::onDays(const QDate &from, const QDate &to) const {
    return SessionRepository(m_db).onDays(from, to);
}

StoreRead<std::vector<Session>> PlanningService::ofCommittee(const QUuid &rcpId) const {
    return SessionRepository(m_db).forRcp(rcpId);
}

StoreRead<std::vector<Session>> PlanningService::between(const QDateTime &from, const QDateTime &to) const {
    return SessionRepository(m_db).between(from, to);
}

} // namespace concerto
