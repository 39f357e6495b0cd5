// The meeting days of an RCP's schedule over a period: every week, every n weeks, or the n-th (or last)
// weekday of each month; with the time, in the boards' clock, turned into UTC instants.
#pragma once

#include "models/domain/rcp.h"

namespace concerto::planning {

// The days in [from, to] on which the schedule meets, in order.
std::vector<QDate> meetingDays(const MeetingSchedule &schedule, const QDate &from, const QDate &to);
// When a meeting on `day` starts, in UTC (the schedule's time is read in Europe/Paris).
QDateTime meetingStart(const MeetingSchedule &schedule, const QDate &day);

} // namespace concerto::planning
