// Wire protocol helpers (filled by the sync work).
#include "sync/protocol.h"
