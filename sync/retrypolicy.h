// When the desktop tries again after a failed sync: capped exponential backoff with jitter (so that the
// desktops of a region cut off together do not all come back in the same second), never sooner than the
// server's Retry-After.
#pragma once

namespace concerto::sync {

struct RetryPolicy {
    int firstDelaySeconds = 30;
    int maxDelaySeconds = 15 * 60;
    int maxRetryAfterSeconds = 60 * 60; // a Retry-After longer than this is taken as this

    // The wait after `failures` failures in a row (1: the first), with `random` in [0, 1) drawing it in
    // the upper half of the backoff step: from step/2 to step. At least `retryAfterSeconds`.
    int delaySeconds(int failures, int retryAfterSeconds, double random) const;
};

} // namespace concerto::sync
