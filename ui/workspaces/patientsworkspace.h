// The Patients workspace: a search field over the lazily loaded patient table, and a detail pane with
// the selected patient's identity card and their cases and fiches.
#pragma once

#include "ui/workspaces/workspace.h"

class QLineEdit;
class QTableView;
class QLabel;
class QTreeWidget;
class QSplitter;
class QTimer;
class QFormLayout;
class QStackedWidget;

namespace concerto {

class PatientListModel;
struct Patient;

class PatientsWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit PatientsWorkspace(Database &db, QWidget *parent = nullptr);
    ~PatientsWorkspace() override;

    // Shows the patients matching `text` (name, INS or IPP) at once.
    void search(const QString &text);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    PatientListModel *model() const { return m_model; }

    static QColor identityStatusColour(int status);

private:
    void applySearch();
    void showPatient(const QModelIndex &index);
    QWidget *buildDetail();
    void fillCases(const Patient &patient);

    PatientListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchDelay = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_badge = nullptr;
    QFormLayout *m_identity = nullptr;
    QTreeWidget *m_cases = nullptr;
    QLabel *m_count = nullptr;
    int m_total = 0;
};

} // namespace concerto
