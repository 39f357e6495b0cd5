// The identity editor: a form page (fields with their live messages) and a look-alikes page (the new
// identity beside each identity that may be the same person). The rules are identity::IdentityForm's.
#include "ui/identity/identitydialog.h"
#include "models/domain/clock.h"
#include "services/directoryservice.h"
#include "services/patientservice.h"

#include "models/domain/labels.h"
#include "models/validation/ins.h"
#include "ui/identity/identitycomparison.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace concerto {

namespace {
constexpr int kGpNotGiven = 0;
constexpr int kGpUnknown = 1;

void showMessage(QLabel *label, const identity::FieldMessage &m) {
    label->setText(m.text);
    label->setVisible(!m.text.isEmpty());
    label->setStyleSheet(m.wrong()                                 ? QStringLiteral("color: #b3261e;")
                         : m.state == identity::FieldMessage::Fine ? QStringLiteral("color: #2e7d4f;")
                                                                   : QStringLiteral("color: #6b7280;"));
}

QLabel *messageLabel(const QString &name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

IdentityDialog::IdentityDialog(Services &services, std::optional<Patient> existing, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_form(services, std::move(existing))
    , m_today(clock::today()) {
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(m_form.isNew() ? tr("New patient") : tr("Identity of %1").arg(m_form.draft.displayName()));
    m_confirmDelete = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete the patient"), question) == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildForm());
    m_stack->addWidget(buildLookAlikes());
    layout->addWidget(m_stack);
    loadFields();
    resize(760, 600);
    m_birthName->setFocus(); // typing starts with the birth name
}

IdentityDialog::~IdentityDialog() = default;

void IdentityDialog::setToday(const QDate &today) {
    m_today = today;
    fieldsChanged();
}

QLineEdit *IdentityDialog::addLine(const QString &name, const QString &label, QLabel **message) {
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    if (!message) {
        m_formLayout->addRow(label, line);
    } else {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(line);
        *message = messageLabel(name + QStringLiteral("Message"), this);
        box->addWidget(*message);
        m_formLayout->addRow(label, box);
    }
    connect(line, &QLineEdit::textChanged, this, &IdentityDialog::fieldsChanged);
    return line;
}

QWidget *IdentityDialog::buildForm() {
    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    m_formLayout = new QFormLayout(inner);
    m_formLayout->setLabelAlignment(Qt::AlignRight);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_birthName = addLine(QStringLiteral("birthName"), tr("Birth name"));
    m_givenNames = addLine(QStringLiteral("birthGivenNames"), tr("Birth given names"));
    m_givenNames->setPlaceholderText(tr("All of them, in the civil-status order"));
    m_givenNames->setToolTip(
        tr("Every birth given name, in order, separated by spaces: Marie-Hélène Éloïse"));
    m_usedName = addLine(QStringLiteral("usedName"), tr("Used name"));
    m_usedGivenName = addLine(QStringLiteral("usedGivenName"), tr("Used given name"));
    m_sex = new QComboBox(inner);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("Not given"), int(Sex::Unknown));
    m_sex->addItem(tr("Female"), int(Sex::Female));
    m_sex->addItem(tr("Male"), int(Sex::Male));
    m_formLayout->addRow(tr("Sex"), m_sex);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &IdentityDialog::fieldsChanged);
    m_birthDate = addLine(QStringLiteral("birthDate"), tr("Birth date"), &m_birthDateMessage);
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy"));
    m_birthDate->setMaxLength(10);
    m_birthPlace = addLine(QStringLiteral("birthPlace"), tr("Birthplace (INSEE code)"), &m_birthPlaceMessage);
    m_birthPlace->setPlaceholderText(tr("Commune (14118) or 99 and a country (99134)"));
    m_birthPlace->setMaxLength(5);

    m_status = new QComboBox(inner);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    for (IdentityStatus s : {IdentityStatus::Provisional, IdentityStatus::Recovered,
                             IdentityStatus::Validated, IdentityStatus::Qualified})
        m_status->addItem(identity::statusWord(s), int(s));
    m_statusExplanation = new QLabel(inner);
    m_statusExplanation->setObjectName(QStringLiteral("statusExplanation"));
    m_statusExplanation->setWordWrap(true);
    auto *statusBox = new QVBoxLayout;
    statusBox->setSpacing(2);
    statusBox->addWidget(m_status);
    statusBox->addWidget(m_statusExplanation);
    m_formLayout->addRow(tr("Identity status"), statusBox);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IdentityDialog::statusChanged);

