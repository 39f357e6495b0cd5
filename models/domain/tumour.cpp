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
    return o;
}

TnmStaging TnmStaging::fromJson(const QJsonObject &o) {
    TnmStaging s;
    json::get(o, "prefix", s.prefix);
    json::get(o, "t", s.t);
    json::get(o, "n", s.n);
    json::get(o, "m", s.m);
    json::get(o, "stage", s.stage);
    json::get(o, "edition", s.edition);
    return s;
}

QJsonObject OtherStaging::toJson() const {
    QJsonObject o;
    json::put(o, "name", name);
    json::put(o, "version", version);
    json::put(o, "value", value);
    return o;
}

OtherStaging OtherStaging::fromJson(const QJsonObject &o) {
    OtherStaging s;
    json::get(o, "name", s.name);
    json::get(o, "version", s.version);
    json::get(o, "value", s.value);
    return s;
}

QJsonObject Tumour::toJson() const {
    QJsonObject o;
    json::put(o, "diagnosisDate", diagnosisDate);
    json::put(o, "diagnosisDayKnown", diagnosisDayKnown);
    json::put(o, "topography", topography);
    json::put(o, "laterality", laterality);
    json::put(o, "morphology", morphology);
    if (!tnm.isEmpty() || !tnm.stage.isEmpty())
        o.insert(QLatin1String("tnm"), tnm.toJson());
    json::putList(o, "otherStagings", otherStagings);
    return o;
}

Tumour Tumour::fromJson(const QJsonObject &o) {
    Tumour t;
    json::get(o, "diagnosisDate", t.diagnosisDate);
    json::get(o, "diagnosisDayKnown", t.diagnosisDayKnown);
    json::get(o, "topography", t.topography);
    json::get(o, "laterality", t.laterality);
    json::get(o, "morphology", t.morphology);
    t.tnm = TnmStaging::fromJson(o.value(QLatin1String("tnm")).toObject());
    json::getList(o, "otherStagings", t.otherStagings);
    return t;
}

} // namespace concerto
