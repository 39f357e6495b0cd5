// Fiches: the filters, the paged table (or why it is empty) and the pages of the selected fiche, with
// Print… and Save as PDF….
#include "ui/workspaces/fichesworkspace.h"

#include "models/itemmodels/fichelistmodel.h"
#include "reports/fichecontext.h"
#include "reports/fichehtml.h"
#include "reports/fichepdf.h"
#include "reports/sessionpdf.h"
#include "ui/printing/ficheactions.h"
#include "ui/printing/fichedialog.h"
#include "ui/printing/fichepreview.h"
#include "ui/printing/sessionfiches.h"
#include "ui/printing/sessionprinting.h"
#include "ui/workspaces/fichefilterbar.h"

#include "ui/printing/ficheversionsdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace concerto {

FichesWorkspace::FichesWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Fiches"),
                tr("The fiches RCP: drafts, fiches to validate, signed fiches and their amendments. Select a "
                   "fiche to see its pages, print it or save it as a PDF file."),
                parent)
    , m_model(new FicheListModel(services, this)) {
    m_filters = new FicheFilterBar(services, this);
    content()->addWidget(m_filters);
    auto *bar = new QHBoxLayout;
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("workspaceExplanation"));
    bar->addWidget(m_matches, 1);
    m_printButton = new QPushButton(tr("Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printFiche"));
    m_printButton->setToolTip(tr("Print the selected fiche (Ctrl+P)"));
    bar->addWidget(m_printButton);
    m_saveButton = new QPushButton(tr("Save as PDF…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveFichePdf"));
    m_saveButton->setToolTip(tr("Save the selected fiche as a PDF file (Ctrl+Shift+S)"));
    bar->addWidget(m_saveButton);
    m_sessionButton = new QPushButton(tr("Print the session"), this);
    m_sessionButton->setObjectName(QStringLiteral("printSession"));
    m_sessionButton->setToolTip(tr("The agenda or the attendance sheet of the selected fiche's session in a "
                                   "print preview, or its fiches as PDF files in a folder"));
    m_sessionButton->setMenu(sessionprinting::makeMenu(
        services, [this] { return m_preview->context() ? m_preview->context()->session.meta.id : QUuid(); },
        this));
    bar->addWidget(m_sessionButton);
    m_versionsButton = new QPushButton(tr("Versions and history…"), this);
    m_versionsButton->setObjectName(QStringLiteral("ficheVersions"));
    m_versionsButton->setToolTip(tr("Every version of the selected fiche side by side, what changed, who did "
                                    "what and when; a correction of a signed fiche (Ctrl+H)"));
    bar->addWidget(m_versionsButton);
    content()->addLayout(bar);
    auto *versionsAction = new QAction(tr("Versions and history…"), this);
    versionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    versionsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(versionsAction);
    connect(versionsAction, &QAction::triggered, this, &FichesWorkspace::showVersions);
    connect(m_versionsButton, &QPushButton::clicked, this, &FichesWorkspace::showVersions);

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

    auto *splitter = new QSplitter(this);
    m_listStack = new QStackedWidget(splitter);
    m_table = new QTableView(m_listStack);
    m_table->setObjectName(QStringLiteral("ficheTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_table->setColumnWidth(FicheListModel::StatusColumn, 130); // "Amendment draft" whole
    m_table->setColumnWidth(FicheListModel::VersionColumn, 60);
    m_table->setColumnWidth(FicheListModel::MeetingDateColumn, 100);
    m_table->setColumnWidth(FicheListModel::PatientColumn, 180);
    m_listStack->addWidget(m_table);
    auto *emptyPanel = new QWidget(m_listStack);
    auto *emptyLayout = new QVBoxLayout(emptyPanel);
    emptyLayout->addStretch();
    m_empty = new QLabel(emptyPanel);
    m_empty->setObjectName(QStringLiteral("noFicheMatches"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    emptyLayout->addWidget(m_empty);
    auto *clearFilters = new QPushButton(tr("Clear the filters"), emptyPanel);
    clearFilters->setObjectName(QStringLiteral("clearFicheFilters"));
    emptyLayout->addWidget(clearFilters, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_listStack->addWidget(emptyPanel);
    splitter->addWidget(m_listStack);
    m_preview = new FichePreview(splitter);
    splitter->addWidget(m_preview);
    // The pages get the larger share: at 1280 pixels a page's width reads (FichePreview::kReadableZoom).
    splitter->setSizes({450, 650});
    auto *error = makeErrorBanner(this);
    content()->addWidget(error);
    showErrorsOf(m_model, error, m_table);
    m_ficheError = makeErrorBanner(this);
    m_ficheError->setObjectName(QStringLiteral("ficheErrorBanner"));
    m_ficheError->setStyleSheet(m_ficheError->styleSheet().replace(QStringLiteral("#errorBanner"),
                                                                   QStringLiteral("#ficheErrorBanner")));
    content()->addWidget(m_ficheError);
    content()->addWidget(splitter, 1);

    connect(m_filters, &FicheFilterBar::filterChanged, this, &FichesWorkspace::filterChanged);
    connect(clearFilters, &QPushButton::clicked, this, [this] {
        m_filters->clear();
        m_filters->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &FicheListModel::contentsChanged, this, &FichesWorkspace::updateEmptyState,
            Qt::QueuedConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FichesWorkspace::showFiche);
    // Enter or a double-click on a fiche: its window, to read it at a page's width (the pane beside the
    // list is a glance); several may stay open side by side.
    connect(m_table, &QAbstractItemView::activated, this, &FichesWorkspace::openFiche);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showFiche({}); });
    m_model->setFilter(m_filters->filter()); // the filters chosen earlier in this run
    showFiche({});
}

void FichesWorkspace::setFilter(const FicheFilter &filter) {
    m_filters->setFilter(filter);
}

void FichesWorkspace::filterChanged(const FicheFilter &filter) {
    m_model->setFilter(filter);
    updateEmptyState();
}

QString FichesWorkspace::emptyMessage() const {
    return m_listStack->currentWidget() == m_table ? QString() : m_empty->text();
}

void FichesWorkspace::updateEmptyState() {
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({}); // the view reads it only once shown and laid out
    const FicheFilter &filter = m_model->filter();
    const QLocale locale;
    if (m_model->patientMatches() > 0 && !m_model->tooManyPatients())
        m_matches->setText(tr("Patients whose name or IPP begins with \"%1\": %2")
                               .arg(filter.patientText, locale.toString(m_model->patientMatches())));
    else
        m_matches->clear();
    QString message;
    if (m_model->tooManyPatients())
        message = tr("%Ln patient(s) have a name or IPP that begins with \"%1\": type more of the name, a "
                     "given name too (martin marie), or the IPP, to see their fiches.",
                     nullptr, m_model->patientMatches())
                      .arg(filter.patientText);
    else if (m_model->matchesNothing() && m_model->patientMatches() == 0)
        message = tr("No patient has a name or IPP that begins with \"%1\".").arg(filter.patientText);
    else if (m_model->matchesNothing() && filter.isEmpty())
        message = tr("There is no fiche yet.");
    else if (m_model->matchesNothing())
        message = tr("No fiche matches these filters.");
    m_empty->setText(message);
    const bool wasShown = m_listStack->currentWidget() == m_table;
    m_listStack->setCurrentIndex(message.isEmpty() ? 0 : 1);
    if (wasShown && !message.isEmpty() && m_table->hasFocus())
        m_filters->setFocus(Qt::OtherFocusReason);
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
    } else if (const QString error = m_preview->showFiche(m_services, *f); !error.isEmpty()) {
        m_ficheError->setText(error);
        m_ficheError->show();
    }
    m_printButton->setEnabled(m_preview->hasFiche());
    m_saveButton->setEnabled(m_preview->hasFiche());
    m_sessionButton->setEnabled(m_preview->hasFiche());
    m_versionsButton->setEnabled(f != nullptr);
}

void FichesWorkspace::openFiche(const QModelIndex &index) {
    if (const Fiche *f = index.isValid() ? m_model->ficheAt(index.row()) : nullptr)
        FicheDialog::open(m_services, f->meta.id, this);
}

void FichesWorkspace::showVersions() {
    const QModelIndex at = m_table->currentIndex();
    const Fiche *f = at.isValid() ? m_model->ficheAt(at.row()) : nullptr;
    if (!f)
        return;
    FicheVersionsDialog dialog(m_services, f->setId, this);
    dialog.exec();
    m_model->reload();
}

QString FichesWorkspace::defaultFileName() const {
    return ficheactions::defaultFileName(*m_preview);
}

QString FichesWorkspace::saveAs(const QString &path) {
    return ficheactions::saveAs(*m_preview, path, m_services.path());
}

void FichesWorkspace::print() {
    ficheactions::print(*m_preview, this);
}

void FichesWorkspace::saveAsPdf() {
    ficheactions::saveAsPdf(*m_preview, m_services.path(), this);
}

QString FichesWorkspace::saveSession(const QString &folder) {
    const reports::FicheContext *c = m_preview->context();
    if (!c)
        return tr("Select a fiche first.");
    return saveSessionFiches(m_services, c->session.meta.id, folder, this).error;
}

void FichesWorkspace::printSession() {
    if (const reports::FicheContext *c = m_preview->context())
        sessionprinting::saveFiches(m_services, c->session.meta.id, this);
}

} // namespace concerto
