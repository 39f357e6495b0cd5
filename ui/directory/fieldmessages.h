// Messages shown under the fields of a directory form: one red label a field, filled from the faults of
// the check (validation::rcpFaults, checkRpps…) and hidden when there is nothing to say.
#pragma once

#include <QLabel>
#include <QStringList>

namespace concerto {

// A hidden, word-wrapped red label named `name`.
QLabel *makeFieldMessage(const QString &name, QWidget *parent);
// Shows `messages` (one a line) under the field, or hides the label.
void showFieldMessages(QLabel *label, const QStringList &messages);

} // namespace concerto
