// The tags of the writing buttons and actions, and their visibility after the acting user's role.
#include "ui/screenrights.h"

#include "services/services.h"

#include <QAction>
#include <QWidget>

namespace concerto {

namespace {
const char *const kNeeds = "concertoNeedsRight";

void apply(QObject *object, const Services &services) {
    const QVariant needs = object->property(kNeeds);
    if (!needs.isValid())
        return;
    const bool allowed = services.may(Action(needs.toInt()));
    if (auto *widget = qobject_cast<QWidget *>(object))
        widget->setVisible(allowed);
    else if (auto *action = qobject_cast<QAction *>(object))
        action->setVisible(allowed);
}
} // namespace

void needsRight(QObject *widgetOrAction, Action action) {
    widgetOrAction->setProperty(kNeeds, int(action));
}

void applyRights(QWidget *root, const Services &services) {
    apply(root, services);
    for (QObject *child : root->findChildren<QObject *>())
        apply(child, services);
}

} // namespace concerto
