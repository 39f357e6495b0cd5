// JSON form of an RCP definition.
#include "models/domain/rcp.h"

namespace concerto {

QJsonObject Guideline::toJson() const {
    QJsonObject o;
    json::put(o, "name", name);
    json::put(o, "version", version);
    json::put(o, "date", date);
    return o;
}

Guideline Guideline::fromJson(const QJsonObject &o) {
    Guideline g;
    json::get(o, "name", g.name);
    json::get(o, "version", g.version);
    json::get(o, "date", g.date);
    return g;
}

QJsonObject MeetingSchedule::toJson() const {
    QJsonObject o;
    json::put(o, "weekday", weekday);
    json::put(o, "start", start.toString(QStringLiteral("HH:mm")));
    json::put(o, "durationMinutes", durationMinutes);
    json::put(o, "everyWeeks", everyWeeks);
    json::put(o, "place", place);
    json::put(o, "videoLink", videoLink);
    return o;
}

MeetingSchedule MeetingSchedule::fromJson(const QJsonObject &o) {
    MeetingSchedule s;
    QString start;
    json::get(o, "weekday", s.weekday, 2);
    json::get(o, "start", start);
    s.start = start.isEmpty() ? QTime(17, 0) : QTime::fromString(start, QStringLiteral("HH:mm"));
    json::get(o, "durationMinutes", s.durationMinutes, 90);
    json::get(o, "everyWeeks", s.everyWeeks, 1);
    json::get(o, "place", s.place);
    json::get(o, "videoLink", s.videoLink);
    return s;
}

QJsonObject Rcp::toJson() const {
    QJsonObject o;
    json::put(o, "organisationId", organisationId);
    json::put(o, "name", name);
    json::put(o, "nature", nature);
    json::put(o, "appareil", appareil);
    json::put(o, "organs", organs);
    json::put(o, "theme", theme);
    json::put(o, "recours", recours);
    json::put(o, "paediatric", paediatric);
    o.insert(QLatin1String("schedule"), schedule.toJson());
    json::put(o, "permanentMembers", permanentMembers);
    o.insert(QLatin1String("quorum"), quorum.toJson());
    json::putList(o, "guidelines", guidelines);
    return o;
}

Rcp Rcp::fromJson(const QJsonObject &o) {
    Rcp r;
    json::get(o, "organisationId", r.organisationId);
    json::get(o, "name", r.name);
    json::get(o, "nature", r.nature);
    json::get(o, "appareil", r.appareil);
    json::get(o, "organs", r.organs);
    json::get(o, "theme", r.theme);
    json::get(o, "recours", r.recours);
    json::get(o, "paediatric", r.paediatric);
    r.schedule = MeetingSchedule::fromJson(o.value(QLatin1String("schedule")).toObject());
    json::get(o, "permanentMembers", r.permanentMembers);
    r.quorum = QuorumRule::fromJson(o.value(QLatin1String("quorum")).toObject());
    json::getList(o, "guidelines", r.guidelines);
    return r;
}

} // namespace concerto
