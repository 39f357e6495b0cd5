// Defines the ui library's logging category: informational messages and above by default.
#include "ui/uilog.h"

namespace concerto {
Q_LOGGING_CATEGORY(lcUi, "concerto.ui", QtInfoMsg)
}
