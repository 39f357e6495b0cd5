// Opening, creating and switching the desktop's database, with the notices that go with it (a new
// file, a file another Concerto process has open, a file in clear encrypted or left so) and the
// recent-files list.
#include "ui/desktopcontroller.h"

#include "services/databasefile.h"
#include "services/services.h"
#include "ui/mainwindow.h"
#include "ui/profile/userprofiles.h"
#include "ui/recentdatabases.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace concerto {

DesktopController::DesktopController(QObject *parent)
    : QObject(parent) {}

DesktopController::~DesktopController() {
    m_window.reset(); // the window works on the services: it goes first
    m_services.reset();
}

QString DesktopController::start(const QString &path, bool defaultFile) {
    return openOrCreate(path, defaultFile, true);
}

QString DesktopController::switchTo(const QString &path, bool create) {
    return openOrCreate(path, create, false);
}

QString DesktopController::encryptInClear(const QString &path) {
    if (!QFileInfo(path).isFile() || !databasefile::isInClear(path))
        return {};
    // A few seconds to a minute (every page copied, then read back): on a thread, the window waiting.
    QProgressDialog progress(tr("Encrypting the database %1, written in clear by an earlier version…")
                                 .arg(QDir::toNativeSeparators(path)),
                             QString(), 0, 0, m_window.get());
    progress.setWindowTitle(tr("Encrypting the database"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.show();
    QFutureWatcher<databasefile::Encryption> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<databasefile::Encryption>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] { return databasefile::encrypt(path); }));
    if (!watcher.isFinished())
        loop.exec();
    const databasefile::Encryption done = watcher.result();
    if (!done.ok)
        return tr("This database is still in clear: %1").arg(done.error);
    return tr("This database, written in clear by an earlier version, is now encrypted (%Ln row(s) "
              "checked in the encrypted copy); its key is kept by this computer. Full-disk encryption is "
              "still advised: the disk may keep old blocks in clear for a while.",
              nullptr, done.rows);
}

QString DesktopController::openOrCreate(const QString &path, bool create, bool createFolder) {
    // A file in clear is encrypted first; if it cannot be (read-only, open elsewhere…), it opens as it
    // is, and the window says why.
    m_openingNotice = encryptInClear(path);
    QString error;
    bool created = false;
    std::unique_ptr<Services> services = Services::open(path, create, &error, createFolder, &created);
    if (!services)
        return error;
    adopt(std::move(services), created);
    return {};
}

void DesktopController::adopt(std::unique_ptr<Services> services, bool created) {
    // The old window may be the sender of the menu action that got us here: it goes once that is over,
    // before its services and database.
    if (m_window) {
        MainWindow *oldWindow = m_window.release();
        Services *oldServices = m_services.release();
        oldWindow->hide();
        QTimer::singleShot(0, QCoreApplication::instance(), [oldWindow, oldServices] {
            delete oldWindow;
            delete oldServices;
        });
    }
    m_services = std::move(services);
    // A save that meets another program's write waits two seconds at most, then says to try again.
    m_services->setWriteWait(2000);
    qint64 otherProcess = 0;
    const bool heldElsewhere = m_services->markInUse(&otherProcess);
    recentdatabases::add(m_services->path());
    // The person working (their profile); until one is chosen, a read-only guest asked who they are.
    const std::optional<Actor> profile = userprofiles::current();
    m_services->setActor(profile.value_or(userprofiles::guest()));
    m_window = std::make_unique<MainWindow>(*m_services);
    connect(m_window.get(), &MainWindow::newFileRequested, this, [this] { ask(true); });
    connect(m_window.get(), &MainWindow::openFileRequested, this, [this] { ask(false); });
    connect(m_window.get(), &MainWindow::openRecentRequested, this, [this](const QString &path) {
        const QString error = switchTo(path, false);
        if (!error.isEmpty())
            QMessageBox::warning(
                m_window.get(), tr("Open database"),
                tr("%1 could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    });
    if (!m_openingNotice.isEmpty())
        m_window->showNotice(m_openingNotice);
    else if (heldElsewhere)
        m_window->showNotice(tr("This database is already open in another Concerto window (process %1). "
                                "Both can work on it: a case edited in both keeps both edits, and an edit "
                                "that meets another one on the same field is refused with both values.")
                                 .arg(otherProcess));
    else if (created)
        m_window->showNotice(tr("A new, empty database was created at %1. Import the value sets and the "
                                "directory in Administration, or synchronise with the server.")
                                 .arg(QDir::toNativeSeparators(m_services->path())));
    m_window->show();
    if (!profile) // first start: who is working?
        QTimer::singleShot(0, m_window.get(), &MainWindow::chooseProfile);
}

void DesktopController::ask(bool create) {
    const QString filter = tr("Concerto databases (*.db);;All files (*)");
    const QString folder = QFileInfo(m_services->path()).absolutePath();
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
