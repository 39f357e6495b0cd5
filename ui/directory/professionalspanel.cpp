// Professionals: list on the left, form on the right; the RPPS says at once whether its key is right.
#include "ui/directory/professionalspanel.h"
#include "services/directoryservice.h"
#include "ui/screenrights.h"

#include "models/domain/builtinsets.h"
#include "models/domain/labels.h"
#include "models/domain/specialtycodes.h"
#include "models/validation/directorycheck.h"
#include "models/validation/identifiers.h"
#include "ui/directory/fieldmessages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace concerto {

ProfessionalsPanel::ProfessionalsPanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("professionalsPanel"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name, RPPS or specialty"));
    m_filter->setClearButtonEnabled(true);
    left->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("professionalList"));
    left->addWidget(m_list, 1);
    auto *add = new QPushButton(tr("New professional"), this);
    needsRight(add, Action::EditDirectory);
    add->setObjectName(QStringLiteral("newProfessional"));
    left->addWidget(add);
    layout->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    auto *rppsBox = new QVBoxLayout;
    rppsBox->setSpacing(2);
    m_rpps = new QLineEdit(this);
    m_rpps->setObjectName(QStringLiteral("rpps"));
    m_rpps->setPlaceholderText(tr("11 digits"));
    m_rpps->setToolTip(tr("The RPPS number; its last digit (Luhn key) is checked as you type"));
    m_rpps->setMaxLength(14);
    rppsBox->addWidget(m_rpps);
    m_rppsMessage = makeFieldMessage(QStringLiteral("rppsMessage"), this);
    rppsBox->addWidget(m_rppsMessage);
    form->addRow(tr("RPPS"), rppsBox);
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    form->addRow(tr("Last name"), m_lastName);
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    form->addRow(tr("First name"), m_firstName);
    m_specialty = new QComboBox(this);
    m_specialty->setObjectName(QStringLiteral("specialty"));
    m_specialty->addItem(tr("Choose a specialty"), QString());
    for (const nomenclature::BuiltinEntry &e : nomenclature::specialties().entries())
        m_specialty->addItem(QStringLiteral("%1 — %2").arg(e.label, e.code), e.code);
    form->addRow(tr("Specialty"), m_specialty);
    m_establishment = new QComboBox(this);
    m_establishment->setObjectName(QStringLiteral("establishment"));
    form->addRow(tr("Establishment"), m_establishment);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    form->addRow(tr("Email"), m_email);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    form->addRow(tr("Phone"), m_phone);
    right->addLayout(form);
    m_errors = makeFieldMessage(QStringLiteral("professionalErrors"), this);
    right->addWidget(m_errors);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("Save the professional"), this);
    needsRight(m_save, Action::EditDirectory);
    m_save->setObjectName(QStringLiteral("saveProfessional"));
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    right->addStretch();
    layout->addLayout(right, 3);

    connect(add, &QPushButton::clicked, this, &ProfessionalsPanel::newProfessional);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_rpps, &QLineEdit::textChanged, this, &ProfessionalsPanel::rppsTyped);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfessionalsPanel::selectionChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &ProfessionalsPanel::filter);
    reload();
    newProfessional();
}

void ProfessionalsPanel::reload() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const StoreRead<std::vector<Professional>> all = m_services.directory().professionals();
    if (!all.ok()) {
        showFieldMessages(m_errors, {all.error});
        return;
    }
    for (const Professional &p : *all) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(p.displayName(), labels::specialty(p.specialty)), m_list);
        item->setData(Qt::UserRole, p.meta.id);
        item->setToolTip(tr("RPPS %1").arg(p.rpps));
        item->setData(Qt::UserRole + 1, p.rpps);
    }
    // The form keeps its establishment while the list is read again.
    const QUuid chosen = m_establishment->currentData().toUuid();
    m_establishment->clear();
    m_establishment->addItem(tr("Not given"), QUuid());
    const StoreRead<std::vector<Organisation>> orgs = m_services.directory().organisations();
    for (const Organisation &o : *orgs)
        if (o.kind == OrganisationKind::Establishment)
            m_establishment->addItem(o.name, o.meta.id);
    // Unread: the field is greyed and says why; the establishment shown is kept below.
    m_establishment->setEnabled(orgs.ok());
    m_establishment->setToolTip(orgs.ok() ? QString() : tr("The list could not be read: %1").arg(orgs.error));
    if (!chosen.isNull() && m_establishment->findData(chosen) < 0)
        m_establishment->addItem(tr("Unknown establishment"), chosen);
    m_establishment->setCurrentIndex(qMax(0, m_establishment->findData(chosen)));
    filter(m_filter->text());
}

void ProfessionalsPanel::filter(const QString &text) {
    const QString t = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!t.isEmpty() && !item->text().contains(t, Qt::CaseInsensitive) &&
                        !item->data(Qt::UserRole + 1).toString().startsWith(t));
    }
}

void ProfessionalsPanel::newProfessional() {
    m_list->setCurrentRow(-1);
    edit(Professional{});
    m_rpps->setFocus();
}

void ProfessionalsPanel::edit(const Professional &p) {
    m_current = p;
    m_rpps->setText(p.rpps);
    m_lastName->setText(p.lastName);
    m_firstName->setText(p.firstName);
    const QString code = nomenclature::nationalSpecialtyCode(p.specialty);
    if (!code.isEmpty() && m_specialty->findData(code) < 0)
        m_specialty->addItem(tr("%1 (not a national code)").arg(code), code);
    m_specialty->setCurrentIndex(qMax(0, m_specialty->findData(code)));
    if (!p.establishmentId.isNull() && m_establishment->findData(p.establishmentId) < 0)
        m_establishment->addItem(tr("Unknown establishment"), p.establishmentId);
    m_establishment->setCurrentIndex(qMax(0, m_establishment->findData(p.establishmentId)));
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    showFieldMessages(m_errors, {});
}

Professional ProfessionalsPanel::professional() const {
    Professional p = m_current;
    p.rpps = m_rpps->text().remove(QLatin1Char(' '));
    p.lastName = m_lastName->text().trimmed();
    p.firstName = m_firstName->text().trimmed();
    p.specialty = m_specialty->currentData().toString();
    p.establishmentId = m_establishment->currentData().toUuid();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    return p;
}

void ProfessionalsPanel::rppsTyped() {
    const QString digits = m_rpps->text().remove(QLatin1Char(' '));
    if (digits.isEmpty() || (digits.size() < 11 && validation::allDigits(digits))) {
        showFieldMessages(m_rppsMessage, {}); // still being typed
        return;
    }
    const validation::Check check = validation::checkRpps(digits);
    showFieldMessages(m_rppsMessage, check.messages);
}

bool ProfessionalsPanel::save(QString *error) {
    Professional p = professional();
    showFieldMessages(m_rppsMessage, validation::checkRpps(p.rpps).messages);
    // The directory service checks the record (and that the RPPS is nobody else's) before it writes.
    if (const StoreResult result = m_services.directory().saveProfessional(p); !result.ok) {
        showFieldMessages(m_errors, result.error.split(QLatin1Char('\n')));
        if (error)
            *error = result.error;
        return false;
    }
    reload();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toUuid() == p.meta.id)
            m_list->setCurrentRow(i);
    edit(p);
    return true;
}

void ProfessionalsPanel::selectionChanged() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const StoreRead<std::optional<Professional>> found =
        m_services.directory().professional(item->data(Qt::UserRole).toUuid());
    if (!found.ok()) {
        showFieldMessages(m_errors, {found.error});
        return;
    }
    if (found.value)
        edit(*found.value);
}

} // namespace concerto
