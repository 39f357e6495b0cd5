// The Administration workspace, in tabs: the RCP directory (committees), the professionals, the
// nomenclatures (value sets and their import) and the settings of this computer (interface language,
// regional server address).
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QLineEdit;
class QTabWidget;

namespace concerto {

class CommitteesPanel;
class ProfessionalsPanel;

class AdministrationWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit AdministrationWorkspace(Services &services, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *serverField() const { return m_server; }
    CommitteesPanel *committees() const { return m_committees; }
    ProfessionalsPanel *professionals() const { return m_professionals; }
    QTabWidget *tabs() const { return m_tabs; }

    // Reloads the lists (professionals added elsewhere appear among the members, a value set imported
    // in the Nomenclatures tab feeds the pickers).
    void refresh() override;

Q_SIGNALS:
    // The stored language setting changed: "" (automatic), "fr" or "en".
    void languageChanged(const QString &setting);

private:
    QWidget *buildSettings(Services &services);

    QTabWidget *m_tabs = nullptr;
    CommitteesPanel *m_committees = nullptr;
    ProfessionalsPanel *m_professionals = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
};

} // namespace concerto
