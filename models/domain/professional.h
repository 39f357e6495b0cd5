// A health professional of the directory: physician (RPPS), with the one specialty that counts for quorum.
#pragma once

#include "models/domain/record.h"

namespace concerto {

struct Professional {
    RecordMeta meta;
    QString rpps; // 11 digits with a Luhn key
    QString lastName;
    QString firstName;
    QString specialty; // code from the built-in specialty set (see nomenclature/builtinsets.h)
    QUuid establishmentId;
    QString email;
    QString phone;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QString displayName() const;
    QJsonObject toJson() const;
    static Professional fromJson(const QJsonObject &o);
};

} // namespace concerto
