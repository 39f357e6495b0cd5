// The meeting's decision panel: the fiche's decision fields bound to its editing document.
#include "ui/meeting/decisionpanel.h"

#include "editing/fichedecisiondocument.h"
#include "models/domain/builtinsets.h"
#include "models/domain/inscription.h"
#include "models/domain/labels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace concerto {

namespace {

const QDate kNoDate(2000, 1, 1); // a date edit at its minimum shows "—": no date

QString guidelineText(const Guideline &g) {
    return g.version.isEmpty() ? g.name : QStringLiteral("%1 (%2)").arg(g.name, g.version);
}

QLabel *sectionLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

DecisionPanel::DecisionPanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("decisionPanel"));
    build();
    closeDocument();
}

DecisionPanel::~DecisionPanel() = default;

void DecisionPanel::build() {
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setStyleSheet(QStringLiteral("color: #5f6b73; padding: 8px;"));
    outer->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields narrow, nothing hides
    m_form = new QWidget(scroll);
    scroll->setWidget(m_form);
    outer->addWidget(scroll, 1);
    m_scroll = scroll;

    auto *layout = new QVBoxLayout(m_form);
    m_draftNote = new QLabel(m_form);
    m_draftNote->setObjectName(QStringLiteral("draftNote"));
    m_draftNote->setWordWrap(true);
    m_draftNote->setStyleSheet(QStringLiteral("background: #fff4d6; color: #5c4400; padding: 6px; border-radius: 4px;"));
    m_draftNote->hide();
    layout->addWidget(m_draftNote);
    auto *form = new QFormLayout;
    m_caseStatus = new QComboBox(m_form);
    m_caseStatus->setObjectName(QStringLiteral("caseStatus"));
    m_caseStatus->addItem(labels::caseStatus(QString::fromLatin1(kCaseDiscussed)),
                          QString::fromLatin1(kCaseDiscussed));
    m_caseStatus->addItem(labels::caseStatus(QString::fromLatin1(kCaseRegistered)),
                          QString::fromLatin1(kCaseRegistered));
    form->addRow(tr("Case"), m_caseStatus);
    layout->addLayout(form);

    layout->addWidget(sectionLabel(tr("Proposal"), m_form));
    m_lines = new QVBoxLayout;
    layout->addLayout(m_lines);
    m_addLine = new QPushButton(tr("Add a proposal line (Alt+L)"), m_form);
    m_addLine->setObjectName(QStringLiteral("addProposalLine"));
    m_addLine->setShortcut(QKeySequence(Qt::ALT | Qt::Key_L));
    layout->addWidget(m_addLine, 0, Qt::AlignLeft);

    layout->addWidget(sectionLabel(tr("Further exams"), m_form));
    m_exams = new QVBoxLayout;
    layout->addLayout(m_exams);
    m_addExam = new QPushButton(tr("Add an exam (Alt+E)"), m_form);
    m_addExam->setObjectName(QStringLiteral("addExam"));
    m_addExam->setShortcut(QKeySequence(Qt::ALT | Qt::Key_E));
    layout->addWidget(m_addExam, 0, Qt::AlignLeft);

    m_recours = new QCheckBox(tr("Refer to a recours RCP"), m_form);
    m_recours->setObjectName(QStringLiteral("referToRecours"));
    m_surveillance = new QCheckBox(tr("Surveillance only"), m_form);
    m_surveillance->setObjectName(QStringLiteral("surveillanceOnly"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_recours);
    flags->addWidget(m_surveillance);
    flags->addStretch(1);
    layout->addLayout(flags);

    layout->addWidget(sectionLabel(tr("Guideline and conformity"), m_form));
    auto *framework = new QFormLayout;
    m_guideline = new QComboBox(m_form);
    m_guideline->setObjectName(QStringLiteral("guideline"));
    m_guideline->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_guideline->setMinimumContentsLength(14);
    framework->addRow(tr("Guideline"), m_guideline);
    m_conform = new QCheckBox(tr("The proposal follows the guideline"), m_form);
    m_conform->setObjectName(QStringLiteral("conform"));
    framework->addRow(QString(), m_conform);
    m_justification = new QLineEdit(m_form);
    m_justification->setObjectName(QStringLiteral("nonConformityReason"));
    m_justification->setPlaceholderText(tr("Why the proposal departs from the guideline"));
    framework->addRow(tr("Justification"), m_justification);
    m_trial = new QCheckBox(tr("A clinical trial is proposed"), m_form);
    m_trial->setObjectName(QStringLiteral("trialProposed"));
    framework->addRow(QString(), m_trial);
    m_trialName = new QLineEdit(m_form);
    m_trialName->setObjectName(QStringLiteral("trialName"));
    framework->addRow(tr("Trial"), m_trialName);
    layout->addLayout(framework);

    layout->addWidget(sectionLabel(tr("Comments"), m_form));
    m_comments = new QPlainTextEdit(m_form);
    m_comments->setObjectName(QStringLiteral("patientComments"));
    m_comments->setTabChangesFocus(true);
    m_comments->setMaximumHeight(90);
    layout->addWidget(m_comments);

    m_faults = new QLabel(m_form);
    m_faults->setObjectName(QStringLiteral("decisionFaults"));
    m_faults->setWordWrap(true);
    m_faults->setStyleSheet(QStringLiteral("color: #8c1d18;"));
    layout->addWidget(m_faults);
    m_error = new QLabel(m_form);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("background: #fbe0dc; color: #8c1d18; padding: 6px; border-radius: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    // Every field writes its path in the document, one undo step each (typing merges).
    connect(m_caseStatus, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_document)
            m_document->setText(QStringLiteral("caseStatus"), m_caseStatus->currentData().toString());
    });
    connect(m_recours, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling && m_document)
            m_document->setBool(QStringLiteral("referToRecours"), on);
    });
    connect(m_surveillance, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling && m_document)
            m_document->setBool(QStringLiteral("surveillanceOnly"), on);
    });
    connect(m_guideline, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || !m_document)
            return;
        const Guideline chosen = index > 0 && index <= int(m_guidelines.size())
                                     ? m_guidelines[std::size_t(index - 1)]
                                     : Guideline{};
        m_document->setValue(QStringLiteral("framework/guideline"), chosen.toJson());
    });
    connect(m_conform, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling && m_document)
            m_document->setBool(QStringLiteral("framework/conform"), on);
    });
    connect(m_justification, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_filling && m_document)
            m_document->setText(QStringLiteral("framework/nonConformityReason"), text);
    });
    connect(m_trial, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_filling && m_document)
            m_document->setBool(QStringLiteral("framework/trialProposed"), on);
    });
    connect(m_trialName, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_filling && m_document)
            m_document->setText(QStringLiteral("framework/trialName"), text);
    });
    connect(m_comments, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling && m_document)
            m_document->setText(QStringLiteral("patientComments"), m_comments->toPlainText());
    });
    connect(m_addLine, &QPushButton::clicked, this, &DecisionPanel::addLine);
    connect(m_addExam, &QPushButton::clicked, this, &DecisionPanel::addExam);

    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    addAction(undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    addAction(redo);
}

