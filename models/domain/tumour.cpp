// JSON form of a tumour and its stagings, and the reading of the single "tnm" of older records.
#include "models/domain/tumour.h"

namespace concerto {

bool isHaematologicalMorphology(const QString &morphology) {
    if (morphology.size() < 4)
        return false;
    bool number = false;
    const int code = QStringView(morphology).left(4).toInt(&number);
    return number && code >= 9590 && code <= 9999;
}

bool TnmStaging::isPathological() const {
    const QString p = prefix.trimmed().toLower();
    return p == QLatin1String("p") || p == QLatin1String("yp") || p == QLatin1String("rp");
}

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
    json::put(o, "date", date);
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
    in.get("date", s.date);
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
    json::put(o, "clinicalTnm", clinicalTnm.toJson());
    json::put(o, "pathologicalTnm", pathologicalTnm.toJson());
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
    in.get("clinicalTnm", t.clinicalTnm);
    in.get("pathologicalTnm", t.pathologicalTnm);
    if (!o.contains(QLatin1String("clinicalTnm")) && !o.contains(QLatin1String("pathologicalTnm")) &&
        o.value(QLatin1String("tnm")).isObject()) {
        // Written before both stagings were kept: the one TNM goes where its prefix says.
        TnmStaging single;
        in.get("tnm", single);
        (single.isPathological() ? t.pathologicalTnm : t.clinicalTnm) = std::move(single);
    }
    in.get("otherStagings", t.otherStagings);
    in.keepUnknown(t);
    return t;
}

bool Tumour::tnmNotApplicable() const {
    return isHaematologicalMorphology(morphology);
}

} // namespace concerto
