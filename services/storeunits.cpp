// The case, session and committee as the services read them live, refused with the same words everywhere.
#include "services/storeunits.h"

#include "models/store/repositories.h"

namespace concerto {

StoreRead<Inscription> liveCase(Database &db, const QUuid &id) {
    return live<Inscription>(InscriptionRepository(db), id, "Services",
                             QT_TRANSLATE_NOOP("Services", "This case does not exist (any more)."));
}

StoreRead<Session> liveSession(Database &db, const QUuid &id) {
    return live<Session>(SessionRepository(db), id, "Services",
                         QT_TRANSLATE_NOOP("Services", "This session does not exist (any more)."));
}

StoreRead<Rcp> liveCommittee(Database &db, const QUuid &id) {
    return live<Rcp>(RcpRepository(db), id, "Services",
                     QT_TRANSLATE_NOOP("Services", "This committee is not in the directory."));
}

} // namespace concerto
