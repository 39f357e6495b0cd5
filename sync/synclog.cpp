// Defines the sync library's logging category: informational messages and above by default.
#include "sync/synclog.h"

namespace concerto {
Q_LOGGING_CATEGORY(lcSync, "concerto.sync", QtInfoMsg)
}
