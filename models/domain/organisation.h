// Organisations of the cancer network: the regional network (DSRC), its coordination centres (3C)
// and the establishments (with their FINESS number) where RCPs take place.
#pragma once

#include "models/domain/record.h"

namespace concerto {

enum class OrganisationKind { Establishment, CoordinationCentre, Network };

struct Organisation {
    RecordMeta meta;
    OrganisationKind kind = OrganisationKind::Establishment;
    QString name;
    QString finess; // 9 digits with a Luhn key; establishments only
    QUuid parentId; // 3C -> network, establishment -> 3C
    QString city;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static Organisation fromJson(const QJsonObject &o);
    static QString kindCode(OrganisationKind kind);
};

} // namespace concerto
