// bench_desktop DATABASE: starts the desktop on DATABASE as `concerto --db DATABASE` does (offscreen when
// there is no display) and prints how long the window takes to be shown (window_ms=, from the start of
// main), how long each workspace takes to open the first time (<name>_ms=: built, shown and its events
// handled, its first page of rows included), then the resident memory (rss_mb=, peak_rss_mb=) after every
// workspace was opened and the statistics computed (rss_anon_mb= is the process's own memory; the
// Statistics reader maps the database file, whose pages count in rss_mb as rss_file_mb= but belong to
// the system's file cache). Each time is printed twice: the wall time the user waits, and in brackets the
// window thread's own CPU time (gui_cpu=), which the worker threads' reads running meanwhile on the
// same cores do not inflate. Meant for the 100,000-patient demo database:
//   concerto-cli --db /tmp/p100k.db demo --patients 100000 && bench_desktop /tmp/p100k.db
// One start per run: run it a few times and read the medians.
#include "ui/desktopcontroller.h"
#include "ui/mainwindow.h"
#include "ui/workspaces/statisticsworkspace.h"
#include "ui/workspaces/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QTextStream>

#include <ctime>

using namespace concerto;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread (the window's), in ms.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The value in MB of a line of /proc/self/status ("VmRSS:", "VmHWM:").
double statusMb(const char *key) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Lets the event loop handle what is pending (layouts, paints, queued first pages) until it is idle.
void settle() {
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc != 2) {
        QTextStream(stderr) << "usage: bench_desktop DATABASE\n";
        return 2;
    }
    DesktopController desktop;
    const QString error = desktop.start(QString::fromLocal8Bit(argv[1]), false);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    MainWindow *window = desktop.window();
    if (!QTest::qWaitForWindowExposed(window, 10000)) {
        QTextStream(stderr) << "the window was never shown\n";
        return 1;
    }
    settle();
    out << "window_ms=" << ms(sinceStart) << " (gui_cpu=" << threadCpuMs()
        << ", first workspace: " << window->currentWorkspace() << ")\n";
    out << "rss_mb_at_window=" << statusMb("VmRSS:") << '\n';

    const int first = window->currentWorkspace();
    for (int id = 0; id < MainWindow::WorkspaceCount; ++id) {
        if (id == first)
            continue;
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        window->showWorkspace(id);
        settle();
        out << window->workspace(id)->title().replace(QLatin1Char(' '), QLatin1Char('_'))
            << "_ms=" << ms(timer) << " (gui_cpu=" << threadCpuMs() - cpu << ")\n";
    }
    // Back to each one: what every later visit costs.
    QElapsedTimer again;
    again.start();
    const double cpu = threadCpuMs();
    for (int id = 0; id < MainWindow::WorkspaceCount; ++id) {
        window->showWorkspace(id);
        settle();
    }
    out << "revisit_all_ms=" << ms(again) << " (gui_cpu=" << threadCpuMs() - cpu << ")\n";
    // The figures of the Statistics workspace are computed on its worker: memory is read once they are in.
    auto *statistics = static_cast<StatisticsWorkspace *>(window->workspace(MainWindow::Statistics));
    if (!QTest::qWaitFor([statistics] { return !statistics->isComputing(); }, 60000))
        out << "statistics_still_computing_after_s=60\n";
    out << "rss_mb=" << statusMb("VmRSS:") << " (heap and stacks rss_anon_mb=" << statusMb("RssAnon:")
        << ", mapped file pages rss_file_mb=" << statusMb("RssFile:") << ")\n";
    out << "peak_rss_mb=" << statusMb("VmHWM:") << '\n';
    return 0;
}
