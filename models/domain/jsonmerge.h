// A three-way merge of two copies of one record's JSON body that both started from the same stored copy
// (the base): what one side changed and the other did not is taken; a key both changed differently is a
// conflict, named by its path ("clinical/history"). Objects are merged key by key, at any depth; lists
// and plain values are whole. Used where a save meets a newer stored copy (two editors of one case, a
// draft written by another window) and, later, by the sync's conflicts.
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace concerto::json {

struct Merge {
    QJsonObject merged;    // the base with both sides' changes; a conflicting key keeps `theirs`
    QStringList conflicts; // the paths both sides changed differently, in key order
    bool clean() const { return conflicts.isEmpty(); }
};

Merge mergeThreeWay(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

// The value at a path of mergeThreeWay's ("clinical/history"), Undefined when there is none.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

} // namespace concerto::json
