// A drop-down whose list could not be read says so: its current item names the error and the box is
// greyed until a later read succeeds. Never a shorter list shown as if it were the whole of it.
#pragma once

#include <QString>

class QComboBox;

namespace concerto {

// After a box was filled: `error` empty, the box is usable; else the error is its current item.
void sayIfUnread(QComboBox *box, const QString &error);

} // namespace concerto
