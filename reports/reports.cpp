// Placeholder entry point of the reports library.
#include "reports/reports.h"

namespace concerto::reports {
QString libraryName() {
    return QStringLiteral("concerto-reports");
}
} // namespace concerto::reports
