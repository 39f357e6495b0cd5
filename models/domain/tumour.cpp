// JSON form of a tumour and its stagings.
#include "models/domain/tumour.h"

namespace concerto {

QString TnmStaging::text() const {
    if (isEmpty())
        return {};
    QStringList parts{prefix + t, n, m};
    parts.removeAll(QString());
    QString s = parts.join(QLatin1Char(' '));
    if (!edition.isEmpty())
        s += QStringLiteral(" (%1)").arg(edition);
    return s;
}

QJsonObject TnmStaging::toJson() const {
    QJsonObject o;
    json::put(o, "prefix", prefix);
    json::put(o, "t", t);
    json::put(o, "n", n);
    json::put(o, "m", m);
    json::put(o, "stage", stage);
    json::put(o, "edition", edition);
    extra.restore(o);
    return o;
}

TnmStaging TnmStaging::fromJson(const QJsonObject &o) {
    TnmStaging s;
    json::Reader in(o);
    in.get("prefix", s.prefix);
    in.get("t", s.t);
    in.get("n", s.n);
    in.get("m", s.m);
    in.get("stage", s.stage);
    in.get("edition", s.edition);
    in.keepUnknown(s);
    return s;
}

QJsonObject OtherStaging::toJson() const {
    QJsonObject o;
    json::put(o, "name", name);
    json::put(o, "version", version);
    json::put(o, "value", value);
    extra.restore(o);
    return o;
}

OtherStaging OtherStaging::fromJson(const QJsonObject &o) {
    OtherStaging s;
    json::Reader in(o);
    in.get("name", s.name);
    in.get("version", s.version);
    in.get("value", s.value);
    in.keepUnknown(s);
    return s;
}

QJsonObject Tumour::toJson() const {
    QJsonObject o;
    json::put(o, "diagnosisDate", diagnosisDate);
    json::put(o, "diagnosisDayKnown", diagnosisDayKnown);
    json::put(o, "topography", topography);
    json::put(o, "laterality", laterality);
    json::put(o, "morphology", morphology);
    json::put(o, "tnm", tnm.toJson());
    json::putList(o, "otherStagings", otherStagings);
    extra.restore(o);
    return o;
}

Tumour Tumour::fromJson(const QJsonObject &o) {
    Tumour t;
    json::Reader in(o);
    in.get("diagnosisDate", t.diagnosisDate);
    in.get("diagnosisDayKnown", t.diagnosisDayKnown);
    in.get("topography", t.topography);
    in.get("laterality", t.laterality);
    in.get("morphology", t.morphology);
    in.get("tnm", t.tnm);
    in.get("otherStagings", t.otherStagings);
    in.keepUnknown(t);
    return t;
}

} // namespace concerto
