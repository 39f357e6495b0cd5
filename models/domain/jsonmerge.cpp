// Three-way merge of JSON objects, key by key.
#include "models/domain/jsonmerge.h"

#include <QSet>

namespace concerto::json {

namespace {

void merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs, const QString &prefix,
           Merge &out, QJsonObject &into) {
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : keys) {
        const QJsonValue b = base.value(key), m = mine.value(key), t = theirs.value(key);
        QJsonValue result;
        if (m == t || m == b) {
            result = t;
        } else if (t == b) {
            result = m;
        } else if (m.isObject() && t.isObject() && (b.isObject() || b.isUndefined())) {
            QJsonObject inner;
            merge(b.toObject(), m.toObject(), t.toObject(), prefix + key + QLatin1Char('/'), out, inner);
            result = inner;
        } else {
            out.conflicts << prefix + key;
            result = t;
        }
        if (!result.isUndefined())
            into.insert(key, result);
    }
}

} // namespace

Merge mergeThreeWay(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs) {
    Merge out;
    merge(base, mine, theirs, QString(), out, out.merged);
    return out;
}

QJsonValue valueAt(const QJsonObject &object, const QString &path) {
    QJsonValue at = object;
    for (const QString &key : path.split(QLatin1Char('/')))
        at = at.toObject().value(key);
    return at;
}

} // namespace concerto::json
