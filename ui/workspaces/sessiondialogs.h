// The Planning workspace's dialogs: make the sessions of a period from the schedules, move a session,
// cancel it, move a case to another session. Each says what it did, or why not, and writes through the
// session planner.
#pragma once

#include "models/domain/session.h"

class QWidget;

namespace concerto {

class Services;

namespace sessiondialogs {

// Asks for a period and the committees, makes their sessions; returns true when some were made.
bool generate(QWidget *parent, Services &services);
// Asks for the new date, time and the reason; returns true when the session moved.
bool move(QWidget *parent, Services &services, const Session &session);
// Asks for the reason, cancels, and lists the sessions its cases may go to; true when cancelled.
bool cancel(QWidget *parent, Services &services, const Session &session, int caseCount);
// Offers the committee's next planned sessions (those whose registrations are closed marked so, and
// taken only when the secretary says the coordinator agrees), moves the case there; true when moved.
bool moveCase(QWidget *parent, Services &services, const QUuid &inscriptionId, const QString &patient,
              const Session &session);

} // namespace sessiondialogs
} // namespace concerto
