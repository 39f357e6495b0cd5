// JSON form of a written opinion.
#include "models/domain/writtenopinion.h"

namespace concerto {

QJsonObject WrittenOpinion::toJson() const {
    QJsonObject o;
    json::put(o, "authorId", authorId);
    json::put(o, "specialty", specialty);
    json::put(o, "text", text);
    json::put(o, "givenAt", givenAt);
    extra.restore(o);
    return o;
}

WrittenOpinion WrittenOpinion::fromJson(const QJsonObject &o) {
    WrittenOpinion w;
    json::Reader in(o);
    in.get("authorId", w.authorId);
    in.get("specialty", w.specialty);
    in.get("text", w.text);
    in.get("givenAt", w.givenAt);
    in.keepUnknown(w);
    return w;
}

} // namespace concerto
