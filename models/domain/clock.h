// The one clock of Concerto: every "now" and "today" of the app, the command line, the demo and the store
// reads it, "today" as the boards' clock reads it (Europe/Paris, boardtime.h) whatever the machine's zone.
// Tests set it to a fixed instant; nothing else does.
#pragma once

#include <QDateTime>

#include <functional>

namespace concerto::clock {

// The current instant, in UTC.
QDateTime nowUtc();
// The boards' date now: the day a secretary in Paris reads on the wall.
QDate today();
// Replaces the system clock (tests), before any thread reads it; an empty function restores it.
void set(std::function<QDateTime()> source);

} // namespace concerto::clock
