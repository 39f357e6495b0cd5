// Builds the window's frame around the workspaces and keeps the top and status bars current.
#include "ui/mainwindow.h"
#include "ui/recentdatabases.h"

#include "models/domain/labels.h"
#include "services/services.h"
#include "translations/language.h"
#include "ui/caseeditor/caseeditor.h"
#include "ui/meeting/meetingworkspace.h"
#include "ui/profile/accountprofile.h"
#include "ui/profile/profiledialog.h"
#include "ui/screenrights.h"
#include "ui/search/topsearchcompleter.h"
#include "ui/sync/desktopsync.h"
#include "ui/workspaces/administrationworkspace.h"
#include "ui/workspaces/casesworkspace.h"
#include "ui/workspaces/fichesworkspace.h"
#include "ui/workspaces/patientsworkspace.h"
#include "ui/workspaces/planningworkspace.h"
#include "ui/workspaces/statisticsworkspace.h"
#include "ui/workspaces/syncworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSvgRenderer>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace concerto {

QString applicationVersion() {
    return QStringLiteral(CONCERTO_VERSION);
}

namespace {

const char *const kIconNames[MainWindow::WorkspaceCount] = {
    "planning", "patients", "cases", "meeting", "fiches", "statistics", "sync", "administration"};

// The rail icon in its normal colour, and in white for the checked (accent) state.
QIcon railIcon(const char *name) {
    QIcon icon;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return icon;
    const QByteArray svg = file.readAll();
    QByteArray white = svg;
    white.replace("#3b4a5e", "#ffffff");
    for (const auto &[data, state] : {std::pair{svg, QIcon::Off}, std::pair{white, QIcon::On}}) {
        QSvgRenderer renderer(data);
        for (int size : {24, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, QIcon::Normal, state);
            icon.addPixmap(pixmap, QIcon::Active, state);
        }
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_sync(std::make_unique<DesktopSync>(services.path())) {
    setWindowIcon(QIcon(QStringLiteral(":/icons/concerto.svg")));
    buildUi();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    showWorkspace(settings.value(QStringLiteral("mainWindow/workspace"), int(Planning)).toInt());

    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, &MainWindow::refreshSyncState);
    timer->start();
    // A save anywhere changes what waits to be sent: count again once the commits of this turn are over.
    auto *afterChange = new QTimer(this);
    afterChange->setSingleShot(true);
    afterChange->setInterval(0);
    connect(afterChange, &QTimer::timeout, this, &MainWindow::refreshSyncState);
    connect(&m_services, &Services::recordsChanged, afterChange, qOverload<>(&QTimer::start));
    connect(m_sync.get(), &DesktopSync::changed, this, &MainWindow::refreshSyncState);
    // What a sync brought in was written by another connection: the screen shown reads again.
    connect(&m_sync->scheduler(), &sync::SyncScheduler::finished, this, [this](const sync::SyncReport &r) {
        if (r.pulled > 0 || r.pullConflicts > 0 || r.pushConflicts > 0)
            if (auto *shown = qobject_cast<Workspace *>(m_stack->currentWidget()))
                shown->refresh();
    });
    // The account signed in to the regional server is who works here: its profile becomes the current one
    // (a profile chooser still open is closed: the sign-in answered the question).
    connect(&m_sync->scheduler(), &sync::SyncScheduler::finished, this, [this](const sync::SyncReport &r) {
        const std::optional<Actor> profile = accountprofile::adopt(r.account);
        if (!profile)
            return;
        if (m_profileDialog)
            m_profileDialog->reject();
        m_services.setActor(*profile);
        showActor();
    });
    m_sync->start();
}

MainWindow::~MainWindow() {
    saveState();
}

QString MainWindow::userText() const {
    const Actor &actor = m_services.actor();
    return actor.role ? QStringLiteral("%1 · %2").arg(actor.name, labels::role(*actor.role)) : actor.name;
}

void MainWindow::showActor() {
    m_user->setText(userText());
    m_user->setToolTip(tr("Changes are recorded under this name; click to change who is working"));
    applyRights(this, m_services);
}

void MainWindow::chooseProfile() {
    ProfileDialog dialog(m_services, this);
    m_profileDialog = &dialog;
    const int answer = dialog.exec();
    m_profileDialog = nullptr;
    if (answer != QDialog::Accepted)
        return;
    m_services.setActor(dialog.chosen());
    showActor();
}

void MainWindow::saveState() const {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/workspace"), currentWorkspace());
}

void MainWindow::buildUi() {
    setWindowTitle(m_services.isReadOnly()
                       ? tr("Concerto — %1 (read-only)").arg(QFileInfo(m_services.path()).fileName())
                       : tr("Concerto — %1").arg(QFileInfo(m_services.path()).fileName()));
    m_root = new QWidget(this);
    auto *outer = new QHBoxLayout(m_root);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_workspaceActions = new QActionGroup(m_root);
    m_workspaceActions->setExclusive(true);
    const QString names[WorkspaceCount] = {tr("Planning"), tr("Patients"),      tr("Cases"),
                                           tr("Meeting"),  tr("Fiches"),        tr("Statistics"),
                                           tr("Sync"),     tr("Administration")};
    const QString tips[WorkspaceCount] = {
        tr("Sessions of the month and their cases"),    tr("Find a patient, see the identity and the cases"),
        tr("Cases registered for the sessions"),        tr("Run a meeting and record the decisions"),
        tr("Fiches RCP: drafts, signed, amendments"),   tr("Activity indicators"),
        tr("Changes waiting to be sent to the server"), tr("Settings, committees, professionals")};
    for (int id = 0; id < WorkspaceCount; ++id) {
        auto *action = new QAction(railIcon(kIconNames[id]), names[id], m_workspaceActions);
        action->setCheckable(true);
        action->setData(id);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + id)));
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tips[id], action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
        connect(action, &QAction::triggered, this, [this, id] { showWorkspace(id); });
    }

    outer->addWidget(buildRail(m_root));
    auto *main = new QWidget(m_root);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(buildTopBar(main));
    mainLayout->addWidget(buildNoticeBar(main));
    m_stack = new QStackedWidget(main);
    // Each workspace is built when first opened: the window appears without waiting for their lists.
    for (int id = 0; id < WorkspaceCount; ++id)
        m_stack->addWidget(new QWidget(m_stack));
    mainLayout->addWidget(m_stack, 1);
    outer->addWidget(main, 1);
    setCentralWidget(m_root);

    buildMenus();
    buildStatusBar();
    refreshSyncState();
    if (const QStringList altered = m_services.alterations(); !altered.isEmpty())
        m_noticeText = tr("This database was altered outside Concerto, so it is opened read-only: you can "
                          "read everything, but nothing can be changed. Restore it from a backup. What "
                          "changed: %1")
                           .arg(altered.join(QLatin1Char(' ')));
    else if (m_services.isReadOnly())
        m_noticeText = tr("This database is opened read-only (the file may not be written to): you can read "
                          "everything, but nothing can be changed.");
    showNotice(m_noticeText);
}

