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
    extra.restore(o);
    return o;
}

Address Address::fromJson(const QJsonObject &o) {
    Address a;
    json::Reader in(o);
    in.get("line", a.line);
    in.get("postalCode", a.postalCode);
    in.get("city", a.city);
    in.get("country", a.country);
    in.keepUnknown(a);
    return a;
}

QJsonObject TrustedPerson::toJson() const {
    QJsonObject o;
    json::put(o, "familyName", familyName);
    json::put(o, "givenName", givenName);
    json::put(o, "relationship", relationship);
    json::put(o, "phone", phone);
    extra.restore(o);
    return o;
}

TrustedPerson TrustedPerson::fromJson(const QJsonObject &o) {
    TrustedPerson t;
    json::Reader in(o);
    in.get("familyName", t.familyName);
    in.get("givenName", t.givenName);
    in.get("relationship", t.relationship);
    in.get("phone", t.phone);
    in.keepUnknown(t);
    return t;
}

QString TrustedPerson::relationshipLabel(const QString &code) {
    // The display names of HL7 RoleCode (PersonalRelationshipRoleType) the national documents use.
    static const struct {
        const char *code;
        const char *label;
    } kRelationships[] = {{"SPS", "Conjoint"},
                          {"HUSB", "Mari"},
                          {"WIFE", "Epouse"},
                          {"DOMPART", "Partenaire"},
                          {"SIS", "Soeur"},
                          {"BRO", "Frère"},
                          {"DAU", "Fille"},
                          {"SON", "Fils"},
                          {"CHILD", "Enfant"},
                          {"MTH", "Mère"},
                          {"FTH", "Père"},
                          {"PRN", "Parent"},
                          {"FAMMEMB", "Membre de la famille"},
                          {"FRND", "Ami(e)"},
                          {"NBOR", "Voisin(e)"}};
    for (const auto &r : kRelationships)
        if (code == QLatin1String(r.code))
            return QString::fromUtf8(r.label);
    return {};
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
    json::putEvenEmpty(o, "insOid", insOid);
    json::put(o, "identityStatus", identityStatusCode(identityStatus));
    json::put(o, "ipp", ipp);
    json::put(o, "address", address.toJson());
    json::put(o, "generalPractitionerId", generalPractitionerId);
    json::put(o, "gpUnknown", gpUnknown);
    json::put(o, "phone", phone);
    // Written when it holds anything, keys a newer version wrote in it included.
    if (const QJsonObject trusted = trustedPerson.toJson(); !trusted.isEmpty())
        json::put(o, "trustedPerson", trusted);
    json::put(o, "possibleDuplicateOf", possibleDuplicateOf);
    json::put(o, "possibleDuplicateReason", possibleDuplicateReason);
    extra.restore(o);
    return o;
}

Patient Patient::fromJson(const QJsonObject &o) {
    Patient p;
    json::Reader in(o);
    in.get("birthName", p.birthName);
    in.get("birthGivenNames", p.birthGivenNames);
    in.get("usedName", p.usedName);
    in.get("usedGivenName", p.usedGivenName);
    in.code("sex", kSexes, p.sex);
    in.get("birthDate", p.birthDate);
    in.get("birthPlaceCode", p.birthPlaceCode);
    in.get("ins", p.ins);
    in.get("insOid", p.insOid);
    in.code("identityStatus", kIdentityStatuses, p.identityStatus);
    in.get("ipp", p.ipp);
    in.get("address", p.address);
    in.get("generalPractitionerId", p.generalPractitionerId);
    in.get("gpUnknown", p.gpUnknown);
    in.get("phone", p.phone);
    in.get("trustedPerson", p.trustedPerson);
    in.get("possibleDuplicateOf", p.possibleDuplicateOf);
    in.get("possibleDuplicateReason", p.possibleDuplicateReason);
    in.keepUnknown(p);
    return p;
}

QString normalizedIns(const QString &input) {
    QString s;
    s.reserve(input.size());
    for (const QChar c : input)
        if (!c.isSpace())
            s.append(c.toUpper());
    return s;
}

} // namespace concerto
