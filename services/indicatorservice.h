// The activity indicators (reports/indicators.h) computed for the screens: on one background thread of
// the service's own, at a lowered priority, so the window never waits and a screen that closes meanwhile
// does not either (the computation ends on its own; only the service, closed with the database, waits
// for it).
#pragma once

#include "reports/indicators.h"

#include <QFuture>
#include <QThreadPool>
#include <functional>

namespace concerto {

class IndicatorService final {
public:
    // What computes the figures of a filter from the database file (a test seam).
    using Computation = std::function<StoreRead<Indicators>(const QString &path, const IndicatorFilter &)>;

    explicit IndicatorService(QString path);
    ~IndicatorService(); // waits for the running computation
    Q_DISABLE_COPY_MOVE(IndicatorService)

    // Computes the figures of `filter` in the background; with `computation` when given.
    QFuture<StoreRead<Indicators>> compute(const IndicatorFilter &filter, Computation computation = {});

private:
    QString m_path;
    QThreadPool m_worker; // one thread, kept between computations
};

} // namespace concerto
