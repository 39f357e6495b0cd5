// The red line under a field of a directory form.
#include "ui/directory/fieldmessages.h"

namespace concerto {

QLabel *makeFieldMessage(const QString &name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

void showFieldMessages(QLabel *label, const QStringList &messages) {
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

} // namespace concerto
