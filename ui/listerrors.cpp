// The drop-downs' read errors, shown in the box itself.
#include "ui/listerrors.h"

#include <QComboBox>
#include <QCoreApplication>

namespace concerto {

void sayIfUnread(QComboBox *box, const QString &error) {
    box->setEnabled(error.isEmpty());
    box->setToolTip(error);
    if (error.isEmpty())
        return;
    const QString text = QCoreApplication::translate("Lists", "The list could not be read: %1").arg(error);
    box->addItem(text, QVariant());
    box->setCurrentIndex(box->count() - 1);
}

} // namespace concerto
