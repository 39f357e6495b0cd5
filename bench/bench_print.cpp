// bench_print DATABASE: the printed documents' speed on the demo database (concerto-cli demo). Prints:
// one fiche RCP as PDF (median and p95 over 30 runs, wall and processor time); a 40-case session
// (the 40 fiches, the agenda and the attendance sheet, as print-session renders them: the fiches in
// parallel on the thread pool), median over 5 runs, and the same on one thread; and, in the same run,
// LibreOffice (soffice --headless --convert-to pdf, Debian's libreoffice-writer-nogui) turning the
// same 40 fiches saved as HTML into PDF in one call, with the ratio. Without soffice on the PATH, that
// line says LibreOffice is absent and is skipped. The session is the demo session with the most cases
// (its first 40 fiches are printed).
#include "models/store/repositories.h"
#include "reports/fichepdf.h"
#include "reports/pdfwriter.h"
#include "reports/sessionpdf.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <ctime>

using namespace concerto;

namespace {

double ms(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double cpuMs() { // of the whole process
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

// What print-session does: agenda and attendance sheet beside the fiches, all on the pool.
std::size_t renderSession(const reports::SessionContext &session,
                          const std::vector<reports::PrintableFiche> &fiches) {
    QFuture<QByteArray> agenda = QtConcurrent::run([&] { return reports::agendaPdf(session); });
    QFuture<QByteArray> attendance = QtConcurrent::run([&] { return reports::attendancePdf(session); });
    std::size_t bytes = 0;
    for (const QByteArray &pdf : reports::fichePdfs(fiches))
        bytes += std::size_t(pdf.size());
    return bytes + std::size_t(agenda.result().size() + attendance.result().size());
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: bench_print DATABASE (a demo database: concerto-cli --db FILE init && concerto-cli "
               "--db FILE "
               "demo)\n";
        return 2;
    }
    QString error;
    std::unique_ptr<Database> db = Database::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!db) {
        err << error << '\n';
        return 1;
    }
    // The session with the most cases.
    const StoreRead<std::vector<Session>> sessions = SessionRepository(*db).all();
    if (!sessions.ok()) {
        err << sessions.error << '\n';
        return 1;
    }
    QUuid busiest;
    int most = 0;
    InscriptionRepository inscriptions(*db);
    for (const Session &s : sessions.value) {
        const StoreRead<int> n = inscriptions.countForSession(s.meta.id);
        if (n.ok() && n.value > most) {
            most = n.value;
            busiest = s.meta.id;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const StoreRead<reports::SessionContext> session = reports::loadSessionContext(*db, busiest);
    StoreRead<std::vector<reports::PrintableFiche>> loaded =
        session.ok() ? reports::loadSessionFiches(*db, session.value)
                     : StoreRead<std::vector<reports::PrintableFiche>>::failure(session.error);
    if (!loaded.ok()) {
        err << loaded.error << '\n';
        return 1;
    }
    const double readMs = ms(timer);
    std::vector<reports::PrintableFiche> fiches = std::move(loaded.value);
    if (fiches.size() > 40)
        fiches.resize(40);
    out << "session: " << most << " cases, " << fiches.size() << " fiches printed; read from the database in "
        << QString::number(readMs, 'f', 1)
        << " ms; threads: " << QThreadPool::globalInstance()->maxThreadCount() << '\n';

    // One fiche.
    reports::fichePdf(fiches.front().context, fiches.front().labels); // fonts loaded once
    std::vector<double> wall, cpu;
    for (int i = 0; i < 30; ++i) {
        const double c0 = cpuMs();
        timer.restart();
        reports::fichePdf(fiches[std::size_t(i) % fiches.size()].context,
                          fiches[std::size_t(i) % fiches.size()].labels);
        wall.push_back(ms(timer));
        cpu.push_back(cpuMs() - c0);
    }
    out << "one fiche PDF: median_ms=" << QString::number(percentile(wall, 0.5), 'f', 2)
        << " p95_ms=" << QString::number(percentile(wall, 0.95), 'f', 2)
        << " cpu_median_ms=" << QString::number(percentile(cpu, 0.5), 'f', 2) << "  (target < 10 ms)\n";

    // Where one fiche's time goes (processor time, median of 30): HTML, layout, painting into the
    // PDF (with its compression and font subsets), the fixed stamps.
    {
        std::vector<double> html, layout, paint, stamp;
        for (int i = 0; i < 30; ++i) {
            const reports::PrintableFiche &f = fiches[std::size_t(i) % fiches.size()];
            double c0 = cpuMs();
            const QString body = reports::ficheHtml(f.context, f.labels);
            html.push_back(cpuMs() - c0);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            {
                const std::unique_ptr<QPdfWriter> writer =
                    reports::makePdfWriter(&buffer, QStringLiteral("x"));
                QPainter painter(writer.get());
                c0 = cpuMs();
                QTextDocument document;
                reports::layoutBody(document, body, *writer);
                document.pageCount();
                layout.push_back(cpuMs() - c0);
                c0 = cpuMs();
                reports::paintPages(painter, *writer, document, reports::ficheDecor(f.context));
                painter.end();
            }
            paint.push_back(cpuMs() - c0);
            c0 = cpuMs();
            reports::stablePdf(buffer.data());
            stamp.push_back(cpuMs() - c0);
        }
        out << "one fiche, cpu_median_ms: html=" << QString::number(percentile(html, 0.5), 'f', 2)
            << " layout=" << QString::number(percentile(layout, 0.5), 'f', 2)
            << " paint_and_write=" << QString::number(percentile(paint, 0.5), 'f', 2)
            << " stamps=" << QString::number(percentile(stamp, 0.5), 'f', 2) << '\n';
    }

    // The session's other two documents, each on its own (processor time, median of 5).
    {
        std::vector<double> agenda, attendance;
        for (int i = 0; i < 5; ++i) {
            double c0 = cpuMs();
            reports::agendaPdf(session.value);
            agenda.push_back(cpuMs() - c0);
            c0 = cpuMs();
            reports::attendancePdf(session.value);
            attendance.push_back(cpuMs() - c0);
        }
        out << "agenda (" << most
            << " cases) cpu_median_ms=" << QString::number(percentile(agenda, 0.5), 'f', 2)
            << "; attendance sheet cpu_median_ms=" << QString::number(percentile(attendance, 0.5), 'f', 2)
            << '\n';
    }

    // The session, in parallel, then on one thread.
    std::vector<double> sessionWall, sessionCpu;
    std::size_t bytes = 0;
    for (int i = 0; i < 5; ++i) {
        const double c0 = cpuMs();
        timer.restart();
        bytes = renderSession(session.value, fiches);
        sessionWall.push_back(ms(timer));
        sessionCpu.push_back(cpuMs() - c0);
    }
    const double sessionMs = percentile(sessionWall, 0.5);
    out << "session (" << fiches.size() << " fiches + agenda + attendance sheet, "
        << QThreadPool::globalInstance()->maxThreadCount()
        << " threads): median_ms=" << QString::number(sessionMs, 'f', 1)
        << " cpu_ms=" << QString::number(percentile(sessionCpu, 0.5), 'f', 1) << " (" << bytes / 1024
        << " KiB)  (target < 500 ms)\n";
    const int threads = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    const double oneThreadCpu = cpuMs();
    timer.restart();
    renderSession(session.value, fiches);
    out << "session on one thread: ms=" << QString::number(ms(timer), 'f', 1)
        << " cpu_ms=" << QString::number(cpuMs() - oneThreadCpu, 'f', 1) << '\n';
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    out.flush();

    // LibreOffice on the same fiches as HTML.
    // BENCH_PRINT_NO_OFFICE=1 leaves LibreOffice out (to profile Concerto alone).
    const QString soffice = qEnvironmentVariableIsSet("BENCH_PRINT_NO_OFFICE")
                                ? QString()
                                : QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "LibreOffice: absent (soffice not found; apt-get install libreoffice-writer-nogui), skipped\n";
        return 0;
    }
    QTemporaryDir dir;
    QStringList files;
    for (std::size_t i = 0; i < fiches.size(); ++i) {
        const QString path =
            dir.filePath(QStringLiteral("fiche-%1.html").arg(i + 1, 2, 10, QLatin1Char('0')));
        QFile f(path);
        QString html = reports::ficheHtml(fiches[i].context, fiches[i].labels);
        html.replace(QStringLiteral("<html>"), QStringLiteral("<html><head><meta charset=\"utf-8\"></head>"));
        if (!f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0) {
            err << "cannot write " << path << '\n';
            return 1;
        }
        files << path;
    }
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile"));
    const auto convert = [&](const QStringList &inputs, const QString &outDir) {
        QProcess p;
        p.start(soffice, QStringList{profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                     QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir} +
                             inputs);
        return p.waitForFinished(600000) && p.exitCode() == 0;
    };
    convert({files.first()}, dir.filePath(QStringLiteral("warm"))); // the profile is made once
    timer.restart();
    const bool ok = convert(files, dir.filePath(QStringLiteral("pdf")));
    const double officeMs = ms(timer);
    const int made =
        int(QDir(dir.filePath(QStringLiteral("pdf"))).entryList({QStringLiteral("*.pdf")}).size());
    if (!ok || made != int(files.size())) {
        out << "LibreOffice: the conversion failed (" << made << " PDFs made)\n";
        return 1;
    }
    out << "LibreOffice (" << made
        << " HTML fiches to PDF, one call): ms=" << QString::number(officeMs, 'f', 0)
        << "; Concerto session: ms=" << QString::number(sessionMs, 'f', 1)
        << "; ratio=" << QString::number(officeMs / sessionMs, 'f', 1) << "x  (target >= 6x)\n";
    return 0;
}
