// Opening, creating and switching the desktop's database, with the notices that go with it (a new
// file, a file another Concerto process has open) and the recent-files list.
#include "ui/desktopcontroller.h"

#include "models/store/database.h"
#include "models/store/uselock.h"
#include "ui/mainwindow.h"
#include "ui/recentdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

namespace concerto {

DesktopController::DesktopController(QObject *parent)
    : QObject(parent) {}

DesktopController::~DesktopController() {
    m_window.reset(); // the window works on the database: it goes first
    m_lock.reset();
    m_db.reset();
}

QString DesktopController::start(const QString &path, bool defaultFile) {
    return openOrCreate(path, defaultFile, true);
}

QString DesktopController::switchTo(const QString &path, bool create) {
    return openOrCreate(path, create, false);
}

QString DesktopController::openOrCreate(const QString &path, bool create, bool createFolder) {
    QString error;
    bool created = false;
    std::unique_ptr<Database> db =
        create ? Database::create(path, &error, createFolder, &created) : Database::open(path, &error);
    if (!db)
        return error;
    adopt(std::move(db), created);
    return {};
}

void DesktopController::adopt(std::unique_ptr<Database> db, bool created) {
    // The old window may be the sender of the menu action that got us here: it goes once that is over,
    // before its database.
    if (m_window) {
        MainWindow *oldWindow = m_window.release();
        Database *oldDb = m_db.release();
        DatabaseUseLock *oldLock = m_lock.release();
        oldWindow->hide();
        QTimer::singleShot(0, QCoreApplication::instance(), [oldWindow, oldDb, oldLock] {
            delete oldWindow;
            delete oldLock;
            delete oldDb;
        });
    }
    m_db = std::move(db);
    m_lock = std::make_unique<DatabaseUseLock>(m_db->path());
    recentdatabases::add(m_db->path());
    m_window = std::make_unique<MainWindow>(*m_db);
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, [this] { ask(true); });
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, [this] { ask(false); });
    connect(m_window.get(), &MainWindow::openRecentRequested, this, [this](const QString &path) {
        const QString error = switchTo(path, false);
        if (!error.isEmpty())
            QMessageBox::warning(
                m_window.get(), tr("Open database"),
                tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    });
    if (m_lock->heldElsewhere())
        m_window->showNotice(
            tr("This database is already open in another Concerto window (process %1). Both "
               "can work on it, but a case edited in both windows keeps the last save: close "
               "one of them.")
                .arg(m_lock->otherPid()));
    else if (created)
        m_window->showNotice(tr("A new, empty database was created at %1. Import the value sets and the "
                                "directory in Administration, or synchronise with the server.")
                                 .arg(QDir::toNativeSeparators(m_db->path())));
    m_window->show();
}

void DesktopController::ask(bool create) {
    const QString filter = tr("Concerto databases (*.db);;All files (*)");
    const QString folder = QFileInfo(m_db->path()).absolutePath();
    const QString path =
        create ? QFileDialog::getSaveFileName(m_window.get(), tr("New database"), folder, filter)
               : QFileDialog::getOpenFileName(m_window.get(), tr("Open database"), folder, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        // Never turn an existing file into a new database behind the user's back.
        QMessageBox::warning(m_window.get(), tr("New database"),
                             tr("%1 already exists. Choose a new file name, or open it with File → Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString error = switchTo(path, create);
    if (!error.isEmpty())
        QMessageBox::warning(m_window.get(), create ? tr("New database") : tr("Open database"),
                             tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
}

} // namespace concerto
