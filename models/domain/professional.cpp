// JSON form of a professional.
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
    json::put(o, "specialty", specialty);
    json::put(o, "establishmentId", establishmentId);
    json::put(o, "email", email);
    json::put(o, "phone", phone);
    return o;
}

Professional Professional::fromJson(const QJsonObject &o) {
    Professional r;
    json::get(o, "rpps", r.rpps);
    json::get(o, "lastName", r.lastName);
    json::get(o, "firstName", r.firstName);
    json::get(o, "specialty", r.specialty);
    json::get(o, "establishmentId", r.establishmentId);
    json::get(o, "email", r.email);
    json::get(o, "phone", r.phone);
    return r;
}

} // namespace concerto
