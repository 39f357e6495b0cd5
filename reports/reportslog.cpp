// Defines the reports library's logging category: informational messages and above by default.
#include "reports/reportslog.h"

namespace concerto {
Q_LOGGING_CATEGORY(lcReports, "concerto.reports", QtInfoMsg)
}
