// The committees of the directory: the list of RCPs on the left (name, nature, day), the committee
// editor on the right, with New, Save and Revert. Leaving a committee with unsaved changes asks first.
#pragma once

#include "services/services.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QPushButton;

namespace concerto {

class CommitteeEditor;

class CommitteesPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CommitteesPanel(Services &services, QWidget *parent = nullptr);

    void reload();
    void newCommittee();
    bool save(QString *error = nullptr);
    CommitteeEditor *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }
    // Asked before unsaved changes are dropped; tests replace it.
    void setDiscardConfirmation(std::function<bool()> confirm) { m_confirmDiscard = std::move(confirm); }

private:
    void selectionChanged();
    void select(const QUuid &id);

    Services &m_services;
    QListWidget *m_list = nullptr;
    CommitteeEditor *m_editor = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QUuid m_shown;
    std::function<bool()> m_confirmDiscard;
};

} // namespace concerto
