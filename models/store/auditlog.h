// Reading the audit log (models/domain/auditentry.h), which the store appends to with each write, in the
// same transaction.
#pragma once

#include "models/domain/auditentry.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <vector>

namespace concerto {

// The audit rows of `ids` of `entity`, oldest first.
StoreRead<std::vector<AuditEntry>> auditOf(Database &db, const QString &entity, const std::vector<QUuid> &ids);

} // namespace concerto
