// The fiche window: the preview, its error line and the print and save buttons with their shortcuts.
#include "ui/printing/fichedialog.h"
#include "services/ficheservice.h"

#include "reports/fichepdf.h"
#include "ui/printing/ficheactions.h"
#include "ui/printing/fichepreview.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace concerto {

FicheDialog::FicheDialog(Services &services, const QUuid &ficheId, QWidget *parent)
    : QDialog(parent)
    , m_ficheId(ficheId)
    , m_databasePath(services.path()) {
    setObjectName(QStringLiteral("ficheDialog"));
    setWindowTitle(tr("Fiche RCP"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("ficheDialogError"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fdecea; color: #8a1c1c; padding: 6px;"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_preview = new FichePreview(this);
    layout->addWidget(m_preview, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printFiche"));
    m_printButton->setToolTip(tr("Print the fiche (Ctrl+P)"));
    m_printButton->setAutoDefault(false);
    buttons->addWidget(m_printButton);
    m_saveButton = new QPushButton(tr("Save as PDF…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveFichePdf"));
    m_saveButton->setToolTip(tr("Save the fiche as a PDF file (Ctrl+Shift+S)"));
    m_saveButton->setAutoDefault(false);
    buttons->addWidget(m_saveButton);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    auto *printAction = new QAction(tr("Print…"), this);
    printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    addAction(printAction);
    auto *saveAction = new QAction(tr("Save as PDF…"), this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addAction(saveAction);
    connect(printAction, &QAction::triggered, this, &FicheDialog::print);
    connect(saveAction, &QAction::triggered, this, &FicheDialog::saveAsPdf);
    connect(m_printButton, &QPushButton::clicked, this, &FicheDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &FicheDialog::saveAsPdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    const StoreRead<std::optional<Fiche>> fiche = services.fiches().find(ficheId);
    if (!fiche.ok())
        m_error = tr("This fiche cannot be read: %1").arg(fiche.error);
    else if (!fiche.value || fiche.value->meta.deleted)
        m_error = tr("This fiche no longer exists.");
    else
        m_error = m_preview->showFiche(services, *fiche.value);
    if (m_error.isEmpty()) {
        setWindowTitle(reports::ficheTitle(*m_preview->context()));
    } else {
        m_preview->clear(m_error);
        m_banner->setText(m_error);
        m_banner->show();
    }
    m_printButton->setEnabled(m_preview->hasFiche());
    m_saveButton->setEnabled(m_preview->hasFiche());
    // A page's width, and the height the screen has room for.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 900);
    resize(std::min(780, room.width() * 9 / 10), std::min(960, room.height() * 9 / 10));
    m_preview->setFocus(Qt::OtherFocusReason);
}

FicheDialog *FicheDialog::open(Services &services, const QUuid &ficheId, QWidget *parent) {
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *open = qobject_cast<FicheDialog *>(w);
            open && open->ficheId() == ficheId && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto *dialog = new FicheDialog(services, ficheId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    dialog->raise();
    dialog->activateWindow(); // Escape, Ctrl+P and Ctrl+Shift+S go to it at once
    return dialog;
}

void FicheDialog::print() {
    ficheactions::print(*m_preview, this);
}

void FicheDialog::saveAsPdf() {
    ficheactions::saveAsPdf(*m_preview, m_databasePath, this);
}

} // namespace concerto
