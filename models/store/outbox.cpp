// The outbox size, straight from the change journal.
#include "models/store/outbox.h"

#include <QSqlQuery>

namespace concerto {

StoreRead<int> pendingChangeCount(Database &db) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM change_journal")) || !q.next())
        return StoreRead<int>::failure(
            readFailure("counting", QStringLiteral("change_journal"), q, db.path()));
    return StoreRead<int>::success(q.value(0).toInt());
}

} // namespace concerto
