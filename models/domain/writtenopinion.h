// An absent specialist's written opinion on a case, entered before the meeting: where the committee's
// quorum rule allows it, it counts for that specialty, and the fiche keeps it with its author.
#pragma once

#include "models/domain/jsonfields.h"
#include "models/domain/record.h"

namespace concerto {

struct WrittenOpinion {
    QUuid authorId{};    // a professional of the directory
    QString specialty{}; // the specialty the opinion speaks for (national code)
    QString text{};
    QDateTime givenAt{};   // UTC
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static WrittenOpinion fromJson(const QJsonObject &o);
};

} // namespace concerto
