// The quorum rule of a committee: the required specialty groups (a name each, and the national
// specialties that satisfy it, ticked in the TRE_R38 list), and the minimum number of distinct
// specialties; says how many distinct specialties the groups can give.
#pragma once

#include "models/domain/quorum.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace concerto {

class QuorumEditor final : public QWidget {
    Q_OBJECT
public:
    explicit QuorumEditor(QWidget *parent = nullptr);

    void setRule(const QuorumRule &rule);
    QuorumRule rule() const;
    void showFaults(const QStringList &groups, const QStringList &minimum);

    // Adds a group and selects it; its specialties are then ticked in the list.
    void addGroup(const QString &label);
    void removeSelectedGroup();
    // Ticks (or unticks) a national specialty code for the selected group.
    void setSpecialtyTicked(const QString &code, bool ticked);
    QListWidget *groupList() const { return m_groups; }

Q_SIGNALS:
    void changed();

private:
    void groupSelected();
    void specialtyToggled(QListWidgetItem *item);
    void filterSpecialties(const QString &text);
    void updateCapacity();

    QuorumRule m_rule;
    int m_current = -1;
    QListWidget *m_groups = nullptr;
    QListWidget *m_specialties = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_remove = nullptr;
    QSpinBox *m_minimum = nullptr;
    QLabel *m_capacity = nullptr;
    QLabel *m_groupsMessage = nullptr;
    QLabel *m_minimumMessage = nullptr;
};

} // namespace concerto
