// JSON form of an organisation, and the roots of its national identifiers.
#include "models/domain/organisation.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<OrganisationKind, 3> kKinds{{{OrganisationKind::Establishment, "establishment"},
                                             {OrganisationKind::CoordinationCentre, "3c"},
                                             {OrganisationKind::Network, "network"}}};
}

QString Organisation::kindCode(OrganisationKind kind) {
    return codeOf(kKinds, kind);
}

QString Organisation::nationalIdRoot() const {
    switch (kind) {
    case OrganisationKind::Network:
        return QString::fromLatin1(kOidNetworkNationalId);
    case OrganisationKind::CoordinationCentre:
        return QString::fromLatin1(kOidCoordinationCentreNationalId);
    case OrganisationKind::Establishment:
        break;
    }
    return {};
}

QString Organisation::structureId() const {
    return finess.isEmpty() ? QString() : QStringLiteral("1") + finess;
}

QJsonObject Organisation::toJson() const {
    QJsonObject o;
    json::put(o, "kind", kindCode(kind));
    json::put(o, "name", name);
    json::put(o, "finess", finess);
    json::put(o, "establishmentType", establishmentType);
    json::put(o, "nationalId", nationalId);
    json::put(o, "parentId", parentId);
    json::put(o, "houseNumber", houseNumber);
    json::put(o, "streetName", streetName);
    json::put(o, "postalCode", postalCode);
    json::put(o, "city", city);
    json::put(o, "patientIdOid", patientIdOid);
    extra.restore(o);
    return o;
}

Organisation Organisation::fromJson(const QJsonObject &o) {
    Organisation r;
    json::Reader in(o);
    in.code("kind", kKinds, r.kind);
    in.get("name", r.name);
    in.get("finess", r.finess);
    in.get("establishmentType", r.establishmentType);
    in.get("nationalId", r.nationalId);
    in.get("parentId", r.parentId);
    in.get("houseNumber", r.houseNumber);
    in.get("streetName", r.streetName);
    in.get("postalCode", r.postalCode);
    in.get("city", r.city);
    in.get("patientIdOid", r.patientIdOid);
    in.keepUnknown(r);
    return r;
}

} // namespace concerto
