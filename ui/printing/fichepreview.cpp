// The fiche's pages in a QPrintPreviewWidget, painted by printFiche each time the preview asks.
#include "ui/printing/fichepreview.h"
#include "reports/fichecontext.h"
#include "services/ficheservice.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedLayout>

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
    setFocusProxy(m_preview);
}

void FichePreview::setFiche(const reports::FicheContext &context, const reports::FicheCodeLabels &labels) {
    m_context = context;
    m_labels = labels;
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
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
