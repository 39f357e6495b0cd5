// Counts through the repositories, and the outbox size straight from the change journal.
#include "models/itemmodels/storecounts.h"

#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QSqlQuery>

namespace concerto {

StoreRead<ActivityCounts> activityCounts(Database &db) {
    FicheRepository fiches(db);
    const StoreRead<int> counts[] = {PatientRepository(db).count(), SessionRepository(db).count(),
                                     InscriptionRepository(db).count(), fiches.count(), fiches.signedCount()};
    for (const StoreRead<int> &c : counts)
        if (!c.ok())
            return StoreRead<ActivityCounts>::failure(c.error);
    return StoreRead<ActivityCounts>::success(
        {counts[0].value, counts[1].value, counts[2].value, counts[3].value, counts[4].value});
}

StoreRead<int> pendingChangeCount(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM change_journal")) || !q.next())
        return StoreRead<int>::failure(
            readFailure("counting", QStringLiteral("change_journal"), q, db.path()));
    return StoreRead<int>::success(q.value(0).toInt());
}

} // namespace concerto
