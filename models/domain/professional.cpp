// JSON form of a professional; the specialty words of older records read as their national codes.
#include "models/domain/professional.h"

namespace concerto {

QString Professional::displayName() const {
    return QStringLiteral("Dr %1 %2").arg(firstName, lastName.toUpper()).trimmed();
}

QJsonObject Professional::toJson() const {
    QJsonObject o;
    json::put(o, "rpps", rpps);
    json::put(o, "lastName", lastName);
    json::put(o, "firstName", firstName);
    json::putEvenEmpty(o, "profession", profession);
    json::put(o, "specialty", specialty);
    json::put(o, "establishmentId", establishmentId);
    json::put(o, "email", email);
    json::put(o, "phone", phone);
    extra.restore(o);
    return o;
}

Professional Professional::fromJson(const QJsonObject &o) {
    Professional r;
    json::Reader in(o);
    in.get("rpps", r.rpps);
    in.get("lastName", r.lastName);
    in.get("firstName", r.firstName);
    in.get("profession", r.profession);
    in.get("specialty", r.specialty);
    r.specialty = nomenclature::nationalSpecialtyCode(r.specialty);
    in.get("establishmentId", r.establishmentId);
    in.get("email", r.email);
    in.get("phone", r.phone);
    in.keepUnknown(r);
    return r;
}

} // namespace concerto
