// JSON form of a session and its attendance.
#include "models/domain/session.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<SessionStatus, 4> kStatuses{{{SessionStatus::Planned, "planned"},
                                             {SessionStatus::InProgress, "in-progress"},
                                             {SessionStatus::Closed, "closed"},
                                             {SessionStatus::Cancelled, "cancelled"}}};
}

QString Session::statusCode(SessionStatus s) {
    return codeOf(kStatuses, s);
}
SessionStatus Session::statusFromCode(const QString &code) {
    return enumOf(kStatuses, code);
}

QJsonObject Attendance::toJson() const {
    QJsonObject o;
    json::put(o, "professionalId", professionalId);
    json::put(o, "specialty", specialty);
    json::put(o, "remote", remote);
    o.insert(QLatin1String("countsForQuorum"), countsForQuorum);
    json::put(o, "guest", guest);
    json::put(o, "guestName", guestName);
    json::put(o, "guestOrganisation", guestOrganisation);
    json::put(o, "arrivedAt", arrivedAt);
    json::put(o, "leftAt", leftAt);
    extra.restore(o);
    return o;
}

Attendance Attendance::fromJson(const QJsonObject &o) {
    Attendance a;
    json::Reader in(o);
    in.get("professionalId", a.professionalId);
    in.get("specialty", a.specialty);
    in.get("remote", a.remote);
    in.get("countsForQuorum", a.countsForQuorum);
    in.get("guest", a.guest);
    in.get("guestName", a.guestName);
    in.get("guestOrganisation", a.guestOrganisation);
    in.get("arrivedAt", a.arrivedAt);
    in.get("leftAt", a.leftAt);
    in.keepUnknown(a);
    return a;
}

bool Attendance::presentAt(const QDateTime &at) const {
    return (!arrivedAt.isValid() || arrivedAt <= at) && (!leftAt.isValid() || leftAt > at);
}

bool Attendance::isSamePerson(const Attendance &other) const {
    if (!professionalId.isNull() || !other.professionalId.isNull())
        return professionalId == other.professionalId;
    return guestName.trimmed().compare(other.guestName.trimmed(), Qt::CaseInsensitive) == 0 &&
           guestOrganisation.trimmed().compare(other.guestOrganisation.trimmed(), Qt::CaseInsensitive) == 0;
}

std::vector<QuorumVoter> Session::voters() const {
    std::vector<QuorumVoter> v;
    for (const Attendance &a : attendance)
        v.push_back({a.professionalId, a.specialty, a.countsForQuorum});
    return v;
}

QJsonObject Session::toJson() const {
    QJsonObject o;
    json::put(o, "rcpId", rcpId);
    json::put(o, "startsAt", startsAt);
    json::put(o, "durationMinutes", durationMinutes);
    json::put(o, "place", place);
    json::put(o, "videoLink", videoLink);
    json::put(o, "registrationDeadline", registrationDeadline);
    json::put(o, "status", statusCode(status));
    json::put(o, "cancellationReason", cancellationReason);
    json::put(o, "plannedStart", plannedStart);
    json::put(o, "moveReason", moveReason);
    json::put(o, "registrationsClosed", registrationsClosed);
    json::putList(o, "attendance", attendance);
    extra.restore(o);
    return o;
}

Session Session::fromJson(const QJsonObject &o) {
    Session s;
    json::Reader in(o);
    in.get("rcpId", s.rcpId);
    in.get("startsAt", s.startsAt);
    in.get("durationMinutes", s.durationMinutes);
    in.get("place", s.place);
    in.get("videoLink", s.videoLink);
    in.get("registrationDeadline", s.registrationDeadline);
    in.code("status", kStatuses, s.status);
    in.get("cancellationReason", s.cancellationReason);
    in.get("plannedStart", s.plannedStart);
    in.get("moveReason", s.moveReason);
    in.get("registrationsClosed", s.registrationsClosed);
    in.get("attendance", s.attendance);
    in.keepUnknown(s);
    return s;
}

} // namespace concerto
