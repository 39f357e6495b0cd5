// What the meeting's tests share: who acts, a footprint of the meeting's tables to show that a refused
// change wrote nothing, and the setting of a meeting screen test (its settings in the test's folder,
// English texts, the meeting's clock).
#pragma once

#include "models/store/database.h"
#include "services/services.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <vector>

class QTemporaryDir;

namespace concerto::test {

// Every row of the session, case, fiche, journal and audit tables, in order: equal before and after
// means nothing was written.
QByteArray meetingFootprint(Database &db);

// A user of role `role`, the professional `professionalId` of the directory.
Actor actorAs(Role role, const QUuid &professionalId);

// Starts tests/meetingclerk once per argument list (after the database path), waits until each is
// ready, says "go" to all at once and waits for them to end: empty when every one printed "done",
// else what went wrong and what the clerks printed.
QString runClerksTogether(const QString &database, const std::vector<QStringList> &arguments);

// Settings under `dir`, English texts and a clock stopped at `now`, for a test of the meeting's screens.
void prepareMeetingScreenTest(const QTemporaryDir &dir, const QDateTime &now);

} // namespace concerto::test
