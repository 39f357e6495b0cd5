// The profile chooser: the profiles of this desktop in a list, a form for a new one below it.
#include "ui/profile/profiledialog.h"

#include "models/domain/labels.h"
#include "services/directorylists.h"
#include "services/services.h"
#include "ui/listerrors.h"
#include "ui/profile/userprofiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace concerto {

ProfileDialog::ProfileDialog(Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Who is working?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Changes, drafts and signatures are recorded under the profile chosen here; "
                                "its role decides what may be done."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_profiles = new QListWidget(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    const std::optional<Actor> current = userprofiles::current();
    for (const Actor &p : userprofiles::all()) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 — %2").arg(p.name, labels::role(*p.role)), m_profiles);
        item->setData(Qt::UserRole, p.name);
        if (current && current->name == p.name)
            m_profiles->setCurrentItem(item);
    }
    if (!m_profiles->currentItem() && m_profiles->count() > 0)
        m_profiles->setCurrentRow(0);
    m_profiles->setVisible(m_profiles->count() > 0);
    layout->addWidget(m_profiles);
    connect(m_profiles, &QListWidget::itemActivated, this, &ProfileDialog::accept);

    auto *box = new QGroupBox(tr("New profile"), this);
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("Dr Anne Martin"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name"), m_name);
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("profileRole"));
    for (Role role : kAllRoles)
        m_role->addItem(labels::role(role), roleCode(role));
    form->addRow(tr("&Role"), m_role);
    m_professional = new QComboBox(box);
    m_professional->setObjectName(QStringLiteral("profileProfessional"));
    m_professional->setToolTip(tr("The professional of the directory this person is: a coordinator signs "
                                  "as this professional, with the RPPS number of the directory"));
    form->addRow(tr("&Professional"), m_professional);
    layout->addWidget(box);
    fillProfessionals();
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, &ProfileDialog::fillProfessionals);
    connect(m_professional, &QComboBox::activated, this, [this] {
        if (m_name->text().trimmed().isEmpty() && m_professional->currentIndex() > 0)
            m_name->setText(m_professional->currentText());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Work as this person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    layout->addWidget(buttons);
    (m_profiles->count() > 0 ? static_cast<QWidget *>(m_profiles) : m_name)->setFocus();
}

void ProfileDialog::fillProfessionals() {
    const QUuid chosen = m_professional->currentData().toUuid();
    m_professional->clear();
    m_professional->addItem(tr("None"), QUuid());
    const StoreRead<std::vector<Professional>> &people = m_services.directoryLists().professionals();
    for (const Professional &p : *people)
        m_professional->addItem(p.displayName(), p.meta.id);
    m_professional->setCurrentIndex(std::max(0, m_professional->findData(chosen)));
    sayIfUnread(m_professional, people.error);
}

std::optional<Actor> ProfileDialog::formProfile(QString *error) const {
    Actor p;
    p.name = m_name->text().simplified();
    if (p.name.isEmpty())
        return std::nullopt;
    p.role = roleFromCode(m_role->currentData().toString());
    p.professionalId = m_professional->currentData().toUuid();
    for (const Professional &pro : *m_services.directoryLists().professionals())
        if (pro.meta.id == p.professionalId)
            p.rpps = pro.rpps;
    if (p.role == Role::Coordinator && p.professionalId.isNull())
        *error = tr("A coordinator signs as a professional of the directory: choose which one.");
    return p;
}

void ProfileDialog::accept() {
    QString error;
    std::optional<Actor> made = formProfile(&error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    if (made) {
        userprofiles::save(*made);
        m_chosen = *made;
    } else if (QListWidgetItem *item = m_profiles->currentItem()) {
        const QString name = item->data(Qt::UserRole).toString();
        for (const Actor &p : userprofiles::all())
            if (p.name == name)
                m_chosen = p;
    } else {
        m_error->setText(tr("Type your name to make your profile."));
        m_name->setFocus();
        return;
    }
    userprofiles::setCurrent(m_chosen.name);
    QDialog::accept();
}

} // namespace concerto
