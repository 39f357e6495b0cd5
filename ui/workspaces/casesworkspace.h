// The Cases (Dossiers) workspace: the cases of a period's sessions, filtered by committee, agenda state
// and requesting physician, each with its completeness; Enter or a double-click opens the case editor.
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QLabel;
class QTableView;

namespace concerto {

class CaseListModel;

class CasesWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit CasesWorkspace(Services &services, QWidget *parent = nullptr);
    void refresh() override;

    // The period presets, in the order of the period list (the first is the default).
    enum Period { Next4Weeks, Next3Months, Last4Weeks, Last3Months, Last12Months };

private:
    void fillChoices();
    void applyFilter();
    void updateSummary();
    void openSelected();

    CaseListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_committee = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_requester = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace concerto