QWidget *MainWindow::buildNoticeBar(QWidget *parent) {
    m_noticeBar = new QWidget(parent);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeBar->setAttribute(Qt::WA_StyledBackground);
    m_noticeBar->setStyleSheet(
        QStringLiteral("QWidget#noticeBar { background: #fff4d6; border-bottom: 1px solid #e6cf8f; }"));
    auto *layout = new QHBoxLayout(m_noticeBar);
    layout->setContentsMargins(16, 6, 8, 6);
    m_notice = new QLabel(m_noticeBar);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notice, 1);
    auto *close = new QToolButton(m_noticeBar);
    close->setText(tr("Close"));
    close->setToolTip(tr("Hide this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, [this] { showNotice({}); });
    layout->addWidget(close);
    m_noticeBar->hide();
    return m_noticeBar;
}

void MainWindow::showNotice(const QString &text) {
    m_noticeText = text;
    m_notice->setText(text);
    m_noticeBar->setVisible(!text.isEmpty());
}

QWidget *MainWindow::buildRail(QWidget *parent) {
    auto *rail = new QWidget(parent);
    rail->setObjectName(QStringLiteral("navigationRail"));
    rail->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(rail);
    layout->setContentsMargins(0, 10, 0, 10);
    layout->setSpacing(2);
    auto *logo = new QLabel(rail);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/concerto.svg")).pixmap(36, 36));
    logo->setAlignment(Qt::AlignHCenter);
    logo->setToolTip(QStringLiteral("Concerto"));
    layout->addWidget(logo);
    layout->addSpacing(10);
    const QList<QAction *> actions = m_workspaceActions->actions();
    for (QAction *action : actions) {
        auto *button = new QToolButton(rail);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(24, 24));
        button->setAutoRaise(true);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        button->setMinimumWidth(std::max(84, button->fontMetrics().horizontalAdvance(action->text()) + 20));
        layout->addWidget(button);
        if (action->data().toInt() == Statistics)
            layout->addStretch(); // Sync and Administration sit at the bottom of the rail
    }
    return rail;
}

