// The print preview: an A4 full-page printer, the document painted on it each time the preview or the
// printer asks, at the width of the window by default.
#include "ui/printing/printpreview.h"
#include "services/ficheservice.h"

#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"

#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>

#include <algorithm>

namespace concerto {

namespace {
std::unique_ptr<QPrinter> a4Printer(const QString &title) {
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setFullPage(true);
    printer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    printer->setDocName(title);
    printer->setCreator(QStringLiteral("Concerto"));
    return printer;
}
} // namespace

PrintPreview::PrintPreview(const QString &title, Paint paint, QWidget *parent)
    : PrintPreview(a4Printer(title), title, std::move(paint), parent) {}

PrintPreview::PrintPreview(std::unique_ptr<QPrinter> printer, const QString &title, Paint paint,
                           QWidget *parent)
    : QPrintPreviewDialog(printer.get(), parent)
    , m_printer(std::move(printer))
    , m_paint(std::move(paint)) {
    setObjectName(QStringLiteral("printPreview"));
    setWindowTitle(tr("Print preview: %1").arg(title));
    connect(this, &QPrintPreviewDialog::paintRequested, this, &PrintPreview::paintOn);
    // A page's width and the height the screen has room for.
    const QScreen *shown = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect room = shown ? shown->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(900, room.width() * 9 / 10), std::min(1000, room.height() * 9 / 10));
}

PrintPreview::~PrintPreview() = default;

QPrintPreviewWidget *PrintPreview::pages() const {
    return findChild<QPrintPreviewWidget *>();
}

void PrintPreview::paintOn(QPrinter *printer) {
    QPainter painter(printer);
    m_painted = m_paint ? m_paint(painter, *printer) : 0;
}

std::unique_ptr<PrintPreview> PrintPreview::ofFiche(const reports::FicheContext &context,
                                                    const reports::FicheCodeLabels &labels, QWidget *parent) {
    return std::make_unique<PrintPreview>(
        reports::ficheTitle(context),
        [context, labels](QPainter &painter, QPagedPaintDevice &device) {
            return reports::paintFiche(painter, device, context, labels);
        },
        parent);
}

std::unique_ptr<PrintPreview> PrintPreview::ofSession(Services &services, const QUuid &sessionId,
                                                      SessionDocument document, QWidget *parent,
                                                      QString *error) {
    StoreRead<reports::SessionContext> session = services.fiches().session(sessionId);
    if (!session.ok()) {
        if (error)
            *error = tr("The session could not be read: %1").arg(session.error);
        return nullptr;
    }
    const bool agenda = document == SessionDocument::Agenda;
    // The documents are in French, as the printed fiche: their titles too.
    const QString title =
        (agenda ? QStringLiteral("Ordre du jour – ") : QStringLiteral("Feuille d'émargement – ")) +
        session->rcp.name;
    return std::make_unique<PrintPreview>(
        title,
        [context = std::move(session.value), agenda](QPainter &painter, QPagedPaintDevice &device) {
            return agenda ? reports::paintAgenda(painter, device, context)
                          : reports::paintAttendance(painter, device, context);
        },
        parent);
}

namespace printpreview {

void showSession(Services &services, const QUuid &sessionId, SessionDocument document, QWidget *parent) {
    QString error;
    const std::unique_ptr<PrintPreview> preview =
        PrintPreview::ofSession(services, sessionId, document, parent, &error);
    if (!preview) {
        QMessageBox::warning(parent, PrintPreview::tr("Print preview"), error);
        return;
    }
    preview->exec();
}

} // namespace printpreview

} // namespace concerto
