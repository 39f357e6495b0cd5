// The wall-clock time of the boards. Sessions are stored in UTC and planned in the committees' own
// zone, Europe/Paris, whatever the machine's zone: an 08:00 board reads 08:00 on a UTC laptop too.
// When the system has no time-zone data, the French rule (UTC+1, UTC+2 from the last Sunday of March
// to the last Sunday of October, at 01:00 UTC) gives the same answer.
#pragma once

#include <QDateTime>

namespace concerto {

// The instant `utc` as the boards' clock reads it (date and time in Europe/Paris).
QDateTime toBoardTime(const QDateTime &utc);
// The instant (in UTC) when the boards' clock reads `date` `time`. A time that the clock skips in
// spring reads as the hour after it; one it passes twice in autumn as the first of the two.
QDateTime fromBoardTime(const QDate &date, const QTime &time);
// The offset from UTC, in seconds, of the boards' clock at `utc`.
int boardOffsetSeconds(const QDateTime &utc);

namespace detail {
// The offset the French summer-time rule gives at `utc` (the fallback; tested against the zone data).
int europeanRuleOffset(const QDateTime &utc);
} // namespace detail

} // namespace concerto