QWidget *MainWindow::buildTopBar(QWidget *parent) {
    auto *bar = new QWidget(parent);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 8);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("globalSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
    m_search->setPlaceholderText(tr("Search patients, cases, sessions (%1)").arg(shortcut));
    m_search->setToolTip(tr("Type a name, birth date, INS, IPP, committee or session date: suggestions "
                            "appear as you type. Enter opens the Patients workspace with the matches."));
    m_search->setMinimumWidth(380);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_suggestionChosen) // the Enter that chose a suggestion reaches the field too
            m_suggestionChosen = false;
        else
            searchPatients(m_search->text());
    });
    m_search->installEventFilter(this); // Escape clears it, Down goes into the patients found
    m_suggestions = new TopSearchCompleter(m_services, m_search);
    connect(m_suggestions, &TopSearchCompleter::chosen, this, [this](const Suggestion &s) {
        m_suggestionChosen = true;
        QTimer::singleShot(0, this, [this] { m_suggestionChosen = false; });
        openSuggestion(s);
    });
    layout->addWidget(m_search);
    layout->addStretch();

    m_user = new QToolButton(bar);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAutoRaise(true);
    m_user->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_user, &QToolButton::clicked, this, &MainWindow::chooseProfile);
    layout->addWidget(m_user);
    showActor();
    layout->addSpacing(12);
    m_syncState = new QToolButton(bar);
    m_syncState->setObjectName(QStringLiteral("syncState"));
    m_syncState->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_syncState->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncState->setAutoRaise(true);
    m_syncState->setToolTip(tr("Open the Sync workspace"));
    connect(m_syncState, &QToolButton::clicked, this, [this] { showWorkspace(Sync); });
    layout->addWidget(m_syncState);
    return bar;
}

