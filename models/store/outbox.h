// The change journal (outbox): the changes waiting to be sent to the regional server.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

namespace concerto {

// Rows of the change journal not yet confirmed by the server.
StoreRead<int> pendingChangeCount(Database &db);

} // namespace concerto
