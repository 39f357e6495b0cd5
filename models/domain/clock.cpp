// The system clock, or the one a test set.
#include "models/domain/clock.h"
#include "models/domain/boardtime.h"

namespace concerto::clock {

namespace {
std::function<QDateTime()> &source() {
    static std::function<QDateTime()> set;
    return set;
}
} // namespace

QDateTime nowUtc() {
    return source() ? source()().toUTC() : QDateTime::currentDateTimeUtc();
}

QDate today() {
    return toBoardTime(nowUtc()).date();
}

void set(std::function<QDateTime()> clock) {
    source() = std::move(clock);
}

} // namespace concerto::clock
