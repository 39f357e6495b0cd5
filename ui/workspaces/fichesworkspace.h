// The Fiches workspace: the fiches RCP, newest meeting first, filtered by status, committee, meeting period
// and patient (fichefilterbar.h), the selected one shown as its pages, printed from its print preview
// (Ctrl+P) or saved as a PDF file (Ctrl+Shift+S); its session's agenda and attendance sheet in a print
// preview, its session's fiches into a folder ("Print the session"). When nothing matches the filters,
// a message says so in place of the table.
#pragma once

#include "ui/workspaces/workspace.h"

class QTableView;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace concerto {

class FicheFilterBar;
class FicheListModel;
class FichePreview;
struct FicheFilter;

class FichesWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit FichesWorkspace(Services &services, QWidget *parent = nullptr);

    void refresh() override;
    FicheListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FichePreview *preview() const { return m_preview; }
    FicheFilterBar *filterBar() const { return m_filters; }
    // Shows `filter` in the filter fields and lists the fiches it matches.
    void setFilter(const FicheFilter &filter);
    // What is said instead of the table when no fiche is listed; empty while the table shows.
    QString emptyMessage() const;
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
    // Asks where the session's fiches go (saying how many), writes them and says what was written where.
    void printSession();
    // The fiche's own window (FicheDialog), as Enter or a double-click on it does.
    void openFiche(const QModelIndex &index);
    // The selected fiche's versions side by side and its history; a correction from there.
    void showVersions();

private:
    void showFiche(const QModelIndex &index);
    void filterChanged(const FicheFilter &filter);
    // The table, or the message saying why it is empty; the first page read when the view has not.
    void updateEmptyState();

    FicheListModel *m_model = nullptr;
    FicheFilterBar *m_filters = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_matches = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_ficheError = nullptr;
    FichePreview *m_preview = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sessionButton = nullptr;
    QPushButton *m_versionsButton = nullptr;
};

} // namespace concerto
