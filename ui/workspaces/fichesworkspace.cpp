// Fiches: a filter, the paged table and the pages of the selected fiche, with Print… and Save as PDF….
#include "ui/workspaces/fichesworkspace.h"

#include "models/itemmodels/fichelistmodel.h"
#include "reports/fichecontext.h"
#include "reports/fichehtml.h"
#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"
#include "ui/printing/fichepreview.h"
#include "ui/printing/sessionfiches.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace concerto {

FichesWorkspace::FichesWorkspace(Database &db, QWidget *parent)
    : Workspace(db, tr("Fiches"),
                tr("The fiches RCP: drafts, fiches to validate, signed fiches and their amendments. Select a "
                   "fiche to see its pages, print it or save it as a PDF file."),
                parent)
    , m_model(new FicheListModel(db, this)) {
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All fiches"));
    m_filter->addItem(tr("Signed fiches only"));
    m_filter->setToolTip(tr("Choose which fiches the list shows"));
    bar->addWidget(m_filter);
    bar->addStretch();
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printFiche"));
    m_printButton->setToolTip(tr("Print the selected fiche (Ctrl+P)"));
    bar->addWidget(m_printButton);
    m_saveButton = new QPushButton(tr("Save as PDF…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveFichePdf"));
    m_saveButton->setToolTip(tr("Save the selected fiche as a PDF file (Ctrl+Shift+S)"));
    bar->addWidget(m_saveButton);
    m_sessionButton = new QPushButton(tr("Print the session…"), this);
    m_sessionButton->setObjectName(QStringLiteral("saveSessionFiches"));
    m_sessionButton->setToolTip(
        tr("Save every fiche of the selected fiche's session as PDF files in a folder"));
    bar->addWidget(m_sessionButton);
    content()->addLayout(bar);

    auto *printAction = new QAction(tr("Print…"), this);
    printAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);
    auto *saveAction = new QAction(tr("Save as PDF…"), this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(printAction, &QAction::triggered, this, &FichesWorkspace::print);
    connect(saveAction, &QAction::triggered, this, &FichesWorkspace::saveAsPdf);
    connect(m_printButton, &QPushButton::clicked, this, &FichesWorkspace::print);
    connect(m_saveButton, &QPushButton::clicked, this, &FichesWorkspace::saveAsPdf);
    connect(m_sessionButton, &QPushButton::clicked, this, &FichesWorkspace::printSession);

    auto *splitter = new QSplitter(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("ficheTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setColumnWidth(FicheListModel::StatusColumn, 130);
    m_table->setColumnWidth(FicheListModel::VersionColumn, 70);
    m_table->setColumnWidth(FicheListModel::MeetingDateColumn, 110);
    m_table->setColumnWidth(FicheListModel::PatientColumn, 200);
    splitter->addWidget(m_table);
    m_preview = new FichePreview(splitter);
    splitter->addWidget(m_preview);
    splitter->setSizes({560, 540});
    auto *error = makeErrorBanner(this);
    content()->addWidget(error);
    showErrorsOf(m_model, error, m_table);
    m_ficheError = makeErrorBanner(this);
    m_ficheError->setObjectName(QStringLiteral("ficheErrorBanner"));
    m_ficheError->setStyleSheet(m_ficheError->styleSheet().replace(QStringLiteral("#errorBanner"),
                                                                   QStringLiteral("#ficheErrorBanner")));
    content()->addWidget(m_ficheError);
    content()->addWidget(splitter, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_model->setSignedOnly(i == 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FichesWorkspace::showFiche);
    // Enter or a double-click on a fiche: its pages, to read them (it is already shown when selected).
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_model->ficheAt(index.row()) && !m_preview->hasFiche())
            showFiche(index);
        m_preview->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showFiche({}); });
    showFiche({});
}

void FichesWorkspace::refresh() {
    m_model->reload();
}

QString FichesWorkspace::ficheError() const {
    return m_ficheError->isHidden() ? QString() : m_ficheError->text();
}

void FichesWorkspace::showFiche(const QModelIndex &index) {
    const Fiche *f = index.isValid() ? m_model->ficheAt(index.row()) : nullptr;
    m_ficheError->clear();
    m_ficheError->hide();
    if (!f) {
        m_preview->clear(tr("Select a fiche to see its pages."));
    } else {
        const StoreRead<reports::FicheContext> context = reports::loadFicheContext(m_db, *f);
        if (context.ok()) {
            m_preview->setFiche(context.value, reports::loadCodeLabels(m_db, context.value));
        } else {
            m_ficheError->setText(tr("This fiche cannot be shown: %1").arg(context.error));
            m_ficheError->show();
            m_preview->clear(tr("This fiche cannot be shown."));
        }
    }
    m_printButton->setEnabled(m_preview->hasFiche());
    m_saveButton->setEnabled(m_preview->hasFiche());
    m_sessionButton->setEnabled(m_preview->hasFiche());
}

QString FichesWorkspace::defaultFileName() const {
    const reports::FicheContext *c = m_preview->context();
    if (!c)
        return {};
    // "01-MARTIN-Marie-v2.pdf" without its place in a session's folder.
    return QStringLiteral("Fiche-RCP-") + reports::ficheFileName(0, *c).mid(3);
}

QString FichesWorkspace::saveAs(const QString &path) {
    const reports::FicheContext *c = m_preview->context();
    if (!c)
        return tr("Select a fiche first.");
    QString error;
    if (!reports::writeFichePdf(*c, path, &error, m_preview->labels()))
        return error.isEmpty() ? tr("The file could not be written.") : error;
    return {};
}

void FichesWorkspace::print() {
    const reports::FicheContext *c = m_preview->context();
    if (!c)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(reports::ficheTitle(*c));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the fiche"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    reports::printFiche(*c, &printer, m_preview->labels());
}

void FichesWorkspace::saveAsPdf() {
    if (!m_preview->hasFiche())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the fiche as PDF"), QDir(folder).filePath(defaultFileName()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = saveAs(path);
    if (!error.isEmpty())
        QMessageBox::warning(
            this, tr("Save as PDF"),
            tr("The fiche could not be saved as %1: %2").arg(QDir::toNativeSeparators(path), error));
}

QString FichesWorkspace::saveSession(const QString &folder) {
    const reports::FicheContext *c = m_preview->context();
    if (!c)
        return tr("Select a fiche first.");
    return saveSessionFiches(m_db, c->session.meta.id, folder, this).error;
}

void FichesWorkspace::printSession() {
    if (!m_preview->hasFiche())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the fiches of the session"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const QString error = saveSession(folder);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Print the session"), error);
}

} // namespace concerto
