// The drop-downs' read errors and reads under way, shown in the box itself.
#include "ui/listerrors.h"

#include <QComboBox>
#include <QCoreApplication>

namespace concerto {

namespace {
const char *const usualToolTip = "concertoUsualToolTip";
} // namespace

void sayIfUnread(QComboBox *box, const QString &error) {
    if (!box->property(usualToolTip).isValid())
        box->setProperty(usualToolTip, box->toolTip());
    box->setEnabled(error.isEmpty());
    box->setToolTip(error.isEmpty() ? box->property(usualToolTip).toString() : error);
    if (error.isEmpty())
        return;
    const QString text = QCoreApplication::translate("Lists", "The list could not be read: %1").arg(error);
    box->addItem(text, QVariant());
    box->setCurrentIndex(box->count() - 1);
}

void keepWhileReading(QComboBox *box, const QVariant &chosen) {
    box->addItem(QCoreApplication::translate("Lists", "Reading…"), chosen);
    box->setCurrentIndex(box->count() - 1);
}

} // namespace concerto
