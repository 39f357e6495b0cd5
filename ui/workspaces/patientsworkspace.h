// The Patients workspace: a search field over the lazily loaded patient table (results as you type,
// Down into the list, Escape to clear, a message when nobody matches, how many match of how many), and
// a detail pane with the selected patient's identity card and their cases and fiches (patientcases.h:
// Enter or a double-click opens a case in its editor, a fiche as its pages).
#pragma once

#include "ui/workspaces/workspace.h"

#include <optional>

class QLineEdit;
class QTableView;
class QLabel;
class QSplitter;
class QTimer;
class QFormLayout;
class QStackedWidget;
class QPushButton;

namespace concerto {

class PatientCases;
class PatientListModel;
struct Patient;

class PatientsWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit PatientsWorkspace(Services &services, QWidget *parent = nullptr);
    ~PatientsWorkspace() override;

    // Shows the patients matching `text` (name, INS or IPP) at once.
    void search(const QString &text);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    PatientListModel *model() const { return m_model; }
    // "12 of 100,000 patients", and the message shown when nobody matches.
    QLabel *countLabel() const { return m_count; }
    QLabel *nobodyLabel() const { return m_nobody; }
    // The selected patient's cases and fiches: Enter or a double-click opens one.
    PatientCases *cases() const { return m_cases; }

    // The identity editor: a new patient, the selected one's identity, the review of a marked one.
    void newPatient();
    void editIdentity();
    void reviewDuplicate();
    QPushButton *editButton() const { return m_editIdentity; }
    QPushButton *reviewButton() const { return m_reviewDuplicate; }

    static QColor identityStatusColour(int status);
    // Selects the patient `id` and shows their card (searched for by name when not in the list).
    void selectPatient(const QUuid &id);
    // Searches that took longer than this wait for a pause in the typing; faster ones follow each key.
    static constexpr int kFastSearchMs = 40;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchTextChanged();
    void applySearch();
    void updateCount();
    void showPatient(const QModelIndex &index);
    QWidget *buildDetail();
    void fillCases(const Patient &patient);
    // Registers the selected patient for a session and opens the new case.
    void registerSelected();
    const Patient *selectedPatient() const;
    void openIdentity(std::optional<Patient> existing);

    PatientListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_searchDelay = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_badge = nullptr;
    QFormLayout *m_identity = nullptr;
    PatientCases *m_cases = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_nobody = nullptr;
    QPushButton *m_editIdentity = nullptr;
    QPushButton *m_reviewDuplicate = nullptr;
    int m_total = -1; // every patient; -1 until counted
    qint64 m_lastSearchMs = 0;
};

} // namespace concerto
