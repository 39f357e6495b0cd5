// The bookkeeping every stored record carries (identity, server version, last change, tombstone),
// and the small writers that put domain fields into JSON for the store and the wire protocol (the
// reader, and what records keep of the JSON they do not understand, are in jsonfields.h).
#pragma once

#include "models/domain/jsonfields.h"

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
// ISO 8601 texts, written by hand: they are made for every field of every saved record, and Qt's
// general date formatting costs a tenth of a bulk load. Years outside 0–9999 take Qt's path.
namespace detail {
inline char16_t *digits(char16_t *out, int value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
    return out + width;
}
inline char16_t *isoDate(char16_t *out, const QDate &d) {
    out = digits(out, d.year(), 4);
    *out++ = u'-';
    out = digits(out, d.month(), 2);
    *out++ = u'-';
    return digits(out, d.day(), 2);
}
} // namespace detail

inline QString dateText(const QDate &d) {
    if (!d.isValid())
        return {};
    if (d.year() < 0 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    char16_t text[10];
    detail::isoDate(text, d);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
// UTC with milliseconds: 2026-11-24T16:00:00.000Z
inline QString timeText(const QDateTime &t) {
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    const QTime time = utc.time();
    char16_t text[24];
    char16_t *out = detail::isoDate(text, d);
    *out++ = u'T';
    out = detail::digits(out, time.hour(), 2);
    *out++ = u':';
    out = detail::digits(out, time.minute(), 2);
    *out++ = u':';
    out = detail::digits(out, time.second(), 2);
    *out++ = u'.';
    out = detail::digits(out, time.msec(), 3);
    *out = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

// Writers: empty values are left out so that stored bodies stay small (a missing key reads as the
// field's default, which is empty for these fields).
inline void put(QJsonObject &o, const char *key, const QString &v) {
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}
// A text whose default is not empty: written even when empty, since a missing key reads as the default.
inline void putEvenEmpty(QJsonObject &o, const char *key, const QString &v) {
    o.insert(QLatin1String(key), v);
}
// A nested record, left out when it writes nothing.
inline void put(QJsonObject &o, const char *key, const QJsonObject &v) {
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
// A list whose default is not empty: written even when empty, since a missing key reads as the default.
inline void putEvenEmpty(QJsonObject &o, const char *key, const QStringList &v) {
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

} // namespace json
} // namespace concerto
