// The session's planned duration shared between its cases to discuss.
#include "models/planning/agendatime.h"

#include <algorithm>
#include <cmath>

namespace concerto::agenda {

SessionTiming sessionTiming(const QDateTime &start, int plannedMinutes, int discussedCases) {
    SessionTiming timing;
    timing.plannedMinutes = std::max(0, plannedMinutes);
    timing.neededMinutes = std::max(0, discussedCases) * kMinutesPerDiscussedCase;
    if (discussedCases <= 0)
        return timing;
    const double each = double(timing.plannedMinutes) / discussedCases;
    for (int i = 0; i < discussedCases; ++i) {
        // To the second: the slots add up to the planned duration.
        const qint64 offset = std::llround(i * each * 60.0);
        timing.slots.push_back({start.addSecs(offset), each});
    }
    return timing;
}

} // namespace concerto::agenda
