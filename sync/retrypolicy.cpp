// The backoff step doubles from the first delay to the cap; the jitter draws within its upper half.
#include "sync/retrypolicy.h"

#include <algorithm>

namespace concerto::sync {

int RetryPolicy::delaySeconds(int failures, int retryAfterSeconds, double random) const {
    long long step = firstDelaySeconds;
    for (int i = 1; i < failures && step < maxDelaySeconds; ++i)
        step *= 2;
    step = std::min<long long>(step, maxDelaySeconds);
    const double r = std::clamp(random, 0.0, 1.0);
    const int jittered = int(step / 2 + (step - step / 2) * r);
    return std::max(jittered, std::clamp(retryAfterSeconds, 0, maxRetryAfterSeconds));
}

} // namespace concerto::sync
