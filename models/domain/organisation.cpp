// JSON form of an organisation.
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

QJsonObject Organisation::toJson() const {
    QJsonObject o;
    json::put(o, "kind", kindCode(kind));
    json::put(o, "name", name);
    json::put(o, "finess", finess);
    json::put(o, "parentId", parentId);
    json::put(o, "city", city);
    return o;
}

Organisation Organisation::fromJson(const QJsonObject &o) {
    Organisation r;
    QString kind;
    json::get(o, "kind", kind);
    r.kind = enumOf(kKinds, kind);
    json::get(o, "name", r.name);
    json::get(o, "finess", r.finess);
    json::get(o, "parentId", r.parentId);
    json::get(o, "city", r.city);
    return r;
}

} // namespace concerto
