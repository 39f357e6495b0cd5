// The services of a test's database, as the composition root would build them: made at the first call
// for a database and kept as its child, so that they go with it (after its connection is closed).
#pragma once

#include "services/services.h"

namespace concerto::test {

inline Services &servicesOf(Database &db) {
    if (auto *made = db.findChild<Services *>(QString(), Qt::FindDirectChildrenOnly))
        return *made;
    return *new Services(db, &db);
}

} // namespace concerto::test