void MainWindow::buildMenus() {
    // The menus belong to the central widget, so that a rebuild in another language replaces them.
    menuBar()->clear();
    auto *file = new QMenu(tr("&File"), m_root);
    menuBar()->addMenu(file);
    QAction *create = file->addAction(tr("&New database…"), this, &MainWindow::newFileRequested);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    create->setToolTip(tr("Create an empty database in a new file and work on it"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openFileRequested);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Work on another Concerto database"));
    QMenu *recent = file->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    // Listed when opened: another window may have added a file meanwhile.
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
    fillRecentMenu(recent);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setToolTip(tr("Close Concerto; everything is already saved"));

    auto *go = new QMenu(tr("&Go"), m_root);
    menuBar()->addMenu(go);
    QAction *find = go->addAction(tr("&Search patients"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setToolTip(tr("Put the cursor in the search field"));
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    go->addSeparator();
    go->addActions(m_workspaceActions->actions());

    auto *help = new QMenu(tr("&Help"), m_root);
    menuBar()->addMenu(help);
    QAction *about = help->addAction(tr("&About Concerto"), this, &MainWindow::showAbout);
    about->setToolTip(tr("Version and purpose of Concerto"));
    for (QMenu *menu : {file, go, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::fillRecentMenu(QMenu *menu) {
    menu->clear();
    const QStringList paths = recentdatabases::list();
    int number = 0;
    for (const QString &path : paths) {
        if (QFileInfo(path) == QFileInfo(m_services.path()))
            continue; // the open one
        ++number;
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(number).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
    }
    if (number == 0)
        menu->addAction(tr("No other database opened recently"))->setEnabled(false);
}

void MainWindow::buildStatusBar() {
    auto *bar = new QStatusBar(this);
    setStatusBar(bar);
    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_services.path())), bar);
    database->setToolTip(tr("The local database file this window works on"));
    bar->addWidget(database, 1);
    m_lastSync = new QLabel(bar);
    m_lastSync->setToolTip(tr("When this computer last exchanged changes with the regional server"));
    bar->addPermanentWidget(m_lastSync);
    m_offline = new QLabel(bar);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setToolTip(tr("The connection to the regional server; the work goes on offline in any case"));
    bar->addPermanentWidget(m_offline);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About Concerto"),
        tr("<h3>Concerto %1</h3><p>Tumour boards (RCP) of the regional cancer network: sessions, "
           "cases, meetings and fiches RCP, working offline on a local database.</p>")
            .arg(applicationVersion()));
}

int MainWindow::currentWorkspace() const {
    return m_stack ? m_stack->currentIndex() : -1;
}

Workspace *MainWindow::workspace(int id) {
    if (id < 0 || id >= WorkspaceCount)
        return nullptr;
    if (auto *built = qobject_cast<Workspace *>(m_stack->widget(id)))
        return built;
    Workspace *made = makeWorkspace(id);
    applyRights(made, m_services);
    QWidget *placeholder = m_stack->widget(id);
    const bool current = m_stack->currentIndex() == id;
    m_stack->insertWidget(id, made);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    if (current)
        m_stack->setCurrentIndex(id);
    return made;
}

Workspace *MainWindow::makeWorkspace(int id) {
    switch (id) {
    case Planning: {
        auto *planning = new PlanningWorkspace(m_services, m_stack);
        // Enter or double-click on a case of the agenda opens it in the case editor.
        connect(planning, &PlanningWorkspace::caseActivated, this,
                [this](const QUuid &inscriptionId) { openCaseEditor(m_services, inscriptionId, this); });
        return planning;
    }
    case Patients:
        return new PatientsWorkspace(m_services, m_stack);
    case Cases:
        return new CasesWorkspace(m_services, m_stack);
    case Meeting:
        return new MeetingWorkspace(m_services, m_stack);
    case Fiches:
        return new FichesWorkspace(m_services, m_stack);
    case Statistics:
        return new StatisticsWorkspace(m_services, m_stack);
    case Sync: {
        auto *syncWorkspace = new SyncWorkspace(m_services, *m_sync, m_stack);
        connect(syncWorkspace, &SyncWorkspace::recordsReceived, this, &MainWindow::refreshSyncState);
        return syncWorkspace;
    }
    default: {
        auto *administration = new AdministrationWorkspace(m_services, m_stack);
        connect(administration, &AdministrationWorkspace::languageChanged, this, &MainWindow::applyLanguage);
        return administration;
    }
    }
}

QAction *MainWindow::workspaceAction(int id) const {
    return m_workspaceActions->actions().value(id);
}

void MainWindow::showWorkspace(int id) {
    if (id < 0 || id >= WorkspaceCount)
        id = Planning;
    // A workspace built now has just read its lists: only one built before reads them again.
    const bool built = qobject_cast<Workspace *>(m_stack->widget(id)) != nullptr;
    Workspace *shown = workspace(id);
    m_stack->setCurrentIndex(id);
    workspaceAction(id)->setChecked(true);
    if (built)
        shown->refresh();
    refreshSyncState();
    QSettings().setValue(QStringLiteral("mainWindow/workspace"), id);
    Q_EMIT workspaceChanged(id);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key == Qt::Key_Down) {
            searchPatients(m_search->text());
            QTableView *found = static_cast<PatientsWorkspace *>(workspace(Patients))->table();
            if (found->model() && found->model()->rowCount() > 0)
                found->setCurrentIndex(found->model()->index(0, 0));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::openSuggestion(const Suggestion &s) {
    switch (s.kind) {
    case Suggestion::Kind::Patient: {
        showWorkspace(Patients);
        auto *patients = static_cast<PatientsWorkspace *>(workspace(Patients));
        patients->selectPatient(s.id);
        patients->table()->setFocus(Qt::OtherFocusReason);
        break;
    }
    case Suggestion::Kind::Case:
        openCaseEditor(m_services, s.id, this);
        break;
    case Suggestion::Kind::Session:
        showWorkspace(Planning);
        static_cast<PlanningWorkspace *>(workspace(Planning))->openSession(s.id, s.when);
        break;
    }
}

void MainWindow::searchPatients(const QString &text) {
    showWorkspace(Patients);
    auto *patients = static_cast<PatientsWorkspace *>(workspace(Patients));
    patients->search(text);
    patients->table()->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::syncStateText() const {
    return m_syncState->text();
}

QString MainWindow::connectionText() const {
    return m_offline->text();
}

void MainWindow::refreshSyncState() {
    if (!m_syncState)
        return;
    const StoreRead<SyncState> state = m_services.syncState();
    m_syncState->setProperty("problem", !state.ok() || (state.ok() && state->openConflicts > 0));
    if (!state.ok()) {
        // Never "Synchronised" when the waiting changes could not be counted.
        m_syncState->setText(tr("Sync state unknown"));
        m_syncState->setToolTip(
            tr("The changes waiting to be sent could not be counted: %1").arg(state.error));
    } else {
        m_syncState->setToolTip(tr("Open the Sync workspace"));
        if (state->openConflicts > 0)
            m_syncState->setText(tr("%n conflict(s) to settle", nullptr, state->openConflicts));
        else if (state->pendingChanges > 0)
            m_syncState->setText(tr("%n change(s) waiting", nullptr, state->pendingChanges));
        else
            m_syncState->setText(state->lastSyncAt.isValid() ? tr("Synchronised") : tr("Never synchronised"));
    }
    m_lastSync->setText(tr("Last sync: %1").arg(SyncWorkspace::lastSyncText(m_services, *m_sync)));
    m_offline->setText(QStringLiteral("● ") + m_sync->phaseText());
    m_offline->setProperty("problem", m_sync->phaseIsProblem());
}

void MainWindow::applyLanguage(const QString &setting) {
    installTranslations(preferredLanguage(setting));
    // Rebuild once the signal that got us here has returned: its sender is part of what is replaced.
    QTimer::singleShot(0, this, [this] {
        const int current = currentWorkspace();
        const QByteArray geometry = saveGeometry();
        QWidget *old = takeCentralWidget();
        m_stack = nullptr;
        delete old;
        buildUi();
        showWorkspace(current);
        restoreGeometry(geometry);
    });
}

} // namespace concerto
