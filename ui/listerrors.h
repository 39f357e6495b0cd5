// The drop-downs filled from lists read off the window's thread: a list that could not be read says so in
// the box (its current item names the error and the box is greyed until a later read succeeds), never a
// shorter list shown as if it were the whole of it; a list still being read keeps the item chosen before.
#pragma once

#include <QString>
#include <QVariant>

class QComboBox;

namespace concerto {

// After a box was filled: `error` empty, the box is usable (with its usual tool tip); else the error is
// its current item.
void sayIfUnread(QComboBox *box, const QString &error);

// While the box's list is being read: `chosen` (the data of the item chosen before) stays the current
// item, named "Reading…", so that a filter built on the box keeps it until the list arrives.
void keepWhileReading(QComboBox *box, const QVariant &chosen);

} // namespace concerto
