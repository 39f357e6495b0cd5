// What the screens show of the acting user's rights: a button or action that writes is tagged with the
// write it makes, and is hidden for a role that may not make it (the services refuse it anyway, below the
// screens). Applied when a window is built and again when the user changes.
#pragma once

#include "models/domain/roles.h"

class QObject;
class QWidget;

namespace concerto {

class Services;

// Tags `widgetOrAction` (a QWidget or a QAction) with the write it makes.
void needsRight(QObject *widgetOrAction, Action action);
// Shows or hides every tagged widget and action under `root` (itself included) after the services' actor.
void applyRights(QWidget *root, const Services &services);

} // namespace concerto
