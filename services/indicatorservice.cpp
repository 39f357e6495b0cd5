// The indicators' background computation.
#include "services/indicatorservice.h"

#include "models/store/readworker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace concerto {

IndicatorService::IndicatorService(QString path)
    : m_path(std::move(path)) {
    m_worker.setMaxThreadCount(1);
}

IndicatorService::~IndicatorService() {
    m_worker.waitForDone();
}

QFuture<StoreRead<Indicators>> IndicatorService::compute(const IndicatorFilter &filter,
                                                         Computation computation) {
    return QtConcurrent::run(&m_worker, [path = m_path, filter, computation = std::move(computation)] {
        lowerThisThreadPriority(); // the window first
        return computation ? computation(path, filter) : computeIndicators(path, filter);
    });
}

} // namespace concerto
