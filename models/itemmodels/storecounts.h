// What the top bar shows about the local store: the changes waiting in the change journal (outbox) to be
// sent to the server, or why they could not be counted.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto {

// Rows of the change journal not yet confirmed by the server.
StoreRead<int> pendingChangeCount(Database &db);

} // namespace concerto
