// The cases and fiches of one patient on their card: each case (meeting, committee, question) with its
// fiches under it. Enter or a double-click opens a case in the case editor and a fiche as its pages in
// a window of its own (fichedialog.h).
#pragma once

#include "services/services.h"

#include <QTreeWidget>

namespace concerto {

struct Patient;

class PatientCases final : public QTreeWidget {
    Q_OBJECT
public:
    enum Kind { NoKind, CaseItem, FicheItem };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };

    explicit PatientCases(Services &services, QWidget *parent = nullptr);

    // Lists the patient's cases and fiches; one line saying why when they cannot be read.
    void fill(const Patient &patient);
    // Opens what the item names: the case in its editor, the fiche in its window.
    void open(QTreeWidgetItem *item);

    // The item of the case or fiche `id`, else null.
    QTreeWidgetItem *itemOf(const QUuid &id) const;

private:
    Services &m_services;
};

} // namespace concerto
