// Field keys of a case: a path into the case's JSON ("question", "motif/recours", "clinical/history",
// "tumours/0/clinicalTnm/t", "clinical/tests/2/date"), numbers naming the items of a list. The editing
// layer reads and writes every field through these paths, so that one undo command serves every field
// and the keys of validation messages are the keys the editor's fields carry.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace concerto::editing {

// The value at `path` (Undefined when absent).
QJsonValue valueAt(const QJsonObject &root, const QString &path);
// Sets the value at `path`, making the objects on the way; an Undefined or Null value, or an empty
// string, removes the key (records leave empty values out). False when the path crosses a missing list
// item or a value that is not an object or a list.
bool setValueAt(QJsonObject &root, const QString &path, const QJsonValue &value);

// Lists ("tumours", "clinical/tests", "tumours/0/otherStagings"): a missing list has no items.
int listSize(const QJsonObject &root, const QString &listPath);
bool insertItem(QJsonObject &root, const QString &listPath, int index, const QJsonValue &item);
bool removeItem(QJsonObject &root, const QString &listPath, int index);
bool moveItem(QJsonObject &root, const QString &listPath, int from, int to);

// "tumours/0/topography" with list "tumours", item 0.
QString itemPath(const QString &listPath, int index, const QString &field = {});

} // namespace concerto::editing
