// The time a session gives each of its cases: the cases to discuss share the session's planned
// duration, in agenda order, each from its own start; the cases registered without discussion take
// none of it. A session whose cases to discuss get less than the average a board needs for one
// (domain.md: about three minutes a case) does not fit its planned duration: the agenda says so.
#pragma once

#include <QDateTime>
#include <vector>

namespace concerto::agenda {

// The minutes a case to discuss needs on average.
inline constexpr int kMinutesPerDiscussedCase = 3;

struct CaseSlot {
    QDateTime start; // UTC
    double minutes = 0;
};

struct SessionTiming {
    std::vector<CaseSlot> slots; // one per case to discuss, in agenda order
    int plannedMinutes = 0;
    int neededMinutes = 0; // kMinutesPerDiscussedCase a case to discuss
    bool fits() const { return neededMinutes <= plannedMinutes; }
};

// The slots of `discussedCases` cases in a session that starts at `start` and lasts `plannedMinutes`.
SessionTiming sessionTiming(const QDateTime &start, int plannedMinutes, int discussedCases);

} // namespace concerto::agenda
