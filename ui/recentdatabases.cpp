// Recent databases in QSettings ("recentDatabases"), absolute and cleaned so one file is listed once.
#include "ui/recentdatabases.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace concerto::recentdatabases {

namespace {
const QString kKey = QStringLiteral("recentDatabases");
}

QStringList list() {
    QStringList existing;
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString &path : stored)
        if (QFileInfo(path).isFile())
            existing << path;
    return existing;
}

void add(const QString &path) {
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList stored = QSettings().value(kKey).toStringList();
    stored.removeAll(absolute);
    stored.prepend(absolute);
    while (stored.size() > kMaximum)
        stored.removeLast();
    QSettings().setValue(kKey, stored);
}

} // namespace concerto::recentdatabases
