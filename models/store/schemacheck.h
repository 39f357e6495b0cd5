// The schema check: how a database file's tables, indexes and triggers differ from what this version's
// migrations make (a trigger dropped, changed or added, a table or index missing), against a reference
// schema built once per process in memory. Database::open runs it on every file, `concerto-cli check` too.
#pragma once

#include "models/store/storeresult.h"

#include <QSqlDatabase>
#include <QStringList>

namespace concerto::schemacheck {

// One sentence per alteration of the schema of `db`, in the user's language, each naming the object
// ("The trigger fiche_signed_not_deleted is missing."); empty for a file as Concerto made it. A failure
// when the file's schema cannot be read (`path` names the file in it). Reads only.
StoreRead<QStringList> alterations(const QSqlDatabase &db, const QString &path);

// How long building the reference schema took in this process, in milliseconds (0 before the first
// check).
double referenceBuildMilliseconds();

} // namespace concerto::schemacheck
