// Flattening, comparing and merging the three copies of a conflicted record.
#include "services/conflictfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

namespace concerto {

namespace {

void flatten(const QJsonObject &object, const QString &prefix, std::map<QString, QJsonValue> *into,
             QStringList *order) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            flatten(it.value().toObject(), path, into, order);
            continue;
        }
        into->emplace(path, it.value());
        if (!order->contains(path))
            order->append(path);
    }
}

QJsonValue at(const std::map<QString, QJsonValue> &values, const QString &path) {
    const auto it = values.find(path);
    return it == values.end() ? QJsonValue(QJsonValue::Undefined) : it->second;
}

// Sets (or, for Undefined, removes) `path` in `object`, making the objects on the way.
void setPath(QJsonObject &object, const QStringList &keys, int i, const QJsonValue &value) {
    const QString &key = keys.at(i);
    if (i == keys.size() - 1) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setPath(child, keys, i + 1, value);
    if (child.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
}

} // namespace

std::vector<ConflictField> conflictFields(const std::optional<QJsonObject> &base, const QJsonObject &theirs,
                                          const QJsonObject &mine) {
    std::map<QString, QJsonValue> b, t, m;
    QStringList order;
    flatten(mine, {}, &m, &order);
    flatten(theirs, {}, &t, &order);
    if (base)
        flatten(*base, {}, &b, &order);
    std::vector<ConflictField> fields;
    for (const QString &path : order) {
        ConflictField f{path, at(b, path), at(t, path), at(m, path), ConflictSide::Unchosen};
        if (f.theirs == f.mine)
            f.suggested = ConflictSide::Server; // the same on both sides
        else if (base && f.mine == f.base)
            f.suggested = ConflictSide::Server; // only the server changed it
        else if (base && f.theirs == f.base)
            f.suggested = ConflictSide::Mine; // only this computer changed it
        fields.push_back(std::move(f));
    }
    return fields;
}

std::optional<QJsonObject> mergedBody(const std::vector<ConflictField> &fields, const QJsonObject &theirs,
                                      const std::map<QString, ConflictSide> &choices) {
    QJsonObject merged = theirs;
    for (const ConflictField &f : fields) {
        const auto chosen = choices.find(f.path);
        const ConflictSide side = chosen == choices.end() ? f.suggested : chosen->second;
        if (side == ConflictSide::Unchosen) {
            if (f.differs())
                return std::nullopt;
            continue;
        }
        const QJsonValue value =
            side == ConflictSide::Mine ? f.mine : (side == ConflictSide::Base ? f.base : f.theirs);
        if (value != f.theirs)
            setPath(merged, f.path.split(QLatin1Char('/')), 0, value);
    }
    return merged;
}

QString conflictValueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("Services", "yes")
                              : QCoreApplication::translate("Services", "no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace concerto
