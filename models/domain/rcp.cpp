// JSON form of an RCP definition.
#include "models/domain/rcp.h"

#include <algorithm>

namespace concerto {

QJsonObject Guideline::toJson() const {
    QJsonObject o;
    json::put(o, "name", name);
    json::put(o, "version", version);
    json::put(o, "date", date);
    extra.restore(o);
    return o;
}

Guideline Guideline::fromJson(const QJsonObject &o) {
    Guideline g;
    json::Reader in(o);
    in.get("name", g.name);
    in.get("version", g.version);
    in.get("date", g.date);
    in.keepUnknown(g);
    return g;
}

QJsonObject MeetingSchedule::toJson() const {
    QJsonObject o;
    json::put(o, "weekday", weekday);
    json::put(o, "start", start.toString(QStringLiteral("HH:mm")));
    json::put(o, "durationMinutes", durationMinutes);
    json::put(o, "everyWeeks", everyWeeks);
    json::put(o, "firstMeeting", firstMeeting);
    json::put(o, "weekOfMonth", weekOfMonth);
    json::put(o, "registrationDays", registrationDays);
    json::put(o, "place", place);
    json::put(o, "videoLink", videoLink);
    extra.restore(o);
    return o;
}

MeetingSchedule MeetingSchedule::fromJson(const QJsonObject &o) {
    MeetingSchedule s;
    json::Reader in(o);
    in.get("weekday", s.weekday);
    in.get("start", s.start);
    in.get("durationMinutes", s.durationMinutes);
    in.get("everyWeeks", s.everyWeeks);
    in.get("firstMeeting", s.firstMeeting);
    in.get("weekOfMonth", s.weekOfMonth);
    in.get("registrationDays", s.registrationDays);
    in.get("place", s.place);
    in.get("videoLink", s.videoLink);
    in.keepUnknown(s);
    return s;
}

QJsonObject Rcp::toJson() const {
    QJsonObject o;
    json::put(o, "organisationId", organisationId);
    json::put(o, "hostEstablishmentId", hostEstablishmentId);
    json::put(o, "name", name);
    json::put(o, "nationalId", nationalId);
    json::putEvenEmpty(o, "nature", nature);
    json::put(o, "appareil", appareil);
    json::put(o, "organs", organs);
    json::put(o, "theme", theme);
    json::put(o, "recours", recours);
    json::put(o, "paediatric", paediatric);
    o.insert(QLatin1String("schedule"), schedule.toJson());
    json::put(o, "permanentMembers", permanentMembers);
    json::put(o, "coordinatorId", coordinatorId);
    json::put(o, "deputyCoordinatorIds", deputyCoordinatorIds);
    o.insert(QLatin1String("quorum"), quorum.toJson());
    json::putList(o, "guidelines", guidelines);
    if (requiredCaseFields != defaultRequiredCaseFields()) // also an empty list: nothing required
        json::putEvenEmpty(o, "requiredCaseFields", requiredCaseFields);
    extra.restore(o);
    return o;
}

Rcp Rcp::fromJson(const QJsonObject &o) {
    Rcp r;
    json::Reader in(o);
    in.get("organisationId", r.organisationId);
    in.get("hostEstablishmentId", r.hostEstablishmentId);
    in.get("name", r.name);
    in.get("nationalId", r.nationalId);
    in.get("nature", r.nature);
    in.get("appareil", r.appareil);
    in.get("organs", r.organs);
    in.get("theme", r.theme);
    in.get("recours", r.recours);
    in.get("paediatric", r.paediatric);
    in.get("schedule", r.schedule);
    in.get("permanentMembers", r.permanentMembers);
    in.get("coordinatorId", r.coordinatorId);
    in.get("deputyCoordinatorIds", r.deputyCoordinatorIds);
    in.get("quorum", r.quorum);
    in.get("guidelines", r.guidelines);
    in.get("requiredCaseFields", r.requiredCaseFields);
    in.keepUnknown(r);
    return r;
}

bool Rcp::maySign(const QUuid &professionalId) const {
    if (professionalId.isNull())
        return false;
    return professionalId == coordinatorId ||
           std::find(deputyCoordinatorIds.begin(), deputyCoordinatorIds.end(), professionalId) !=
               deputyCoordinatorIds.end();
}

} // namespace concerto