bool DecisionPanel::open(const QUuid &ficheId, const std::vector<Guideline> &guidelines) {
    if (m_document && m_document->id() == ficheId)
        return true;
    closeDocument();
    QString error;
    m_document = editing::FicheDecisionDocument::open(m_services, ficheId, &error);
    if (!m_document) {
        closeDocument(error);
        return false;
    }
    m_guidelines = guidelines;
    // The fiche's own guideline stays offered even when the committee no longer lists it.
    const Guideline own = m_document->fiche().framework.guideline;
    if (!own.isEmpty() && std::none_of(m_guidelines.begin(), m_guidelines.end(), [&](const Guideline &g) {
            return g.name == own.name && g.version == own.version;
        }))
        m_guidelines.push_back(own);
    {
        QSignalBlocker quiet(m_guideline);
        m_guideline->clear();
        m_guideline->addItem(tr("— none —"));
        for (const Guideline &g : m_guidelines)
            m_guideline->addItem(guidelineText(g));
    }
    m_document->offerFirstLine();
    connect(m_document.get(), &editing::RecordDocument::changed, this, &DecisionPanel::refresh);
    m_lineRows = m_examRows = -1;
    m_placeholder->hide();
    m_scroll->show();
    m_error->hide();
    const QString note = draftNote();
    m_draftNote->setText(note);
    m_draftNote->setVisible(!note.isEmpty());
    refresh({});
    return true;
}

void DecisionPanel::closeDocument(const QString &message) {
    if (m_document) {
        m_document->flushDraft();
        m_document.reset();
    }
    m_scroll->hide();
    m_placeholder->setText(
        message.isEmpty() ? tr("Take up a case (Enter on the agenda) to record its decision.") : message);
    m_placeholder->show();
}

bool DecisionPanel::save() {
    if (!m_document)
        return false;
    if (!m_document->isDirty() || m_document->save()) {
        m_error->hide();
        return true;
    }
    showError(m_document->lastError());
    return false;
}

