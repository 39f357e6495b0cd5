// The bookkeeping every stored record carries (identity, server version, last change, tombstone),
// and small helpers that move domain fields to and from JSON for the store and the wire protocol.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <vector>

namespace concerto {

// Identity and sync state of one record. The id is generated on the client; `version` is the
// server's version (0 until the server has accepted the record).
struct RecordMeta {
    QUuid id;
    qint64 version = 0;
    QDateTime updatedAt; // UTC
    QString updatedBy;
    bool deleted = false; // tombstone: records are never removed, only marked

    static QUuid newId() { return QUuid::createUuid(); }
};

namespace json {

inline QString idText(const QUuid &id) {
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}
inline QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
inline QString timeText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Writers: empty values are left out so that stored bodies stay small.
inline void put(QJsonObject &o, const char *key, const QString &v) {
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}
inline void put(QJsonObject &o, const char *key, bool v) {
    if (v)
        o.insert(QLatin1String(key), true);
}
inline void put(QJsonObject &o, const char *key, int v) {
    o.insert(QLatin1String(key), v);
}
inline void put(QJsonObject &o, const char *key, const QDate &v) {
    put(o, key, dateText(v));
}
inline void put(QJsonObject &o, const char *key, const QDateTime &v) {
    put(o, key, timeText(v));
}
inline void put(QJsonObject &o, const char *key, const QUuid &v) {
    put(o, key, idText(v));
}
inline void put(QJsonObject &o, const char *key, const QStringList &v) {
    if (!v.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(v));
}
inline void put(QJsonObject &o, const char *key, const std::vector<QUuid> &v) {
    QStringList ids;
    for (const QUuid &id : v)
        ids << idText(id);
    put(o, key, ids);
}
template <typename T>
void putList(QJsonObject &o, const char *key, const std::vector<T> &items) {
    if (items.empty())
        return;
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    o.insert(QLatin1String(key), a);
}

// Readers: a missing key leaves the default value.
inline void get(const QJsonObject &o, const char *key, QString &v) {
    v = o.value(QLatin1String(key)).toString();
}
inline void get(const QJsonObject &o, const char *key, bool &v) {
    v = o.value(QLatin1String(key)).toBool();
}
inline void get(const QJsonObject &o, const char *key, int &v, int fallback = 0) {
    v = o.value(QLatin1String(key)).toInt(fallback);
}
inline void get(const QJsonObject &o, const char *key, QDate &v) {
    v = QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}
inline void get(const QJsonObject &o, const char *key, QDateTime &v) {
    v = QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}
inline void get(const QJsonObject &o, const char *key, QUuid &v) {
    v = QUuid::fromString(o.value(QLatin1String(key)).toString());
}
inline void get(const QJsonObject &o, const char *key, QStringList &v) {
    v.clear();
    for (const QJsonValue &x : o.value(QLatin1String(key)).toArray())
        v << x.toString();
}
inline void get(const QJsonObject &o, const char *key, std::vector<QUuid> &v) {
    v.clear();
    for (const QJsonValue &x : o.value(QLatin1String(key)).toArray())
        v.push_back(QUuid::fromString(x.toString()));
}
template <typename T>
void getList(const QJsonObject &o, const char *key, std::vector<T> &items) {
    items.clear();
    for (const QJsonValue &x : o.value(QLatin1String(key)).toArray())
        items.push_back(T::fromJson(x.toObject()));
}

} // namespace json
} // namespace concerto
