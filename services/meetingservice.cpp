// The meeting's attendance and quorum: each change read and written in one write unit.
#include "services/meetingservice.h"
#include "services/rights.h"
#include "services/storeunits.h"

#include "models/domain/specialtycodes.h"
#include "models/store/repositories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <algorithm>

namespace concerto {

namespace {

// Whether the rest of a session can still be changed.
StoreResult mayChange(const Session &s) {
    if (s.status == SessionStatus::Cancelled)
        return StoreResult::failure(
            QCoreApplication::translate("Meeting", "This session is cancelled: it has no attendance."));
    if (s.status == SessionStatus::Closed)
        return StoreResult::failure(QCoreApplication::translate(
            "Meeting", "This session is closed: its attendance can no longer change."));
    return StoreResult::success();
}

std::vector<Attendance>::iterator findPerson(Session &s, const Attendance &who) {
    return std::find_if(s.attendance.begin(), s.attendance.end(),
                        [&](const Attendance &a) { return a.isSamePerson(who); });
}

} // namespace

StoreRead<Session> MeetingService::session(const QUuid &sessionId) const {
    return liveSession(m_db, sessionId);
}

StoreRead<Rcp> MeetingService::committee(const QUuid &rcpId) const {
    return liveCommittee(m_db, rcpId);
}

StoreResult MeetingService::changeSession(const QUuid &sessionId,
                                          const std::function<StoreResult(Session &)> &change) {
    if (StoreResult may = allowed(m_actor, Action::TakeAttendance); !may)
        return may;
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    StoreRead<Session> s = session(sessionId);
    if (!s.ok())
        return StoreResult::failure(s.error);
    const QByteArray before = QJsonDocument(s->toJson()).toJson(QJsonDocument::Compact);
    if (StoreResult changed = change(*s); !changed)
        return changed;
    if (QJsonDocument(s->toJson()).toJson(QJsonDocument::Compact) == before)
        return StoreResult::success(); // nothing to write
    if (StoreResult saved = SessionRepository(m_db).save(*s); !saved)
        return saved;
    return commitOrFail(unit);
}

StoreResult MeetingService::open(const QUuid &sessionId) {
    return changeSession(sessionId, [](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        s.status = SessionStatus::InProgress;
        return StoreResult::success();
    });
}

StoreResult MeetingService::close(const QUuid &sessionId) {
    const QDateTime now = m_db.now();
    return changeSession(sessionId, [&](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        for (Attendance &a : s.attendance)
            if (!a.leftAt.isValid())
                a.leftAt = now;
        s.status = SessionStatus::Closed;
        return StoreResult::success();
    });
}

StoreResult MeetingService::checkIn(const QUuid &sessionId, Attendance who) {
    who.guestName = who.guestName.trimmed();
    who.guestOrganisation = who.guestOrganisation.trimmed();
    if (who.professionalId.isNull()) {
        if (who.guestName.isEmpty() || who.specialty.isEmpty() || who.guestOrganisation.isEmpty())
            return StoreResult::failure(QCoreApplication::translate(
                "Meeting", "A guest without RPPS needs a name, a specialty and an organisation."));
        who.guest = true;
    } else {
        const StoreRead<Professional> p =
            live<Professional>(ProfessionalRepository(m_db), who.professionalId, "Meeting",
                               QT_TRANSLATE_NOOP("Meeting", "This professional is not in the directory."));
        if (!p.ok())
            return StoreResult::failure(p.error);
        if (who.specialty.isEmpty())
            who.specialty = p->specialty;
        who.guestName.clear();
        who.guestOrganisation.clear();
    }
    who.specialty = nomenclature::nationalSpecialtyCode(who.specialty);
    const QDateTime now = m_db.now();
    return changeSession(sessionId, [&](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        const auto there = findPerson(s, who);
        if (there != s.attendance.end()) {
            if (there->presentAt(now))
                return StoreResult::success(); // already there
            // Back after leaving: present from now on only (the cases decided meanwhile keep, on their
            // fiches, who was there then).
            there->remote = who.remote;
            there->arrivedAt = now;
            there->leftAt = QDateTime();
            return StoreResult::success();
        }
        if (!who.professionalId.isNull()) {
            const StoreRead<Rcp> rcp = committee(s.rcpId);
            if (!rcp.ok())
                return StoreResult::failure(rcp.error);
            who.guest = std::find(rcp->permanentMembers.begin(), rcp->permanentMembers.end(),
                                  who.professionalId) == rcp->permanentMembers.end();
        }
        who.arrivedAt = now;
        who.leftAt = QDateTime();
        s.attendance.push_back(who);
        return StoreResult::success();
    });
}

StoreResult MeetingService::leave(const QUuid &sessionId, const Attendance &who) {
    const QDateTime now = m_db.now();
    return changeSession(sessionId, [&](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        const auto there = findPerson(s, who);
        if (there == s.attendance.end())
            return StoreResult::failure(QCoreApplication::translate(
                "Meeting", "This person is not on the session's attendance list."));
        if (!there->leftAt.isValid())
            there->leftAt = now;
        return StoreResult::success();
    });
}

StoreResult MeetingService::setRemote(const QUuid &sessionId, const Attendance &who, bool remote) {
    const QDateTime now = m_db.now();
    return changeSession(sessionId, [&](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        const auto there = findPerson(s, who);
        if (there == s.attendance.end() || !there->presentAt(now))
            return StoreResult::failure(QCoreApplication::translate(
                "Meeting", "Only someone present can be in the room or remote: check them in first."));
        there->remote = remote;
        return StoreResult::success();
    });
}

StoreResult MeetingService::remove(const QUuid &sessionId, const Attendance &who) {
    return changeSession(sessionId, [&](Session &s) {
        if (StoreResult may = mayChange(s); !may)
            return may;
        const auto there = findPerson(s, who);
        if (there == s.attendance.end())
            return StoreResult::failure(QCoreApplication::translate(
                "Meeting", "This person is not on the session's attendance list."));
        s.attendance.erase(there);
        return StoreResult::success();
    });
}

StoreResult MeetingService::addWrittenOpinion(const QUuid &inscriptionId, WrittenOpinion opinion) {
    if (StoreResult may = allowed(m_actor, Action::EditCases); !may)
        return may;
    opinion.text = opinion.text.trimmed();
    if (opinion.authorId.isNull() || opinion.text.isEmpty())
        return StoreResult::failure(
            QCoreApplication::translate("Meeting", "A written opinion needs its author and its text."));
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    const StoreRead<Professional> author =
        live<Professional>(ProfessionalRepository(m_db), opinion.authorId, "Meeting",
                           QT_TRANSLATE_NOOP("Meeting", "This professional is not in the directory."));
    if (!author.ok())
        return StoreResult::failure(author.error);
    if (opinion.specialty.isEmpty())
        opinion.specialty = author->specialty;
    opinion.specialty = nomenclature::nationalSpecialtyCode(opinion.specialty);
    opinion.givenAt = m_db.now();
    StoreRead<Inscription> c = liveCase(m_db, inscriptionId);
    if (!c.ok())
        return StoreResult::failure(c.error);
    const StoreRead<Session> s = session(c->sessionId);
    if (!s.ok())
        return StoreResult::failure(s.error);
    if (s->status == SessionStatus::Closed || s->status == SessionStatus::Cancelled)
        return StoreResult::failure(QCoreApplication::translate(
            "Meeting",
            "A written opinion is entered before the meeting: this session is over or cancelled."));
    c->writtenOpinions.push_back(opinion);
    if (StoreResult saved = InscriptionRepository(m_db).save(*c); !saved)
        return saved;
    return commitOrFail(unit);
}

StoreRead<validation::CaseQuorum> MeetingService::caseQuorum(const QUuid &inscriptionId,
                                                             const QDateTime &at) const {
    using Answer = StoreRead<validation::CaseQuorum>;
    const StoreRead<Inscription> c = liveCase(m_db, inscriptionId);
    if (!c.ok())
        return Answer::failure(c.error);
    const StoreRead<Session> s = session(c->sessionId);
    if (!s.ok())
        return Answer::failure(s.error);
    const StoreRead<Rcp> rcp = committee(s->rcpId);
    if (!rcp.ok())
        return Answer::failure(rcp.error);
    return Answer::success(validation::evaluateCaseQuorum(rcp->quorum, *s, *c, at));
}

} // namespace concerto
