// Patients: search as you type (at once when the search is fast, after a short pause otherwise), table
// paged by the model, identity card beside it.
#include "ui/workspaces/patientsworkspace.h"
#include "services/patientservice.h"
#include "ui/screenrights.h"

#include "editing/casedocument.h"
#include "models/domain/birthplace.h"
#include "models/domain/labels.h"
#include "models/identity/duplicates.h"
#include "models/itemmodels/patientlistmodel.h"
#include "ui/casedialogs/registrationdialog.h"
#include "ui/caseeditor/caseeditor.h"
#include "ui/identity/duplicatereviewdialog.h"
#include "ui/identity/identitydialog.h"
#include "ui/workspaces/patientcases.h"

#include <QElapsedTimer>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace concerto {

PatientsWorkspace::PatientsWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Patients"),
                tr("Find a patient by name, INS or IPP. The identity card and the patient's cases appear on "
                   "the right."),
                parent)
    , m_model(new PatientListModel(services, this)) {
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Names, birth date, INS or IPP"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setToolTip(
        tr("Type the first letters of the birth name, used name or given names, in any order; "
           "a birth date (18/09/1942); or the start of an INS or IPP. Down goes to the list, "
           "Escape clears the search."));
    m_search->installEventFilter(this);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("workspaceExplanation"));
    bar->addWidget(m_count);
    auto *newPatient = new QPushButton(tr("New patient…"), this);
    needsRight(newPatient, Action::EditIdentities);
    newPatient->setObjectName(QStringLiteral("newPatient"));
    newPatient->setToolTip(
        tr("Create an identity; look-alike identities are shown before it is saved (Ctrl+N)"));
    bar->addWidget(newPatient);
    m_editIdentity = new QPushButton(tr("Edit identity…"), this);
    m_editIdentity->setObjectName(QStringLiteral("editIdentity"));
    m_editIdentity->setToolTip(tr("Open the selected patient's identity (Enter or double-click)"));
    m_editIdentity->setEnabled(false);
    bar->addWidget(m_editIdentity);
    m_reviewDuplicate = new QPushButton(tr("Review duplicate…"), this);
    m_reviewDuplicate->setObjectName(QStringLiteral("reviewDuplicate"));
    m_reviewDuplicate->setToolTip(tr("Compare this identity with the one it may duplicate"));
    m_reviewDuplicate->hide();
    bar->addWidget(m_reviewDuplicate);
    content()->addLayout(bar);
    m_nobody = new QLabel(this);
    m_nobody->setObjectName(QStringLiteral("noPatientFound"));
    m_nobody->setWordWrap(true);
    m_nobody->hide();
    content()->addWidget(m_nobody);

    m_splitter = new QSplitter(this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *error = makeErrorBanner(this);
    content()->addWidget(error);
    showErrorsOf(m_model, error, m_table);
    content()->addWidget(m_splitter, 1);

    QSettings settings;
    if (!m_splitter->restoreState(settings.value(QStringLiteral("patients/splitter")).toByteArray()))
        m_splitter->setSizes({780, 380});
    if (!m_table->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("patients/columns")).toByteArray())) {
        const int widths[PatientListModel::ColumnCount] = {130, 110, 160, 45, 95, 140, 130, 90};
        for (int c = 0; c < PatientListModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, widths[c]);
    }

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &PatientsWorkspace::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, &PatientsWorkspace::searchTextChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &PatientsWorkspace::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PatientsWorkspace::showPatient);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_detailStack->setCurrentIndex(0); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PatientsWorkspace::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientsWorkspace::updateCount);
    connect(m_model, &PatientListModel::totalChanged, this, &PatientsWorkspace::updateCount);
    connect(newPatient, &QPushButton::clicked, this, &PatientsWorkspace::newPatient);
    connect(m_editIdentity, &QPushButton::clicked, this, &PatientsWorkspace::editIdentity);
    connect(m_reviewDuplicate, &QPushButton::clicked, this, &PatientsWorkspace::reviewDuplicate);
    connect(m_table, &QAbstractItemView::activated, this, &PatientsWorkspace::editIdentity);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &PatientsWorkspace::newPatient);
    // The first page now, with the whole list's total, rather than after the view's first layout.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    updateCount();
}

