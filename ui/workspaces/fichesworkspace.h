// The Fiches workspace: every fiche RCP, newest first (all or signed only), with a summary of the
// selected one where the PDF preview will come.
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QTableView;
class QLabel;

namespace concerto {

class FicheListModel;

class FichesWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit FichesWorkspace(Database &db, QWidget *parent = nullptr);

    void refresh() override;
    FicheListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

private:
    void showFiche(const QModelIndex &index);

    FicheListModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace concerto
