// The values the indicators read from a fiche's summary columns, checked: a value that cannot be what
// its column holds (a flag that is not 0 or 1, a WHO status of "abc", a date that is no date, case facts
// that are not JSON) is an error naming the fiche, never counted as "not given".
#pragma once

#include <QString>
#include <QVariant>

namespace concerto::indicators {

// Absent, or a whole number from `low` to `high` (SQLite's integer, as json_extract stores booleans).
bool wholeOrAbsent(const QVariant &value, qint64 low, qint64 high);
// Absent, empty, or a date (YYYY-MM-DD) or UTC time as stored ("2026-11-24T16:00:00.000Z").
bool dateOrAbsent(const QVariant &value);
// Absent, empty, or a JSON array.
bool jsonArrayOrAbsent(const QVariant &value);

// The error for the fiche `ficheId` whose `column` holds `value`, in the user's language.
QString unreadableValue(const QString &ficheId, const char *column, const QVariant &value);

} // namespace concerto::indicators
