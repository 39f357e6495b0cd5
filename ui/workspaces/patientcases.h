// The cases and fiches of one patient on their card: each case (meeting, committee, question) with its
// fiches under it, read off the window's thread ("Reading…" until the answer). Enter or a double-click opens
// a case in the case editor and a fiche as its pages in a window of its own (fichedialog.h).
#pragma once

#include "services/patientservice.h"
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

    // Asks for the patient's cases and fiches and lists them when they arrive; one line saying why when
    // they cannot be read.
    void fill(const Patient &patient);
    // Whether the list shows the answer for the last patient asked.
    bool isFilled() const { return m_asked == m_shown; }
    // Opens what the item names: the case in its editor, the fiche in its window.
    void open(QTreeWidgetItem *item);

    // The item of the case or fiche `id`, else null.
    QTreeWidgetItem *itemOf(const QUuid &id) const;

private:
    void show(const StoreRead<std::vector<PatientCase>> &cases);
    void sayOnly(const QString &line);

    Services &m_services;
    int m_asked = 0; // reads asked: only the latest one's answer is shown
    int m_shown = 0;
};

} // namespace concerto
