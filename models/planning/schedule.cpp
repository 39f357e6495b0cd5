// Meeting days from a schedule. Every-n-weeks schedules count weeks from the week of their first
// meeting (or of Monday 3 January 2000), so that the same fortnight is kept whatever period is asked.
#include "models/planning/schedule.h"

#include "models/domain/boardtime.h"

namespace concerto::planning {

namespace {

const QDate kEpochMonday(2000, 1, 3);

QDate mondayOf(const QDate &day) {
    return day.addDays(1 - day.dayOfWeek());
}

// The n-th `weekday` of the month of `day` (n = 5: the last one).
QDate nthWeekdayOfMonth(const QDate &day, int weekday, int n) {
    if (n >= 5) {
        const QDate last(day.year(), day.month(), day.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
    }
    const QDate first(day.year(), day.month(), 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

} // namespace

std::vector<QDate> meetingDays(const MeetingSchedule &schedule, const QDate &from, const QDate &to) {
    std::vector<QDate> days;
    if (!from.isValid() || !to.isValid() || to < from || schedule.weekday < 1 || schedule.weekday > 7)
        return days;
    if (schedule.weekOfMonth >= 1) {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            const QDate day = nthWeekdayOfMonth(month, schedule.weekday, std::min(schedule.weekOfMonth, 5));
            if (day >= from && day <= to)
                days.push_back(day);
        }
        return days;
    }
    const int every = std::max(1, schedule.everyWeeks);
    const QDate anchor = mondayOf(schedule.firstMeeting.isValid() ? schedule.firstMeeting : kEpochMonday);
    QDate day = from.addDays((schedule.weekday - from.dayOfWeek() + 7) % 7);
    for (; day <= to; day = day.addDays(7)) {
        const qint64 weeks = anchor.daysTo(mondayOf(day)) / 7;
        if (((weeks % every) + every) % every == 0 &&
            (!schedule.firstMeeting.isValid() || day >= schedule.firstMeeting))
            days.push_back(day);
    }
    return days;
}

QDateTime meetingStart(const MeetingSchedule &schedule, const QDate &day) {
    return fromBoardTime(day, schedule.start);
}

} // namespace concerto::planning
