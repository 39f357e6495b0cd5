// The session's fiches into a folder: read on this thread, rendered by fichePdfs on the thread pool
// while the progress dialog turns (the window's events run meanwhile), then written file by file (each
// whole or not at all).
#include "ui/printing/sessionfiches.h"
#include "services/ficheservice.h"

#include "reports/outputfile.h"
#include "reports/sessionpdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

namespace concerto {

namespace {
class SessionFiches {
    Q_DECLARE_TR_FUNCTIONS(SessionFiches)
};
} // namespace

SessionFichesResult saveSessionFiches(Services &services, const QUuid &sessionId, const QString &folder,
                                      QWidget *parent) {
    SessionFichesResult result;
    if (!QDir(folder).exists()) {
        result.error =
            SessionFiches::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    const StoreRead<reports::SessionContext> session = services.fiches().session(sessionId);
    if (!session.ok()) {
        result.error = SessionFiches::tr("The session could not be read: %1").arg(session.error);
        return result;
    }
    StoreRead<std::vector<reports::PrintableFiche>> fiches = services.fiches().sessionFiches(*session);
    if (!fiches.ok()) {
        result.error = SessionFiches::tr("The fiches of the session could not be read: %1").arg(fiches.error);
        return result;
    }
    if (fiches->empty()) {
        result.error = SessionFiches::tr("This session has no fiche yet.");
        return result;
    }

    const int count = int(fiches->size());
    QProgressDialog progress(SessionFiches::tr("Rendering the fiches of the session…"),
                             SessionFiches::tr("Cancel"), 0, count, parent);
    progress.setWindowTitle(SessionFiches::tr("Print the session"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    auto done = std::make_shared<std::atomic_int>(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel] { *cancel = true; });
    QFuture<std::vector<QByteArray>> future = QtConcurrent::run([list = *fiches, done, cancel] {
        return reports::fichePdfs(
            list, [done] { ++*done; }, cancel.get());
    });
    // The window's events run in a local loop until the rendering ends: no polling, no sleep.
    QFutureWatcher<std::vector<QByteArray>> watcher;
    QEventLoop waiting;
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        if (!progress.wasCanceled())
            progress.setValue(std::min(done->load(), count - 1));
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &waiting, &QEventLoop::quit);
    watcher.setFuture(future);
    tick.start();
    if (!future.isFinished())
        waiting.exec();
    tick.stop();
    const std::vector<QByteArray> pdfs = future.result();
    result.cancelled = cancel->load();
    progress.setValue(count);

    for (int i = 0; i < count; ++i) {
        if (pdfs[size_t(i)].isEmpty())
            continue; // skipped after Cancel
        // As every output: whole or not at all, and never over the database, a folder or a device.
        const QString name = reports::ficheFileName(i, (*fiches)[size_t(i)].context);
        if (!reports::saveOutputFile(QDir(folder).filePath(name), pdfs[size_t(i)], &result.error,
                                     services.path()))
            return result;
        ++result.written;
        result.files << name;
    }
    if (result.cancelled && result.written < count)
        result.error = SessionFiches::tr("Cancelled: %1 of %Ln fiche(s) written.", nullptr, count)
                           .arg(QLocale().toString(result.written));
    return result;
}

} // namespace concerto
