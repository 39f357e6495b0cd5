// What the lossless-record tests (tst_roundtrip_*) share: JSON objects edited one key at a time, the
// ids of the newer version's records, and checks that a record reads back, field by field or as the
// whole JSON a newer version wrote.
#pragma once

#include "tests/support/fullrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>

namespace concerto::test {

QByteArray compact(const QJsonObject &o);
QJsonObject withKey(QJsonObject o, const char *key, const QJsonValue &v);
QJsonObject withoutKey(QJsonObject o, const char *key);
// o[key][index], an object inside an array.
QJsonObject item(const QJsonObject &o, const char *key, int index = 0);
QJsonObject withItem(QJsonObject o, const char *key, int index, const QJsonObject &v);
QJsonObject object(const QJsonObject &o, const char *key);

// The ids of the records in tests/data/newer-version.
QUuid newerId(int n);

} // namespace concerto::test

// Two JSON objects are equal; both are shown when they are not.
#define COMPARE_JSON(actual, expected)                                                                       \
    do {                                                                                                     \
        const QJsonObject actual_ = (actual);                                                                \
        const QJsonObject expected_ = (expected);                                                            \
        QVERIFY2(actual_ == expected_, QByteArray("\n   actual:   " + ::concerto::test::compact(actual_) +   \
                                                  "\n   expected: " + ::concerto::test::compact(expected_))  \
                                           .constData());                                                    \
    } while (false)

// One field of a record read back equals the record it was written from, which gives that field a
// value other than the default of `Type` (so that a field the JSON forms forget cannot pass unseen).
#define SAME(Type, back, full, field)                                                                        \
    do {                                                                                                     \
        QCOMPARE((back).field, (full).field);                                                                \
        QVERIFY2(!((full).field == Type().field), "left at its default: " #field);                           \
    } while (false)

// Read back, and the JSON is stable: toJson(fromJson(toJson(x))) == toJson(x).
#define READ_BACK(Type, back, full)                                                                          \
    const Type back = Type::fromJson((full).toJson());                                                       \
    COMPARE_JSON(back.toJson(), (full).toJson())

namespace concerto::test {

// A newer version's record, read and written again by this one, is what was read; and so is the
// copy of it, written again after a second read.
template <typename T>
void keepsNewer(const char *name) {
    const QJsonObject o = newerVersion(QLatin1String(name));
    QVERIFY2(!o.isEmpty(), name);
    const T record = T::fromJson(o);
    COMPARE_JSON(record.toJson(), o);
    const T copy = record;
    COMPARE_JSON(T::fromJson(copy.toJson()).toJson(), o);
}

} // namespace concerto::test
