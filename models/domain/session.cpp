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
    return o;
}

Attendance Attendance::fromJson(const QJsonObject &o) {
    Attendance a;
    json::get(o, "professionalId", a.professionalId);
    json::get(o, "specialty", a.specialty);
    json::get(o, "remote", a.remote);
    a.countsForQuorum = o.value(QLatin1String("countsForQuorum")).toBool(true);
    return a;
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
    json::putList(o, "attendance", attendance);
    return o;
}

Session Session::fromJson(const QJsonObject &o) {
    Session s;
    QString status;
    json::get(o, "rcpId", s.rcpId);
    json::get(o, "startsAt", s.startsAt);
    json::get(o, "durationMinutes", s.durationMinutes, 90);
    json::get(o, "place", s.place);
    json::get(o, "videoLink", s.videoLink);
    json::get(o, "registrationDeadline", s.registrationDeadline);
    json::get(o, "status", status);
    s.status = statusFromCode(status);
    json::getList(o, "attendance", s.attendance);
    return s;
}

} // namespace concerto