void DecisionPanel::showError(const QString &error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString DecisionPanel::draftNote() const {
    if (!m_document)
        return {};
    if (!m_document->damagedDraft().isEmpty())
        return m_document->damagedDraft();
    if (!m_document->restoredDraftAt().isValid())
        return {};
    const QString at = QLocale().toString(m_document->restoredDraftAt().toLocalTime(), QLocale::ShortFormat);
    return m_document->restoredDraftBy().isEmpty()
               ? tr("The decision's unsaved changes from %1 were restored from its draft (Ctrl+Z undoes them).")
                     .arg(at)
               : tr("The decision's unsaved changes left by %2 on %1 were restored from its draft (Ctrl+Z "
                    "undoes them).")
                     .arg(at, m_document->restoredDraftBy());
}

QUuid DecisionPanel::ficheId() const {
    return m_document ? m_document->id() : QUuid();
}

QWidget *DecisionPanel::firstField() const {
    if (!m_document)
        return nullptr;
    if (m_lines->count() > 0)
        if (QLayoutItem *row = m_lines->itemAt(0); row && row->widget())
            return row->widget()->findChild<QComboBox *>(QStringLiteral("treatmentType"));
    return m_caseStatus;
}

void DecisionPanel::addLine() {
    if (!m_document)
        return;
    const int n = m_document->listSize(QStringLiteral("proposal"));
    m_document->appendItem(QStringLiteral("proposal"), ProposalLine{1, n + 1, {}, {}, {}, {}, {}}.toJson());
    if (QLayoutItem *row = m_lines->itemAt(n); row && row->widget())
        row->widget()->findChild<QComboBox *>(QStringLiteral("treatmentType"))->setFocus(Qt::TabFocusReason);
}

void DecisionPanel::addExam() {
    if (!m_document)
        return;
    const int n = m_document->appendItem(QStringLiteral("exams"));
    if (QLayoutItem *row = m_exams->itemAt(n); row && row->widget())
        row->widget()->findChild<QLineEdit *>(QStringLiteral("examType"))->setFocus(Qt::TabFocusReason);
}

void DecisionPanel::refresh(const QString &path) {
    Q_UNUSED(path);
    if (!m_document)
        return;
    if (m_lineRows != m_document->listSize(QStringLiteral("proposal")))
        rebuildLines();
    if (m_examRows != m_document->listSize(QStringLiteral("exams")))
        rebuildExams();
    fillFromDocument();
    showFaults();
}

void DecisionPanel::rebuildLines() {
    while (QLayoutItem *item = m_lines->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lineRows = m_document->listSize(QStringLiteral("proposal"));
    QWidget *previous = m_caseStatus;
    for (int i = 0; i < m_lineRows; ++i) {
        const QString at = QStringLiteral("proposal/%1/").arg(i);
        // Two rows, so that the panel stays narrow: the type, the option and the remove button, then
        // the details across the whole width.
        auto *row = new QWidget(m_form);
        auto *rows = new QVBoxLayout(row);
        rows->setContentsMargins(0, 0, 0, 6);
        rows->setSpacing(2);
        auto *h = new QHBoxLayout;
        rows->addLayout(h);
        auto *type = new QComboBox(row);
        type->setObjectName(QStringLiteral("treatmentType"));
        type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        type->setMinimumContentsLength(14);
        type->addItem(tr("— treatment —"), QString());
        for (const nomenclature::BuiltinEntry &e : nomenclature::treatmentTypes().entries())
            type->addItem(e.label, e.code);
        type->setToolTip(tr("Treatment type: type its first letters"));
        auto *details = new QLineEdit(row);
        details->setObjectName(QStringLiteral("details"));
        details->setPlaceholderText(tr("Details (regimen, dose, duration)"));
        auto *intention = new QSpinBox(row);
        intention->setObjectName(QStringLiteral("intention"));
        intention->setRange(1, 9);
        intention->setPrefix(tr("Option "));
        intention->setToolTip(tr("1 for the first intention, 2 for an alternative…"));
        auto *remove = new QToolButton(row);
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this line"));
        remove->setFocusPolicy(Qt::NoFocus);
        h->addWidget(type, 1);
        h->addWidget(intention);
        h->addWidget(remove);
        rows->addWidget(details);
        m_lines->addWidget(row);
        row->show(); // now, not at the next turn of the event loop: Tab goes through it at once
        connect(type, &QComboBox::currentIndexChanged, this, [this, type, at] {
            if (!m_filling && m_document)
                m_document->setText(at + QStringLiteral("treatmentType"), type->currentData().toString());
        });
        connect(details, &QLineEdit::textChanged, this, [this, at](const QString &text) {
            if (!m_filling && m_document)
                m_document->setText(at + QStringLiteral("details"), text);
        });
        connect(intention, &QSpinBox::valueChanged, this, [this, at](int v) {
            if (!m_filling && m_document)
                m_document->setInt(at + QStringLiteral("intention"), v);
        });
        connect(remove, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->removeItem(QStringLiteral("proposal"), i);
        });
        setTabOrder(previous, type);
        setTabOrder(type, details);
        setTabOrder(details, intention);
        previous = intention;
    }
    setTabOrder(previous, m_addLine);
}

void DecisionPanel::rebuildExams() {
    while (QLayoutItem *item = m_exams->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_examRows = m_document->listSize(QStringLiteral("exams"));
    QWidget *previous = m_addLine;
    for (int i = 0; i < m_examRows; ++i) {
        const QString at = QStringLiteral("exams/%1/").arg(i);
        auto *row = new QWidget(m_form);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *type = new QLineEdit(row);
        type->setObjectName(QStringLiteral("examType"));
        type->setPlaceholderText(tr("Exam (e.g. pelvic MRI)"));
        auto *latest = new QDateEdit(row);
        latest->setObjectName(QStringLiteral("examLatest"));
        latest->setMinimumDate(kNoDate);
        latest->setSpecialValueText(tr("before —"));
        latest->setDisplayFormat(tr("'before' dd/MM/yyyy"));
        latest->setCalendarPopup(true);
        auto *remove = new QToolButton(row);
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Remove this exam"));
        remove->setFocusPolicy(Qt::NoFocus);
        h->addWidget(type, 3);
        h->addWidget(latest, 2);
        h->addWidget(remove);
        m_exams->addWidget(row);
        row->show();
        connect(type, &QLineEdit::textChanged, this, [this, at](const QString &text) {
            if (!m_filling && m_document)
                m_document->setText(at + QStringLiteral("type"), text);
        });
        connect(latest, &QDateEdit::dateChanged, this, [this, at](const QDate &d) {
            if (!m_filling && m_document)
                m_document->setDate(at + QStringLiteral("latest"), d == kNoDate ? QDate() : d);
        });
        connect(remove, &QToolButton::clicked, this, [this, i] {
            if (m_document)
                m_document->removeItem(QStringLiteral("exams"), i);
        });
        setTabOrder(previous, type);
        setTabOrder(type, latest);
        previous = latest;
    }
    setTabOrder(previous, m_addExam);
}

void DecisionPanel::fillFromDocument() {
    m_filling = true;
    const Fiche f = m_document->fiche();
    m_caseStatus->setCurrentIndex(std::max(0, m_caseStatus->findData(f.caseStatus)));
    for (int i = 0; i < m_lines->count() && i < int(f.proposal.size()); ++i) {
        QWidget *row = m_lines->itemAt(i)->widget();
        const ProposalLine &line = f.proposal[std::size_t(i)];
        auto *type = row->findChild<QComboBox *>(QStringLiteral("treatmentType"));
        type->setCurrentIndex(std::max(0, type->findData(line.treatmentType)));
        auto *details = row->findChild<QLineEdit *>(QStringLiteral("details"));
        if (details->text() != line.details)
            details->setText(line.details);
        row->findChild<QSpinBox *>(QStringLiteral("intention"))->setValue(line.intention);
    }
    for (int i = 0; i < m_exams->count() && i < int(f.exams.size()); ++i) {
        QWidget *row = m_exams->itemAt(i)->widget();
        const FurtherExam &exam = f.exams[std::size_t(i)];
        auto *type = row->findChild<QLineEdit *>(QStringLiteral("examType"));
        if (type->text() != exam.type)
            type->setText(exam.type);
        row->findChild<QDateEdit *>(QStringLiteral("examLatest"))
            ->setDate(exam.latest.isValid() ? exam.latest : kNoDate);
    }
    m_recours->setChecked(f.referToRecours);
    m_surveillance->setChecked(f.surveillanceOnly);
    int guideline = 0;
    for (std::size_t g = 0; g < m_guidelines.size(); ++g)
        if (m_guidelines[g].name == f.framework.guideline.name &&
            m_guidelines[g].version == f.framework.guideline.version)
            guideline = int(g) + 1;
    m_guideline->setCurrentIndex(guideline);
    m_conform->setChecked(f.framework.conform);
    if (m_justification->text() != f.framework.nonConformityReason)
        m_justification->setText(f.framework.nonConformityReason);
    m_justification->setEnabled(!f.framework.conform);
    m_trial->setChecked(f.framework.trialProposed);
    if (m_trialName->text() != f.framework.trialName)
        m_trialName->setText(f.framework.trialName);
    m_trialName->setEnabled(f.framework.trialProposed);
    if (m_comments->toPlainText() != f.patientComments)
        m_comments->setPlainText(f.patientComments);
    m_filling = false;
}

void DecisionPanel::showFaults() {
    QStringList all;
    for (const auto &[path, messages] : m_document->validation())
        all << messages;
    all.removeDuplicates();
    m_faults->setText(all.isEmpty() ? QString() : QStringLiteral("• ") + all.join(QStringLiteral("\n• ")));
}

} // namespace concerto
