// The guest dialog: a known professional chosen by typing, or a person without RPPS described in full.
#include "ui/meeting/guestdialog.h"

#include "models/domain/builtinsets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace concerto {

GuestDialog::GuestDialog(const std::vector<Professional> &professionals, QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Add a guest"));
    auto *layout = new QVBoxLayout(this);

    m_known = new QRadioButton(tr("A professional of the &directory"), this);
    m_known->setChecked(true);
    layout->addWidget(m_known);
    m_professional = new QComboBox(this);
    m_professional->setObjectName(QStringLiteral("professional"));
    m_professional->setEditable(true);
    m_professional->setInsertPolicy(QComboBox::NoInsert);
    for (const Professional &p : professionals)
        m_professional->addItem(QStringLiteral("%1 — %2").arg(p.displayName(), p.rpps), p.meta.id);
    m_professional->setCurrentIndex(-1);
    m_professional->lineEdit()->setPlaceholderText(tr("Type a name or an RPPS number"));
    m_professional->completer()->setFilterMode(Qt::MatchContains);
    m_professional->completer()->setCompletionMode(QCompleter::PopupCompletion);
    layout->addWidget(m_professional);

    m_unknown = new QRadioButton(tr("Someone &without RPPS"), this);
    layout->addWidget(m_unknown);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("guestName"));
    m_name->setPlaceholderText(tr("Dr Claire Petit"));
    form->addRow(tr("&Name"), m_name);
    m_specialty = new QComboBox(this);
    m_specialty->setObjectName(QStringLiteral("guestSpecialty"));
    m_specialty->addItem(tr("Choose a specialty"), QString());
    for (const nomenclature::BuiltinEntry &e : nomenclature::specialties().entries())
        m_specialty->addItem(QStringLiteral("%1 — %2").arg(e.label, e.code), e.code);
    form->addRow(tr("&Specialty"), m_specialty);
    m_organisation = new QLineEdit(this);
    m_organisation->setObjectName(QStringLiteral("guestOrganisation"));
    m_organisation->setPlaceholderText(tr("Hospital or practice"));
    form->addRow(tr("&Organisation"), m_organisation);
    layout->addLayout(form);

    m_remote = new QCheckBox(tr("Takes part &remotely (video conference)"), this);
    layout->addWidget(m_remote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GuestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GuestDialog::reject);
    layout->addWidget(buttons);

    connect(m_known, &QRadioButton::toggled, this, &GuestDialog::updateMode);
    updateMode();
    m_professional->setFocus();
}

void GuestDialog::updateMode() {
    const bool known = m_known->isChecked();
    m_professional->setEnabled(known);
    m_name->setEnabled(!known);
    m_specialty->setEnabled(!known);
    m_organisation->setEnabled(!known);
}

Attendance GuestDialog::guest() const {
    Attendance a;
    a.guest = true;
    a.remote = m_remote->isChecked();
    if (m_known->isChecked()) {
        const int at = m_professional->findText(m_professional->currentText());
        if (at >= 0)
            a.professionalId = m_professional->itemData(at).toUuid();
    } else {
        a.guestName = m_name->text().trimmed();
        a.specialty = m_specialty->currentData().toString();
        a.guestOrganisation = m_organisation->text().trimmed();
    }
    return a;
}

void GuestDialog::accept() {
    const Attendance a = guest();
    QString error;
    if (m_known->isChecked() && a.professionalId.isNull())
        error =
            tr("Choose the professional in the list (by name or RPPS), or describe someone without RPPS.");
    else if (m_unknown->isChecked() &&
             (a.guestName.isEmpty() || a.specialty.isEmpty() || a.guestOrganisation.isEmpty()))
        error = tr("A guest without RPPS needs a name, a specialty and an organisation.");
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace concerto