void PatientsWorkspace::updateCount() {
    const QLocale locale;
    const int found = m_model->total();
    if (!m_model->isSearching() && found >= 0)
        m_total = found;                         // the whole list: every patient
    if (m_model->isSearching() && m_total < 0) { // a search from the start: the whole is counted once
        const StoreRead<int> total = m_services.patients().count();
        m_total = total.ok() ? *total : -1;
    }
    if (!m_model->isSearching())
        m_count->setText(m_total < 0 ? tr("? patients") : tr("%Ln patient(s)", nullptr, m_total));
    else if (found < 0)
        m_count->clear();
    else if (m_total < 0)
        m_count->setText(tr("%1 of ? patients").arg(locale.toString(found)));
    else // "1 of 5,004 patients": the plural follows the whole
        m_count->setText(tr("%1 of %Ln patient(s)", nullptr, m_total).arg(locale.toString(found)));
    m_nobody->setVisible(m_model->foundNobody());
    if (m_model->foundNobody())
        m_nobody->setText(
            tr("No patient matches \"%1\". Check the spelling, type fewer letters, or search by "
               "birth date (18/09/1942), INS or IPP.")
                .arg(m_model->searchText()));
}

PatientsWorkspace::~PatientsWorkspace() {
    QSettings settings;
    settings.setValue(QStringLiteral("patients/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("patients/columns"), m_table->horizontalHeader()->saveState());
}

void PatientsWorkspace::search(const QString &text) {
    const QSignalBlocker blocker(m_search);
    m_search->setText(text);
    applySearch();
}

void PatientsWorkspace::searchTextChanged() {
    // A fast search follows each key; a slow one (a very large file) waits for a pause in the typing.
    if (m_lastSearchMs < kFastSearchMs)
        applySearch();
    else
        m_searchDelay->start();
}

void PatientsWorkspace::applySearch() {
    m_searchDelay->stop();
    if (m_model->searchText() == m_search->text().trimmed() && m_model->rowCount() > 0)
        return;
    QElapsedTimer timer;
    timer.start();
    m_model->setSearchText(m_search->text());
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_lastSearchMs = timer.elapsed();
}

bool PatientsWorkspace::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_model->rowCount() > 0) {
            applySearch(); // what is typed is what the list shows
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
        if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
    }
    return Workspace::eventFilter(watched, event);
}

QColor PatientsWorkspace::identityStatusColour(int status) {
    switch (IdentityStatus(status)) {
    case IdentityStatus::Provisional:
        return QColor(0x8a, 0x94, 0x9e);
    case IdentityStatus::Recovered:
        return QColor(0xb7, 0x79, 0x1f);
    case IdentityStatus::Validated:
        return QColor(0x3a, 0x6e, 0xa5);
    case IdentityStatus::Qualified:
        return QColor(0x2e, 0x7d, 0x4f);
    }
    return Qt::gray;
}

