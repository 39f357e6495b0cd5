// The main window: a navigation rail with the eight workspaces (Ctrl+1…Ctrl+8), a top bar with the
// global search (Ctrl+K), the user and the sync state, and a status bar with the database, the last sync
// and the connection's state (the regional server: offline, synchronising, connected). Geometry and the last
// workspace are remembered in QSettings.
#pragma once

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace concerto {

class DesktopSync;
class Services;
class TopSearchCompleter;
class Workspace;
struct Suggestion;

// The version shown in About, from the project's CMake version.
QString applicationVersion();

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum WorkspaceId {
        Planning,
        Patients,
        Cases,
        Meeting,
        Fiches,
        Statistics,
        Sync,
        Administration,
        WorkspaceCount
    };

    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    int currentWorkspace() const;
    void showWorkspace(int id);
    Workspace *workspace(int id); // built on first use
    QAction *workspaceAction(int id) const;
    QLineEdit *searchField() const { return m_search; }
    QString syncStateText() const;
    QString connectionText() const;
    DesktopSync &desktopSync() { return *m_sync; }

    // Opens the Patients workspace filtered by `text` (name, INS or IPP).
    void searchPatients(const QString &text);
    // Opens what a suggestion of the top search names: the patient's card, the case, the session.
    void openSuggestion(const Suggestion &suggestion);
    TopSearchCompleter *suggestions() const { return m_suggestions; }
    // Re-reads the changes waiting and the last sync for the top and status bars.
    void refreshSyncState();
    // A message in a bar above the workspaces until the user closes it (a new database, a read-only one).
    void showNotice(const QString &text);
    QString noticeText() const { return m_noticeText; }
    // "Who is working?": the profile chosen becomes the services' acting user; the screens then show only
    // what its role may do.
    void chooseProfile();
    QString userText() const;
    // Installs the translations for a language setting ("", "fr", "en") and rebuilds the interface in it.
    void applyLanguage(const QString &setting);

Q_SIGNALS:
    void workspaceChanged(int id);
    // File → New database, Open database, Open recent: the desktop controller opens the file.
    void newFileRequested();
    void openFileRequested();
    void openRecentRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workspace *makeWorkspace(int id);
    void fillRecentMenu(QMenu *menu);
    void buildUi();
    void buildMenus();
    QWidget *buildRail(QWidget *parent);
    QWidget *buildTopBar(QWidget *parent);
    QWidget *buildNoticeBar(QWidget *parent);
    void buildStatusBar();
    void saveState() const;
    void showAbout();
    void showActor();

    Services &m_services;
    std::unique_ptr<DesktopSync> m_sync; // kept across the rebuilds of a language change
    QWidget *m_root = nullptr;
    QStackedWidget *m_stack = nullptr;
    QActionGroup *m_workspaceActions = nullptr;
    QLineEdit *m_search = nullptr;
    TopSearchCompleter *m_suggestions = nullptr;
    QDialog *m_profileDialog = nullptr; // the profile chooser while it is open
    bool m_suggestionChosen = false; // until the Enter that chose it has reached the field
    QToolButton *m_syncState = nullptr;
    QToolButton *m_user = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_offline = nullptr;
    QWidget *m_noticeBar = nullptr;
    QLabel *m_notice = nullptr;
    QString m_noticeText;
};

} // namespace concerto
