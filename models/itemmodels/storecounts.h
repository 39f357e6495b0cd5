// Figures the screens show about the local store: records per aggregate and the changes waiting in the
// change journal (outbox) to be sent to the server. Both say when they could not be counted.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto {

struct ActivityCounts {
    int patients = 0;
    int sessions = 0;
    int cases = 0;
    int fiches = 0;
    int signedFiches = 0;
};

StoreRead<ActivityCounts> activityCounts(Database &db);

// Rows of the change journal not yet confirmed by the server.
StoreRead<int> pendingChangeCount(Database &db);

} // namespace concerto
