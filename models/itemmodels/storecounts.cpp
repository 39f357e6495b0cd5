// Counts through the repositories, and the outbox size straight from the change journal.
#include "models/itemmodels/storecounts.h"

#include "models/store/ficherepository.h"
#include "models/store/repositories.h"

#include <QSqlQuery>

namespace concerto {

ActivityCounts activityCounts(Database &db) {
    ActivityCounts c;
    c.patients = PatientRepository(db).count();
    c.sessions = SessionRepository(db).count();
    c.cases = InscriptionRepository(db).count();
    FicheRepository fiches(db);
    c.fiches = fiches.count();
    c.signedFiches = fiches.signedCount();
    return c;
}

int pendingChangeCount(Database &db) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM change_journal")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace concerto