    m_ins = addLine(QStringLiteral("ins"), tr("INS"), &m_insMessage);
    m_insRow = m_formLayout->rowCount() - 1;
    m_ins->setPlaceholderText(QStringLiteral("2 55 08 14 168 025 38"));
    m_ins->setToolTip(tr("13 characters and the 2-digit key; the key is checked as you type"));
    m_insHidden = new QLabel(identity::insHiddenNote(), inner);
    m_insHidden->setObjectName(QStringLiteral("insHiddenNote"));
    m_insHidden->setWordWrap(true);
    m_formLayout->addRow(QString(), m_insHidden);

    m_ipp = addLine(QStringLiteral("ipp"), tr("IPP (local number)"));
    m_addressLine = addLine(QStringLiteral("addressLine"), tr("Address"));
    auto *cityRow = new QHBoxLayout;
    m_postalCode = new QLineEdit(inner);
    m_postalCode->setObjectName(QStringLiteral("postalCode"));
    m_postalCode->setPlaceholderText(tr("Postal code"));
    m_postalCode->setMaxLength(5);
    m_postalCode->setMaximumWidth(90);
    m_city = new QLineEdit(inner);
    m_city->setObjectName(QStringLiteral("city"));
    m_city->setPlaceholderText(tr("City"));
    m_country = new QLineEdit(inner);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setPlaceholderText(tr("Country"));
    m_country->setMaximumWidth(110);
    cityRow->addWidget(m_postalCode);
    cityRow->addWidget(m_city, 1);
    cityRow->addWidget(m_country);
    m_formLayout->addRow(QString(), cityRow);
    for (QLineEdit *e : {m_postalCode, m_city, m_country})
        connect(e, &QLineEdit::textChanged, this, &IdentityDialog::fieldsChanged);

    m_gp = new QComboBox(inner);
    m_gp->setObjectName(QStringLiteral("generalPractitioner"));
    m_gp->addItem(tr("Not given yet"));
    m_gp->addItem(tr("GP unknown"));
    const StoreRead<std::vector<Professional>> professionals = m_services.directory().professionals();
    for (const Professional &p : *professionals)
        m_gp->addItem(QStringLiteral("%1 (%2)").arg(p.displayName(), labels::specialty(p.specialty)),
                      p.meta.id);
    m_gp->setToolTip(
        tr("The patient's GP (médecin traitant) receives the fiche; say when the GP is unknown"));
    if (!professionals.ok()) { // the GP recorded is kept as it is (see showPatient)
        m_gp->setEnabled(false);
        m_gp->setToolTip(tr("The professionals could not be read: %1").arg(professionals.error));
    }
    m_formLayout->addRow(tr("GP"), m_gp);
    connect(m_gp, &QComboBox::currentIndexChanged, this, &IdentityDialog::fieldsChanged);

    scroll->setWidget(inner);
    pageLayout->addWidget(scroll, 1);
    m_errors = new QLabel(page);
    m_errors->setObjectName(QStringLiteral("identityErrors"));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b3261e;"));
    pageLayout->addWidget(m_errors);

    // Delete stays out of the button box: QDialogButtonBox shows every button it lays out again.
    auto *buttonRow = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete the patient…"), page);
    m_delete->setObjectName(QStringLiteral("deletePatient"));
    buttonRow->addWidget(m_delete);
    auto *buttons = new QDialogButtonBox(page);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveIdentity"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttonRow->addWidget(buttons, 1);
    m_delete->setToolTip(tr("Only a patient without a case or fiche can be deleted"));
    QString why;
    m_delete->setVisible(!m_form.isNew() && m_services.patients().mayDelete(m_form.draft.meta.id, &why));
    connect(m_save, &QPushButton::clicked, this, &IdentityDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &IdentityDialog::deletePatient);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    pageLayout->addLayout(buttonRow);
    return page;
}

