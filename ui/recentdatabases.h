// The databases the user opened last (File → Open recent), newest first, kept in QSettings.
#pragma once

#include <QStringList>

namespace concerto::recentdatabases {

inline constexpr int kMaximum = 8;

// The remembered files, newest first; files that no longer exist are left out.
QStringList list();
// Puts `path` (made absolute) first, without duplicates, keeping at most kMaximum.
void add(const QString &path);

} // namespace concerto::recentdatabases
