// The Administration workspace: the settings (interface language, regional server address), and what
// will come: committees, professionals, nomenclatures.
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QLineEdit;

namespace concerto {

class AdministrationWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit AdministrationWorkspace(Database &db, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *serverField() const { return m_server; }

Q_SIGNALS:
    // The stored language setting changed: "" (automatic), "fr" or "en".
    void languageChanged(const QString &setting);

private:
    QComboBox *m_language = nullptr;
    QLineEdit *m_server = nullptr;
};

} // namespace concerto
