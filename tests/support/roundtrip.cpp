// JSON objects edited one key at a time, and the ids of the newer version's records, for the
// lossless-record tests.
#include "tests/support/roundtrip.h"

namespace concerto::test {

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject withKey(QJsonObject o, const char *key, const QJsonValue &v) {
    o.insert(QLatin1String(key), v);
    return o;
}

QJsonObject withoutKey(QJsonObject o, const char *key) {
    o.remove(QLatin1String(key));
    return o;
}

QJsonObject item(const QJsonObject &o, const char *key, int index) {
    return o.value(QLatin1String(key)).toArray().at(index).toObject();
}

QJsonObject withItem(QJsonObject o, const char *key, int index, const QJsonObject &v) {
    QJsonArray a = o.value(QLatin1String(key)).toArray();
    a.replace(index, v);
    o.insert(QLatin1String(key), a);
    return o;
}

QJsonObject object(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toObject();
}

QUuid newerId(int n) {
    return QUuid(QStringLiteral("0d6f2a8e-5c1b-4c3e-9f7a-2b8d4e6f1a%1").arg(n, 2, 10, QLatin1Char('0')));
}

} // namespace concerto::test
