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
    extra.restore(o);
    return o;
}

Organisation Organisation::fromJson(const QJsonObject &o) {
    Organisation r;
    json::Reader in(o);
    in.code("kind", kKinds, r.kind);
    in.get("name", r.name);
    in.get("finess", r.finess);
    in.get("parentId", r.parentId);
    in.get("city", r.city);
    in.keepUnknown(r);
    return r;
}

} // namespace concerto