QWidget *IdentityDialog::buildLookAlikes() {
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("lookAlikesPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_lookAlikeHeading = new QLabel(page);
    m_lookAlikeHeading->setObjectName(QStringLiteral("lookAlikeHeading"));
    m_lookAlikeHeading->setWordWrap(true);
    QFont bold = m_lookAlikeHeading->font();
    bold.setBold(true);
    m_lookAlikeHeading->setFont(bold);
    layout->addWidget(m_lookAlikeHeading);
    m_lookAlikeChoice = new QComboBox(page);
    m_lookAlikeChoice->setObjectName(QStringLiteral("lookAlikeChoice"));
    layout->addWidget(m_lookAlikeChoice);
    m_lookAlikeReason = new QLabel(page);
    m_lookAlikeReason->setWordWrap(true);
    layout->addWidget(m_lookAlikeReason);
    m_comparison = new IdentityComparison(page);
    layout->addWidget(m_comparison, 1);
    auto *note = new QLabel(tr("Compare each trait. If this is the same person, open the existing identity "
                               "and complete it instead of creating a second one. A different person "
                               "is saved marked as a possible duplicate, for a second look."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    // Identity vigilance: the safe answer is the default. Enter (wherever the focus is) opens the
    // existing identity to review and complete; creating a second identity takes a click, or Space on
    // its button, and marks it to review.
    auto *buttons = new QDialogButtonBox(page);
    auto *back = buttons->addButton(tr("Back to the form"), QDialogButtonBox::RejectRole);
    m_openExisting = buttons->addButton(tr("Open the existing identity"), QDialogButtonBox::AcceptRole);
    m_openExisting->setObjectName(QStringLiteral("openExisting"));
    m_openExisting->setToolTip(tr("Review the recorded identity and complete it instead of creating "
                                  "a second one (Enter)"));
    auto *different =
        buttons->addButton(tr("This is a different person: save"), QDialogButtonBox::ActionRole);
    different->setObjectName(QStringLiteral("differentPerson"));
    different->setAutoDefault(false); // Enter on it still answers with the default button
    different->setToolTip(tr("Saves a second identity, marked as a possible duplicate to review"));
    back->setAutoDefault(false);
    connect(back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentIndex(0);
        m_openExisting->setDefault(false);
        m_save->setDefault(false);
        m_save->setDefault(true);
    });
    QPushButton *open = m_openExisting;
    connect(open, &QPushButton::clicked, this, &IdentityDialog::openExisting);
    connect(different, &QPushButton::clicked, this, &IdentityDialog::confirmDifferentPerson);
    connect(m_lookAlikeChoice, &QComboBox::currentIndexChanged, this, &IdentityDialog::showLookAlike);
    layout->addWidget(buttons);
    return page;
}

void IdentityDialog::loadFields() {
    const Patient p = m_form.draft;
    const QString birthDate = m_form.birthDateText;
    const QString ins = m_form.insText;
    m_loading = true; // the fields are filled one by one: none may read the others half filled
    m_birthName->setText(p.birthName);
    m_givenNames->setText(identity::joinGivenNames(p.birthGivenNames));
    m_usedName->setText(p.usedName);
    m_usedGivenName->setText(p.usedGivenName);
    m_sex->setCurrentIndex(m_sex->findData(int(p.sex)));
    m_birthDate->setText(birthDate);
    m_birthPlace->setText(p.birthPlaceCode);
    m_status->setCurrentIndex(m_status->findData(int(p.identityStatus)));
    m_ins->setText(validation::formattedIns(ins));
    m_ipp->setText(p.ipp);
    m_addressLine->setText(p.address.line);
    m_postalCode->setText(p.address.postalCode);
    m_city->setText(p.address.city);
    m_country->setText(p.address.country);
    int gp = p.gpUnknown ? kGpUnknown : m_gp->findData(p.generalPractitionerId);
    if (gp < 0 && !p.generalPractitionerId.isNull()) {
        // Not in the list (removed from the directory, or the list unread): kept, never dropped on save.
        m_gp->addItem(m_gp->isEnabled() ? tr("A professional no longer in the directory")
                                        : tr("As recorded (the list could not be read)"),
                      p.generalPractitionerId);
        gp = m_gp->count() - 1;
    }
    m_gp->setCurrentIndex(gp < 0 ? kGpNotGiven : gp);
    m_loading = false;
    statusChanged();
}

void IdentityDialog::statusChanged() {
    const auto status = IdentityStatus(m_status->currentData().toInt());
    m_statusExplanation->setText(identity::statusExplanation(status));
    const bool shown = identity::insShown(status);
    m_formLayout->setRowVisible(m_insRow, shown);
    m_formLayout->setRowVisible(m_insRow + 1, !shown);
    fieldsChanged();
}

void IdentityDialog::fieldsChanged() {
    if (m_loading)
        return;
    Patient &p = m_form.draft;
    p.birthName = m_birthName->text();
    p.birthGivenNames = identity::splitGivenNames(m_givenNames->text());
    p.usedName = m_usedName->text();
    p.usedGivenName = m_usedGivenName->text();
    p.sex = Sex(m_sex->currentData().toInt());
    p.birthPlaceCode = m_birthPlace->text();
    p.identityStatus = IdentityStatus(m_status->currentData().toInt());
    p.ipp = m_ipp->text();
    p.address.line = m_addressLine->text().trimmed();
    p.address.postalCode = m_postalCode->text().trimmed();
    p.address.city = m_city->text().trimmed();
    p.address.country = m_country->text().trimmed();
    p.gpUnknown = m_gp->currentIndex() == kGpUnknown;
    p.generalPractitionerId = m_gp->currentData().toUuid();
    m_form.birthDateText = m_birthDate->text();
    m_form.insText = m_ins->text();
    showMessage(m_birthDateMessage, identity::birthDateMessage(m_birthDate->text(), m_today));
    showMessage(m_birthPlaceMessage, identity::birthPlaceMessage(m_birthPlace->text()));
    showMessage(m_insMessage, identity::insMessage(m_ins->text()));
    m_errors->clear();
}

void IdentityDialog::keyPressEvent(QKeyEvent *event) {
    // On the look-alikes page, Enter that no button took (the comparison, the "different person" button,
    // which is not an auto-default one) opens the recorded identity: never a second identity.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && showsLookAlikes()) {
        openExisting();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool IdentityDialog::showsLookAlikes() const {
    return m_stack->currentIndex() == 1;
}

void IdentityDialog::save() {
    fieldsChanged();
    const identity::IdentityForm::SaveResult r = m_form.save(m_today, false);
    switch (r.outcome) {
    case identity::IdentityForm::Outcome::Saved:
        m_savedId = m_form.saved().meta.id;
        accept();
        return;
    case identity::IdentityForm::Outcome::LookAlikes: {
        m_lookAlikes = r.lookAlikes;
        m_lookAlikeHeading->setText(tr("This identity looks like %Ln identity(ies) already recorded. Is it "
                                       "the same person?",
                                       nullptr, int(m_lookAlikes.size())));
        const QSignalBlocker blocker(m_lookAlikeChoice);
        m_lookAlikeChoice->clear();
        for (const identity::DuplicateCandidate &c : m_lookAlikes)
            m_lookAlikeChoice->addItem(QStringLiteral("%1, %2").arg(
                c.patient.displayName(), identity::birthDateText(c.patient.birthDate)));
        m_lookAlikeChoice->setVisible(m_lookAlikes.size() > 1);
        showLookAlike(0);
        m_stack->setCurrentIndex(1);
        // Off and on again: a button already default does not become the dialog's main default, which
        // comes back whenever the focus moves (QDialog keeps the form's Save otherwise).
        m_save->setDefault(false);
        m_openExisting->setDefault(false);
        m_openExisting->setDefault(true);
        m_openExisting->setFocus();
        return;
    }
    case identity::IdentityForm::Outcome::Invalid:
    case identity::IdentityForm::Outcome::Failed:
        m_errors->setText(r.error);
        return;
    }
}

void IdentityDialog::showLookAlike(int index) {
    if (index < 0 || index >= int(m_lookAlikes.size()))
        return;
    const identity::DuplicateCandidate &c = m_lookAlikes[std::size_t(index)];
    m_lookAlikeReason->setText(tr("Why: %1").arg(identity::describe(c.reason)));
    m_comparison->compare(m_form.patient(m_today), m_form.isNew() ? tr("New identity") : tr("This identity"),
                          c.patient, tr("Recorded identity"));
}

void IdentityDialog::confirmDifferentPerson() {
    const identity::IdentityForm::SaveResult r = m_form.save(m_today, true);
    if (r.outcome == identity::IdentityForm::Outcome::Saved) {
        m_savedId = m_form.saved().meta.id;
        accept();
        return;
    }
    m_stack->setCurrentIndex(0);
    m_errors->setText(r.error);
}

void IdentityDialog::openExisting() {
    const int index = m_lookAlikeChoice->currentIndex();
    if (index < 0 || index >= int(m_lookAlikes.size()))
        return;
    m_openInstead = m_lookAlikes[std::size_t(index)].patient.meta.id;
    accept();
}

void IdentityDialog::deletePatient() {
    if (!m_confirmDelete(
            tr("Delete the identity of %1? It has no case and no fiche.").arg(m_form.draft.displayName())))
        return;
    const StoreResult r = m_services.patients().remove(m_form.draft.meta.id);
    if (!r.ok) {
        m_errors->setText(r.error);
        return;
    }
    m_deleted = true;
    m_savedId = m_form.draft.meta.id;
    accept();
}

} // namespace concerto
