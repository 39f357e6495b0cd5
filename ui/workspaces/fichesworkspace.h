// The Fiches workspace: every fiche RCP, newest first (all or signed only), the selected one shown as
// its pages, printed (Ctrl+P) or saved as a PDF file (Ctrl+Shift+S).
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QTableView;
class QLabel;
class QPushButton;

namespace concerto {

class FicheListModel;
class FichePreview;

class FichesWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit FichesWorkspace(Database &db, QWidget *parent = nullptr);

    void refresh() override;
    FicheListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FichePreview *preview() const { return m_preview; }
    // The words of the banner when the selected fiche could not be read; empty otherwise.
    QString ficheError() const;

    // Saves the fiche shown as a PDF file at `path`; the reason in words when it cannot, else empty.
    QString saveAs(const QString &path);
    // The file name proposed for the fiche shown: "Fiche-RCP-MARTIN-Marie-v2.pdf".
    QString defaultFileName() const;
    // Writes every fiche of the shown fiche's session into `folder`, under a progress dialog; the
    // reason in words when not all could be written, else empty.
    QString saveSession(const QString &folder);

public Q_SLOTS:
    void print();
    void saveAsPdf();
    void printSession();

private:
    void showFiche(const QModelIndex &index);

    FicheListModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_ficheError = nullptr;
    FichePreview *m_preview = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sessionButton = nullptr;
};

} // namespace concerto
