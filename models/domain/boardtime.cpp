// Europe/Paris from the system's zone data, or from the European summer-time rule when there is none.
#include "models/domain/boardtime.h"

#include <QTimeZone>

#include <algorithm>

namespace concerto {

namespace {

const QTimeZone &parisZone() {
    static const QTimeZone zone(QByteArrayLiteral("Europe/Paris"));
    return zone;
}

// The last Sunday of a month, at 01:00 UTC: when European summer time starts (March) or ends (October).
QDateTime lastSundayAt1Utc(int year, int month) {
    QDate day(year, month, QDate(year, month, 1).daysInMonth());
    day = day.addDays(-(day.dayOfWeek() % 7));
    return QDateTime(day, QTime(1, 0), Qt::UTC);
}

} // namespace

int detail::europeanRuleOffset(const QDateTime &utc) {
    const int year = utc.date().year();
    const bool summer = utc >= lastSundayAt1Utc(year, 3) && utc < lastSundayAt1Utc(year, 10);
    return summer ? 7200 : 3600;
}

int boardOffsetSeconds(const QDateTime &utc) {
    if (parisZone().isValid())
        return parisZone().offsetFromUtc(utc);
    return detail::europeanRuleOffset(utc);
}

QDateTime toBoardTime(const QDateTime &utc) {
    if (!utc.isValid())
        return {};
    if (parisZone().isValid())
        return utc.toTimeZone(parisZone());
    return utc.toOffsetFromUtc(detail::europeanRuleOffset(utc));
}

QDateTime fromBoardTime(const QDate &date, const QTime &time) {
    if (!date.isValid() || !time.isValid())
        return {};
    // The wall-clock time read as UTC, less each offset the clock has that day: the larger offset
    // first (the earlier instant when the hour repeats in autumn).
    const QDateTime asUtc(date, time, Qt::UTC);
    const int before = boardOffsetSeconds(asUtc.addDays(-1));
    const int after = boardOffsetSeconds(asUtc.addDays(1));
    for (int offset : {std::max(before, after), std::min(before, after)}) {
        const QDateTime candidate = asUtc.addSecs(-offset);
        if (boardOffsetSeconds(candidate) == offset)
            return candidate;
    }
    return asUtc.addSecs(-std::min(before, after)); // skipped in spring: read as the hour after
}

} // namespace concerto
