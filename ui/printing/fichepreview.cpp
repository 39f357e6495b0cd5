// The fiche's pages in a QPrintPreviewWidget, painted by printFiche each time the preview asks.
#include "ui/printing/fichepreview.h"
#include "reports/fichecontext.h"
#include "services/ficheservice.h"

#include <QAction>
#include <QCoreApplication>
#include <QGraphicsView>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScrollBar>
#include <QStackedLayout>
#include <QStyle>
#include <QTimer>

namespace concerto {

FichePreview::FichePreview(QWidget *parent)
    : QWidget(parent) {
    m_stack = new QStackedLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("fichePreviewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #5b6877"));
    m_stack->addWidget(m_message);
    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("fichePreview"));
    m_preview->setFocusPolicy(Qt::StrongFocus);
    m_preview->fitToWidth();
    m_stack->addWidget(m_preview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &FichePreview::paint);
    // The keys go to the view that scrolls the pages (arrows, Page Up, Page Down, Home, End).
    if (auto *view = m_preview->findChild<QGraphicsView *>()) {
        view->setFocusPolicy(Qt::StrongFocus);
        m_preview->setFocusProxy(view);
    }
    setFocusProxy(m_preview);

    auto addZoom = [this](const QString &text, const QList<QKeySequence> &keys,
                          void (FichePreview::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addZoom(tr("Zoom in"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
            &FichePreview::zoomIn);
    addZoom(tr("Zoom out"), {QKeySequence::ZoomOut}, &FichePreview::zoomOut);
    addZoom(tr("Fit the width"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &FichePreview::fitWidth);
    m_preview->setToolTip(
        tr("Arrows and Page Up/Down scroll; Ctrl++ and Ctrl+- zoom, Ctrl+0 fits the width"));
}

double FichePreview::widthZoom() const {
    // A4's width at its printed size on this screen, and the room beside the vertical scroll bar.
    const double pageWidth = 210.0 / 25.4 * m_preview->logicalDpiX();
    const int room = m_preview->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 24;
    return room / pageWidth;
}

void FichePreview::fitWidth() {
    m_userZoom = false;
    if (widthZoom() >= kReadableZoom) {
        m_preview->fitToWidth();
    } else {
        m_preview->setZoomMode(QPrintPreviewWidget::CustomZoom);
        m_preview->setZoomFactor(kReadableZoom);
        centreSideways();
    }
}

void FichePreview::centreSideways() {
    // The page a little wider than the pane: its white margins are cut on both sides, not the text on
    // the right. Once the view has laid the page out at its new zoom.
    QTimer::singleShot(0, this, [this] {
        if (auto *view = m_preview->findChild<QGraphicsView *>()) {
            QScrollBar *bar = view->horizontalScrollBar();
            bar->setValue((bar->minimum() + bar->maximum()) / 2);
        }
    });
}

void FichePreview::zoomIn() {
    m_userZoom = true;
    m_preview->setZoomMode(QPrintPreviewWidget::CustomZoom); // a resize keeps it
    m_preview->setZoomFactor(std::min(4.0, m_preview->zoomFactor() * 1.2));
}

void FichePreview::zoomOut() {
    m_userZoom = true;
    m_preview->setZoomMode(QPrintPreviewWidget::CustomZoom);
    m_preview->setZoomFactor(std::max(0.2, m_preview->zoomFactor() / 1.2));
}

double FichePreview::zoomFactor() const {
    return m_preview->zoomFactor();
}

void FichePreview::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (!m_userZoom)
        fitWidth();
}

void FichePreview::setFiche(const reports::FicheContext &context, const reports::FicheCodeLabels &labels) {
    m_context = context;
    m_labels = labels;
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
    if (m_preview->zoomMode() == QPrintPreviewWidget::CustomZoom && !m_userZoom)
        centreSideways();
}

QString FichePreview::showFiche(Services &services, const Fiche &fiche) {
    const StoreRead<reports::FicheContext> context = services.fiches().printable(fiche);
    if (!context.ok()) {
        clear(QCoreApplication::translate("concerto::FichesWorkspace", "This fiche cannot be shown."));
        return QCoreApplication::translate("concerto::FichesWorkspace", "This fiche cannot be shown: %1")
            .arg(context.error);
    }
    setFiche(context.value, services.fiches().codeLabels(context.value));
    return {};
}

void FichePreview::clear(const QString &message) {
    m_context.reset();
    m_labels = {};
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_preview->updatePreview(); // drops the pages of the fiche shown before
}

void FichePreview::paint(QPrinter *printer) {
    if (m_context)
        reports::printFiche(*m_context, printer, m_labels);
}

} // namespace concerto
