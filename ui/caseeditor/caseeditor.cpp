// The case editor window and its entry points (see caseeditor.h).
#include "ui/caseeditor/caseeditor.h"
#include "services/directoryservice.h"
#include "services/planningservice.h"
#include "ui/screenrights.h"

#include "editing/casedocument.h"
#include "models/domain/boardtime.h"
#include "services/nomenclatureservice.h"
#include "ui/caseeditor/attachmentsection.h"
#include "ui/caseeditor/casesections.h"
#include "ui/caseeditor/fieldbinder.h"
#include "ui/caseeditor/tumoursection.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace concerto {

namespace {

QHash<QUuid, QPointer<CaseEditorWindow>> &openWindows() {
    static QHash<QUuid, QPointer<CaseEditorWindow>> windows;
    return windows;
}

QLabel *banner(const QString &objectName, const QString &style, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->hide();
    return label;
}

void showEditor(Services &services, std::unique_ptr<editing::CaseDocument> document, const QString &error,
                QWidget *parent) {
    if (!document) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("CaseEditor", "Case"),
            QCoreApplication::translate("CaseEditor", "The case cannot be opened: %1").arg(error));
        return;
    }
    auto *window = new CaseEditorWindow(services, std::move(document), parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->resize(1180, 820);
    window->show();
}

} // namespace

void showCaseEditor(Services &services, std::unique_ptr<editing::CaseDocument> document, QWidget *parent) {
    showEditor(services, std::move(document), QString(), parent);
}

