// The refusals of the role matrix, in words.
#include "services/rights.h"

#include "models/domain/labels.h"

#include <QCoreApplication>

namespace concerto {

StoreResult allowed(const Actor &actor, Action action) {
    if (actor.may(action))
        return StoreResult::success();
    return StoreResult::failure(
        QCoreApplication::translate("Rights", "Your role (%1) does not allow you to %2.")
            .arg(labels::role(*actor.role), labels::action(action)));
}

const Actor &machineAdministrator() {
    static const Actor administrator =
        Actor::administrator(qEnvironmentVariable("USER", QStringLiteral("local")));
    return administrator;
}

} // namespace concerto
