// JSON form of a patient identity and its codes.
#include "models/domain/patient.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<IdentityStatus, 4> kIdentityStatuses{{{IdentityStatus::Provisional, "PROV"},
                                                      {IdentityStatus::Recovered, "RECUP"},
                                                      {IdentityStatus::Validated, "VALI"},
                                                      {IdentityStatus::Qualified, "QUAL"}}};
const CodeTable<Sex, 3> kSexes{{{Sex::Unknown, "U"}, {Sex::Male, "M"}, {Sex::Female, "F"}}};
} // namespace

QString Patient::identityStatusCode(IdentityStatus s) {
    return codeOf(kIdentityStatuses, s);
}
IdentityStatus Patient::identityStatusFromCode(const QString &code, bool *known) {
    return enumOf(kIdentityStatuses, code, known);
}
QString Patient::sexCode(Sex s) {
    return codeOf(kSexes, s);
}
Sex Patient::sexFromCode(const QString &code) {
    return enumOf(kSexes, code);
}

QString Patient::displayName() const {
    const QString name = usedName.isEmpty() ? birthName : usedName;
    const QString given = usedGivenName.isEmpty() ? firstGivenName() : usedGivenName;
    return QStringLiteral("%1 %2").arg(name.toUpper(), given).trimmed();
}

QJsonObject Address::toJson() const {
    QJsonObject o;
    json::put(o, "line", line);
    json::put(o, "postalCode", postalCode);
    json::put(o, "city", city);
    json::put(o, "country", country);
    return o;
}

Address Address::fromJson(const QJsonObject &o) {
    Address a;
    json::get(o, "line", a.line);
    json::get(o, "postalCode", a.postalCode);
    json::get(o, "city", a.city);
    json::get(o, "country", a.country);
    return a;
}

QJsonObject Patient::toJson() const {
    QJsonObject o;
    json::put(o, "birthName", birthName);
    json::put(o, "birthGivenNames", birthGivenNames);
    json::put(o, "usedName", usedName);
    json::put(o, "usedGivenName", usedGivenName);
    json::put(o, "sex", sexCode(sex));
    json::put(o, "birthDate", birthDate);
    json::put(o, "birthPlaceCode", birthPlaceCode);
    json::put(o, "ins", ins);
    json::put(o, "insOid", insOid);
    json::put(o, "identityStatus", identityStatusCode(identityStatus));
    json::put(o, "ipp", ipp);
    const QJsonObject addr = address.toJson();
    if (!addr.isEmpty())
        o.insert(QLatin1String("address"), addr);
    json::put(o, "generalPractitionerId", generalPractitionerId);
    json::put(o, "gpUnknown", gpUnknown);
    json::put(o, "phone", phone);
    return o;
}

Patient Patient::fromJson(const QJsonObject &o) {
    Patient p;
    QString code;
    json::get(o, "birthName", p.birthName);
    json::get(o, "birthGivenNames", p.birthGivenNames);
    json::get(o, "usedName", p.usedName);
    json::get(o, "usedGivenName", p.usedGivenName);
    json::get(o, "sex", code);
    p.sex = sexFromCode(code);
    json::get(o, "birthDate", p.birthDate);
    json::get(o, "birthPlaceCode", p.birthPlaceCode);
    json::get(o, "ins", p.ins);
    json::get(o, "insOid", p.insOid);
    json::get(o, "identityStatus", code);
    p.identityStatus = identityStatusFromCode(code);
    json::get(o, "ipp", p.ipp);
    p.address = Address::fromJson(o.value(QLatin1String("address")).toObject());
    json::get(o, "generalPractitionerId", p.generalPractitionerId);
    json::get(o, "gpUnknown", p.gpUnknown);
    json::get(o, "phone", p.phone);
    return p;
}

} // namespace concerto
