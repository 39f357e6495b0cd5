// The people who work on this desktop (their user profiles: name, role, the professional of the directory
// they are), kept in the user's settings, and the one working now. Until one is chosen, nobody is signed
// in: the desktop acts as a read-only guest and writes nothing.
#pragma once

#include "models/domain/roles.h"

#include <QList>
#include <optional>

namespace concerto::userprofiles {

// Every profile of this desktop, in the order they were made.
QList<Actor> all();
// Adds `profile`, or replaces the one of the same name.
void save(const Actor &profile);
void remove(const QString &name);

// The profile chosen last, if it still exists.
std::optional<Actor> current();
void setCurrent(const QString &name);

// Who acts while nobody is signed in: read only.
Actor guest();

} // namespace concerto::userprofiles