QWidget *PatientsWorkspace::buildDetail() {
    m_detailStack = new QStackedWidget(this);
    auto *empty = new QLabel(tr("Select a patient to see the identity card and the cases."), m_detailStack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setObjectName(QStringLiteral("comingSoon"));
    m_detailStack->addWidget(empty);

    auto *card = new QWidget(m_detailStack);
    card->setObjectName(QStringLiteral("card"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *head = new QHBoxLayout;
    m_name = new QLabel(card);
    m_name->setObjectName(QStringLiteral("patientName"));
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_name->setFont(f);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(m_name, 1);
    m_badge = makeBadge(QString(), Qt::gray, card);
    m_badge->setObjectName(QStringLiteral("badge"));
    head->addWidget(m_badge);
    auto *registerButton = new QPushButton(tr("Register for a session…"), card);
    needsRight(registerButton, Action::RegisterCases);
    registerButton->setObjectName(QStringLiteral("registerForSession"));
    connect(registerButton, &QPushButton::clicked, this, &PatientsWorkspace::registerSelected);
    head->addWidget(registerButton);
    layout->addLayout(head);
    m_identity = new QFormLayout;
    m_identity->setLabelAlignment(Qt::AlignRight);
    layout->addLayout(m_identity);
    layout->addSpacing(8);
    auto *casesTitle = new QLabel(tr("Cases and fiches"), card);
    QFont bold = casesTitle->font();
    bold.setBold(true);
    casesTitle->setFont(bold);
    layout->addWidget(casesTitle);
    m_cases = new PatientCases(m_services, card);
    layout->addWidget(m_cases, 1);
    m_detailStack->addWidget(card);
    return m_detailStack;
}

void PatientsWorkspace::showPatient(const QModelIndex &index) {
    const Patient *p = index.isValid() ? m_model->patientAt(index.row()) : nullptr;
    m_editIdentity->setEnabled(p != nullptr);
    m_reviewDuplicate->setVisible(p && p->awaitsDuplicateReview());
    if (!p) {
        m_detailStack->setCurrentIndex(0);
        return;
    }
    m_detailStack->setCurrentIndex(1);
    m_name->setText(p->displayName());
    m_badge->setText(labels::identityStatus(p->identityStatus));
    m_badge->setStyleSheet(
        QStringLiteral("background: %1;").arg(identityStatusColour(int(p->identityStatus)).name()));
    while (m_identity->rowCount() > 0)
        m_identity->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true); // a long line (the duplicate to review) must not push the list aside
        m_identity->addRow(label, field);
    };
    const QLocale locale;
    addRow(tr("Birth name"), p->birthName.toUpper());
    addRow(tr("Given names"), p->birthGivenNames.join(QLatin1Char(' ')));
    addRow(tr("Used name"), p->usedName.toUpper());
    addRow(tr("Used given name"), p->usedGivenName);
    addRow(tr("Sex"), p->sex == Sex::Female ? tr("Female")
                      : p->sex == Sex::Male ? tr("Male")
                                            : tr("Unknown"));
    addRow(tr("Birth date"), locale.toString(p->birthDate, QLocale::ShortFormat));
    addRow(tr("Birthplace (INSEE)"), birthplace::label(p->birthPlaceCode));
    // The INS may be shown and shared only once the identity is qualified.
    addRow(tr("INS"), p->mayShareIns() ? p->ins : tr("not shown until the identity is qualified"));
    addRow(tr("IPP"), p->ipp);
    if (p->awaitsDuplicateReview()) {
        // Marked by an import, or saved over the look-alike warning: kept apart, never merged, until a
        // person looks at both identities.
        const StoreRead<std::optional<Patient>> other = m_services.patients().find(p->possibleDuplicateOf);
        const std::optional<identity::DuplicateReason> reason =
            identity::reasonFromCode(p->possibleDuplicateReason);
        const QString who = other.ok() && other.value ? other.value->displayName() : tr("another identity");
        addRow(tr("To review"),
               reason ? tr("May be the same person as %1 (%2)").arg(who, identity::describe(*reason))
                      : tr("May be the same person as %1").arg(who));
    }
    fillCases(*p);
}

void PatientsWorkspace::registerSelected() {
    const Patient *selected = m_model->patientAt(m_table->currentIndex().row());
    if (!selected)
        return;
    const Patient patient = *selected;
    RegistrationDialog dialog(m_services, patient.meta.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillCases(patient);
        showCaseEditor(m_services, dialog.takeDocument(), window());
    }
}

const Patient *PatientsWorkspace::selectedPatient() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->patientAt(current.row()) : nullptr;
}

void PatientsWorkspace::newPatient() {
    openIdentity(std::nullopt);
}

void PatientsWorkspace::editIdentity() {
    if (const Patient *p = selectedPatient())
        openIdentity(*p);
}

void PatientsWorkspace::openIdentity(std::optional<Patient> existing) {
    // "Open the existing identity" on the look-alikes page opens that one next.
    while (true) {
        IdentityDialog dialog(m_services, std::move(existing), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.openInstead().isNull()) {
            if (!dialog.deleted())
                selectPatient(dialog.savedId());
            return;
        }
        const StoreRead<std::optional<Patient>> other = m_services.patients().find(dialog.openInstead());
        if (!other.ok() || !other.value)
            return;
        selectPatient(other.value->meta.id);
        existing = *other.value;
    }
}

void PatientsWorkspace::reviewDuplicate() {
    const Patient *p = selectedPatient();
    if (!p || !p->awaitsDuplicateReview())
        return;
    const QUuid id = p->meta.id;
    DuplicateReviewDialog dialog(m_services, *p, this);
    if (dialog.exec() == QDialog::Accepted)
        selectPatient(id);
}

void PatientsWorkspace::selectPatient(const QUuid &id) {
    // The list follows the store's change signal; look for the patient in what it has loaded, else
    // search for their birth name so that a new identity is seen at once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (const Patient *p = m_model->patientAt(row); p && p->meta.id == id) {
                m_table->selectRow(row);
                showPatient(m_model->index(row, 0));
                return;
            }
        const StoreRead<std::optional<Patient>> found = m_services.patients().find(id);
        if (attempt > 0 || !found.ok() || !found.value)
            return;
        search(found.value->birthName);
    }
}

void PatientsWorkspace::fillCases(const Patient &patient) {
    m_cases->fill(patient);
}

} // namespace concerto
