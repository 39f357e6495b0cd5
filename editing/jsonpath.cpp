// Reads and writes inside nested JSON objects and arrays by path (see jsonpath.h).
#include "editing/jsonpath.h"

#include <QJsonArray>
#include <QStringList>

namespace concerto::editing {

namespace {

bool isEmptyValue(const QJsonValue &v) {
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

// Recursively sets parts[at..] inside `node` (an object or an array); returns false when the path is
// not possible.
bool setIn(QJsonValue &node, const QStringList &parts, int at, const QJsonValue &value) {
    const QString &part = parts.at(at);
    const bool last = at == parts.size() - 1;
    if (node.isArray()) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        QJsonArray array = node.toArray();
        if (!isIndex || index < 0 || index >= array.size())
            return false;
        QJsonValue child = array.at(index);
        if (last)
            child = value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
        else if (!setIn(child, parts, at + 1, value))
            return false;
        array.replace(index, child);
        node = array;
        return true;
    }
    if (!node.isObject() && !node.isUndefined() && !node.isNull())
        return false;
    QJsonObject object = node.toObject();
    if (last) {
        if (isEmptyValue(value))
            object.remove(part);
        else
            object.insert(part, value);
    } else {
        QJsonValue child = object.value(part);
        if (child.isUndefined() || child.isNull())
            child = QJsonObject();
        if (!setIn(child, parts, at + 1, value))
            return false;
        object.insert(part, child);
    }
    node = object;
    return true;
}

// Applies `change` to the array at `listPath` (made when missing).
template <typename Change>
bool changeList(QJsonObject &root, const QString &listPath, Change change) {
    QJsonValue list = valueAt(root, listPath);
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        return false;
    QJsonArray array = list.toArray();
    if (!change(array))
        return false;
    QJsonValue node = root;
    if (!setIn(node, listPath.split(QLatin1Char('/')), 0, array.isEmpty() ? QJsonValue() : QJsonValue(array)))
        return false;
    root = node.toObject();
    return true;
}

} // namespace

QJsonValue valueAt(const QJsonObject &root, const QString &path) {
    QJsonValue node = root;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (node.isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            const QJsonArray array = node.toArray();
            if (!isIndex || index < 0 || index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(index);
        } else if (node.isObject()) {
            node = node.toObject().value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return node;
}

bool setValueAt(QJsonObject &root, const QString &path, const QJsonValue &value) {
    if (path.isEmpty())
        return false;
    QJsonValue node = root;
    if (!setIn(node, path.split(QLatin1Char('/')), 0, value))
        return false;
    root = node.toObject();
    return true;
}

int listSize(const QJsonObject &root, const QString &listPath) {
    return valueAt(root, listPath).toArray().size();
}

bool insertItem(QJsonObject &root, const QString &listPath, int index, const QJsonValue &item) {
    return changeList(root, listPath, [&](QJsonArray &a) {
        if (index < 0 || index > a.size())
            return false;
        a.insert(index, item);
        return true;
    });
}

bool removeItem(QJsonObject &root, const QString &listPath, int index) {
    return changeList(root, listPath, [&](QJsonArray &a) {
        if (index < 0 || index >= a.size())
            return false;
        a.removeAt(index);
        return true;
    });
}

bool moveItem(QJsonObject &root, const QString &listPath, int from, int to) {
    return changeList(root, listPath, [&](QJsonArray &a) {
        if (from < 0 || from >= a.size() || to < 0 || to >= a.size())
            return false;
        const QJsonValue item = a.takeAt(from);
        a.insert(to, item);
        return true;
    });
}

QString itemPath(const QString &listPath, int index, const QString &field) {
    QString path = listPath + QLatin1Char('/') + QString::number(index);
    if (!field.isEmpty())
        path += QLatin1Char('/') + field;
    return path;
}

} // namespace concerto::editing
