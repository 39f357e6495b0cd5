// A session's cases and what each lacks for its committee (validation::checkCompleteness), read from the
// store for the agenda, the session lists and the summary a secretary sends to the requesters.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "models/validation/completeness.h"

namespace concerto::validation {

// Reads a session, its committee, its cases (agenda order), their patients and requesters.
StoreRead<SessionCompleteness> sessionCompleteness(Database &db, const QUuid &sessionId);
// How many cases of `session` lack what `rcp` requires: what the session lists show. Reads the cases,
// and their patients only when the committee requires the geriatric screening (the age).
StoreRead<int> incompleteCases(Database &db, const Session &session, const Rcp &rcp);

} // namespace concerto::validation
