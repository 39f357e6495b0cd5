// The logging category of the reports library. Log lines never carry a patient's or a professional's value.
#pragma once

#include <QLoggingCategory>

namespace concerto {
Q_DECLARE_LOGGING_CATEGORY(lcReports)
}