void openCaseEditor(Services &services, const QUuid &inscriptionId, QWidget *parent) {
    if (CaseEditorWindow *open = CaseEditorWindow::find(inscriptionId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    QString error;
    showEditor(services, editing::CaseDocument::open(services, inscriptionId, &error), error, parent);
}

void openNewCaseEditor(Services &services, const QUuid &patientId, const QUuid &sessionId, QWidget *parent) {
    QString error;
    showEditor(services, editing::CaseDocument::create(services, patientId, sessionId, &error), error,
               parent);
}

CaseEditorWindow *CaseEditorWindow::find(const QUuid &inscriptionId) {
    return openWindows().value(inscriptionId);
}

CaseEditorWindow::CaseEditorWindow(Services &services, std::unique_ptr<editing::CaseDocument> document,
                                   QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_document(std::move(document)) {
    setObjectName(QStringLiteral("caseEditor"));
    openWindows().insert(m_document->id(), this);
    m_binder = new ui::FieldBinder(m_document.get(), this);

    QToolBar *tools = addToolBar(tr("Case"));
    tools->setObjectName(QStringLiteral("caseTools"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_save = tools->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save"), this,
                              &CaseEditorWindow::save);
    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the case (Ctrl+S)"));
    needsRight(m_save, m_document->isNew() ? Action::RegisterCases : Action::EditCases);
    QUndoStack *stack = m_document->undoStack();
    m_undo = stack->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence(QStringLiteral("Ctrl+Z")));
    m_undo->setToolTip(tr("Undo (Ctrl+Z)"));
    m_redo = stack->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))});
    m_redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    tools->addAction(m_undo);
    tools->addAction(m_redo);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *heading = new QLabel(central);
    heading->setObjectName(QStringLiteral("caseHeading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    heading->setFont(big);
    const Patient &p = m_document->patient();
    QString sessionText;
    const auto session = m_services.planning().session(m_document->current().sessionId);
    if (session.ok() && session.value) {
        const auto rcp = m_services.directory().committee(session.value->rcpId);
        sessionText =
            tr("%1, meeting of %2")
                .arg(rcp.ok() && rcp.value ? rcp.value->name : tr("Committee"),
                     QLocale().toString(toBoardTime(session.value->startsAt), QLocale::ShortFormat));
    }
    heading->setText(
        tr("%1 — born %2").arg(m_document->title(), QLocale().toString(p.birthDate, QLocale::ShortFormat)) +
        (sessionText.isEmpty() ? QString() : QStringLiteral("\n") + sessionText));
    layout->addWidget(heading);

    auto *draftRow = new QHBoxLayout;
    m_draftBanner = banner(QStringLiteral("draftBanner"),
                           QStringLiteral("background: #e8f0fb; border-radius: 4px; padding: 6px;"), central);
    draftRow->addWidget(m_draftBanner, 1);
    m_draftButton = new QPushButton(central);
    m_draftButton->setObjectName(QStringLiteral("draftButton"));
    m_draftButton->hide();
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        if (m_document->olderDraftAt().isValid())
            m_document->restoreOlderDraft();
        else if (m_document->discard())
            m_binder->refresh();
        updateBanners();
    });
    draftRow->addWidget(m_draftButton);
    layout->addLayout(draftRow);
    m_prefillBanner =
        banner(QStringLiteral("prefillBanner"),
               QStringLiteral("background: #fff6d8; border-radius: 4px; padding: 6px;"), central);
    layout->addWidget(m_prefillBanner);
    m_error = banner(QStringLiteral("saveError"),
                     QStringLiteral("background: #fbe9e7; color: #b3261e; border-radius: 4px; padding: 6px;"),
                     central);
    layout->addWidget(m_error);
    m_problems = banner(QStringLiteral("problems"), QStringLiteral("color: #b3261e;"), central);
    layout->addWidget(m_problems);
    m_missing = banner(
        QStringLiteral("missingForMeeting"),
        QStringLiteral("background: #fdf0e6; color: #7a3a0c; border-radius: 4px; padding: 6px;"), central);
    layout->addWidget(m_missing);

    auto *body = new QHBoxLayout;
    m_sectionList = new QListWidget(central);
    m_sectionList->setObjectName(QStringLiteral("caseSections"));
    m_sectionList->setFixedWidth(190);
    body->addWidget(m_sectionList);
    m_scroll = new QScrollArea(central);
    m_scroll->setWidgetResizable(true);
    m_form = new QWidget(m_scroll);
    m_form->setObjectName(QStringLiteral("caseForm"));
    new QVBoxLayout(m_form);
    m_scroll->setWidget(m_form);
    body->addWidget(m_scroll, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    buildSections();
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_sections.size()))
            m_scroll->verticalScrollBar()->setValue(m_sections[std::size_t(row)]->y());
    });

    connect(m_document.get(), &editing::CaseDocument::dirtyChanged, this, &CaseEditorWindow::updateTitle);
    connect(m_document.get(), &editing::CaseDocument::saved, this, &CaseEditorWindow::updateTitle);
    connect(m_document.get(), &editing::CaseDocument::changed, this, &CaseEditorWindow::updateBanners);
    connect(m_document.get(), &editing::CaseDocument::draftWritten, this, [this](const QDateTime &at) {
        statusBar()->showMessage(tr("Draft kept at %1: nothing typed is lost if the window closes.")
                                     .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    m_binder->refresh();
    m_binder->showMessages();
    updateTitle();
    updateBanners();
    applyRights(this, m_services);
}

CaseEditorWindow::~CaseEditorWindow() {
    openWindows().remove(m_document->id());
}

void CaseEditorWindow::addSection(const QString &name, QWidget *content, const QString &note) {
    auto *section = new QWidget(m_form);
    section->setObjectName(QStringLiteral("section:") + name);
    auto *v = new QVBoxLayout(section);
    v->setContentsMargins(0, 6, 0, 10);
    auto *title = new QLabel(name, section);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    title->setFont(f);
    v->addWidget(title);
    if (!note.isEmpty()) {
        auto *mark = new QLabel(note, section);
        mark->setObjectName(QStringLiteral("prefillMark"));
        mark->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        v->addWidget(mark);
    }
    content->setParent(section);
    v->addWidget(content);
    m_form->layout()->addWidget(section);
    m_sections.push_back(section);
    m_sectionList->addItem(name);
}

void CaseEditorWindow::buildSections() {
    const editing::Prefill &prefill = m_document->prefill();
    auto noteFor = [&prefill](const QString &path) {
        return !prefill.isEmpty() && prefill.covers(path) ? prefill.description() : QString();
    };
    addSection(tr("Reason for referral"), ui::makeMotifSection(m_binder, m_form));
    addSection(tr("Tumours"), new ui::TumourSection(m_binder, m_services.nomenclature(), m_form),
               noteFor(QStringLiteral("tumours")));
    addSection(tr("Clinical context"), ui::makeClinicalSection(m_binder, m_form),
               noteFor(QStringLiteral("clinical/history")));
    addSection(tr("Test results"), ui::makeResultsSection(m_binder, m_form),
               noteFor(QStringLiteral("clinical/tests")));
    addSection(tr("Treatments"), ui::makeTreatmentsSection(m_binder, m_form),
               noteFor(QStringLiteral("clinical/treatments")));
    addSection(tr("Report conclusions"), ui::makeReportsSection(m_binder, m_form),
               noteFor(QStringLiteral("clinical/reports")));
    addSection(tr("Summary and question"), ui::makeSummarySection(m_binder, m_form));
    addSection(tr("Attachments"), new ui::AttachmentSection(m_document.get(), m_form));
    static_cast<QVBoxLayout *>(m_form->layout())->addStretch();
}

void CaseEditorWindow::updateTitle() {
    setWindowTitle(tr("%1 – case[*]").arg(m_document->title()) +
                   (m_document->isNew() ? tr(" (new, not saved yet)") : QString()));
    setWindowModified(m_document->isDirty());
}

void CaseEditorWindow::updateBanners() {
    const QLocale locale;
    if (!m_document->damagedDraft().isEmpty()) {
        m_draftBanner->setText(m_document->damagedDraft() + QLatin1Char(' ') +
                               tr("The case is shown as it was saved."));
        m_draftButton->setText(tr("Discard the damaged draft"));
    } else if (m_document->olderDraftAt().isValid()) {
        m_draftBanner->setText(
            tr("A draft of this case from %1 was not restored: the case was saved after it.")
                .arg(locale.toString(m_document->olderDraftAt().toLocalTime(), QLocale::ShortFormat)));
        m_draftButton->setText(tr("Restore the draft"));
    } else if (m_document->restoredDraftAt().isValid()) {
        const QString at = locale.toString(m_document->restoredDraftAt().toLocalTime(), QLocale::ShortFormat);
        m_draftBanner->setText(
            m_document->restoredDraftBy().isEmpty()
                ? tr("Unsaved changes from %1 were restored from the draft. Save them, or discard them "
                     "to go back to the saved case.")
                      .arg(at)
                : tr("Unsaved changes left by %2 on %1 were restored from the draft. Save them, or "
                     "discard them to go back to the saved case.")
                      .arg(at, m_document->restoredDraftBy()));
        m_draftButton->setText(m_document->isNew() ? tr("Discard this new case") : tr("Discard the changes"));
    }
    const bool draft = m_document->olderDraftAt().isValid() || m_document->restoredDraftAt().isValid() ||
                       !m_document->damagedDraft().isEmpty();
    m_draftBanner->setVisible(draft);
    m_draftButton->setVisible(draft);
    const editing::Prefill &prefill = m_document->prefill();
    m_prefillBanner->setVisible(!prefill.isEmpty());
    if (!prefill.isEmpty())
        m_prefillBanner->setText(
            tr("%1: the tumours and the clinical context, marked in yellow. Check that they are "
               "still true.")
                .arg(prefill.description()));
    const editing::FieldMessages problems = m_document->validation();
    int count = 0;
    for (const auto &entry : problems)
        count += int(entry.second.size());
    m_problems->setText(tr("%Ln problem(s) to check, shown in red at their field.", nullptr, count));
    m_problems->setVisible(count > 0);
    QString committee;
    const validation::CaseCompleteness missing = m_document->completeness(&committee);
    m_missing->setVisible(!missing.complete());
    if (!missing.complete())
        m_missing->setText(tr("Still missing for %1 before the meeting:").arg(committee) +
                           QStringLiteral("\n• ") + missing.sentences().join(QStringLiteral("\n• ")));
}

bool CaseEditorWindow::save() {
    const bool ok = m_document->save();
    m_error->setText(ok ? QString() : tr("The case was not saved: %1").arg(m_document->lastError()));
    m_error->setVisible(!ok);
    if (ok)
        statusBar()->showMessage(tr("Saved."), 5000);
    updateTitle();
    updateBanners();
    return ok;
}

void CaseEditorWindow::closeEvent(QCloseEvent *event) {
    if (!m_document->isDirty()) {
        event->accept();
        return;
    }
    const QMessageBox::StandardButton answer =
        askOnClose
            ? askOnClose(this)
            : QMessageBox::question(this, tr("Unsaved changes"),
                                    tr("The case of %1 has changes that are not saved. They are kept as a "
                                       "draft meanwhile. Save them now?")
                                        .arg(m_document->title()),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    if (answer == QMessageBox::Save && save()) {
        event->accept();
    } else if (answer == QMessageBox::Discard && m_document->discard()) {
        event->accept();
    } else {
        if (answer == QMessageBox::Discard) {
            m_error->setText(tr("The changes could not be discarded: %1").arg(m_document->lastError()));
            m_error->show();
        }
        event->ignore();
    }
}

} // namespace concerto
