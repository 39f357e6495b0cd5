// The conflicts inbox of the Sync workspace: the open conflicts (what record, why, found when), and for the
// one selected, its fields side by side (base, server, this computer, with who changed each side and
// when) with a side to keep per field. Settling goes through the services; nothing is chosen silently: a
// field changed on both sides waits for a choice.
#pragma once

#include "services/syncconflictservice.h"

#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace concerto {

class Services;

class ConflictsInbox final : public QWidget {
    Q_OBJECT
public:
    explicit ConflictsInbox(Services &services, QWidget *parent = nullptr);

    void refresh();
    int conflictCount() const { return int(m_conflicts.size()); }
    QTableWidget *list() const { return m_list; }
    QTableWidget *fields() const { return m_fields; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *keepServerButton() const { return m_keepServer; }
    QPushButton *keepMineButton() const { return m_keepMine; }

Q_SIGNALS:
    void settled();

private:
    void showSelected();
    void updateApply();
    void settle(const std::function<StoreResult(const ConflictView &)> &how);
    const ConflictView *selected() const;
    std::map<QString, ConflictSide> choices() const;

    Services &m_services;
    std::vector<ConflictView> m_conflicts;
    QLabel *m_error = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_sides = nullptr;
    QCheckBox *m_allFields = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_keepServer = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace concerto
