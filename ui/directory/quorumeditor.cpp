// The quorum form: groups on the left (names edited in place), the national specialties on the right,
// ticked for the selected group, with a filter; a code of the group that is not in the national list
// stays at the top of the list, ticked, so that nothing is lost.
#include "ui/directory/quorumeditor.h"

#include "models/domain/builtinsets.h"
#include "models/domain/labels.h"
#include "models/validation/rcpcheck.h"
#include "ui/directory/fieldmessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concerto {

QuorumEditor::QuorumEditor(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *lists = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Required specialty groups"), this));
    m_groups = new QListWidget(this);
    m_groups->setObjectName(QStringLiteral("quorumGroups"));
    m_groups->setToolTip(
        tr("Each group must be covered by a different physician present; double-click to rename"));
    left->addWidget(m_groups, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a group"), this);
    add->setObjectName(QStringLiteral("addQuorumGroup"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeQuorumGroup"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    left->addLayout(buttons);
    lists->addLayout(left, 2);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Specialties that satisfy the selected group"), this));
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: oncologie, SM36…"));
    m_filter->setClearButtonEnabled(true);
    right->addWidget(m_filter);
    m_specialties = new QListWidget(this);
    m_specialties->setObjectName(QStringLiteral("quorumSpecialties"));
    right->addWidget(m_specialties, 1);
    lists->addLayout(right, 3);
    layout->addLayout(lists, 1);
    m_groupsMessage = makeFieldMessage(QStringLiteral("quorumGroupsMessage"), this);
    layout->addWidget(m_groupsMessage);

    auto *minimumRow = new QHBoxLayout;
    minimumRow->addWidget(new QLabel(tr("Minimum of distinct specialties"), this));
    m_minimum = new QSpinBox(this);
    m_minimum->setObjectName(QStringLiteral("quorumMinimum"));
    m_minimum->setRange(0, 12);
    minimumRow->addWidget(m_minimum);
    m_capacity = new QLabel(this);
    m_capacity->setObjectName(QStringLiteral("workspaceExplanation"));
    minimumRow->addWidget(m_capacity, 1);
    layout->addLayout(minimumRow);
    m_minimumMessage = makeFieldMessage(QStringLiteral("quorumMinimumMessage"), this);
    layout->addWidget(m_minimumMessage);

    connect(add, &QPushButton::clicked, this, [this] { addGroup(tr("New group")); });
    connect(m_remove, &QPushButton::clicked, this, &QuorumEditor::removeSelectedGroup);
    connect(m_groups, &QListWidget::currentRowChanged, this, &QuorumEditor::groupSelected);
    connect(m_groups, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int row = m_groups->row(item);
        if (row >= 0 && row < int(m_rule.requiredGroups.size())) {
            m_rule.requiredGroups[std::size_t(row)].label = item->text().trimmed();
            Q_EMIT changed();
        }
    });
    connect(m_specialties, &QListWidget::itemChanged, this, &QuorumEditor::specialtyToggled);
    connect(m_filter, &QLineEdit::textChanged, this, &QuorumEditor::filterSpecialties);
    connect(m_minimum, &QSpinBox::valueChanged, this, [this](int value) {
        m_rule.minimumSpecialties = value;
        updateCapacity();
        Q_EMIT changed();
    });
    setRule(QuorumRule{});
}

void QuorumEditor::setRule(const QuorumRule &rule) {
    m_rule = rule;
    m_current = -1;
    const QSignalBlocker blockGroups(m_groups);
    const QSignalBlocker blockMinimum(m_minimum);
    m_groups->clear();
    for (const SpecialtyGroup &g : m_rule.requiredGroups) {
        auto *item = new QListWidgetItem(g.label, m_groups);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_minimum->setValue(m_rule.minimumSpecialties);
    if (m_groups->count() > 0)
        m_groups->setCurrentRow(0);
    groupSelected();
    updateCapacity();
}

QuorumRule QuorumEditor::rule() const {
    return m_rule;
}

void QuorumEditor::showFaults(const QStringList &groups, const QStringList &minimum) {
    showFieldMessages(m_groupsMessage, groups);
    showFieldMessages(m_minimumMessage, minimum);
}

void QuorumEditor::addGroup(const QString &label) {
    m_rule.requiredGroups.push_back({label, {}});
    {
        const QSignalBlocker blocker(m_groups);
        auto *item = new QListWidgetItem(label, m_groups);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_groups->setCurrentRow(m_groups->count() - 1);
    groupSelected();
    updateCapacity();
    Q_EMIT changed();
}

void QuorumEditor::removeSelectedGroup() {
    const int row = m_groups->currentRow();
    if (row < 0 || row >= int(m_rule.requiredGroups.size()))
        return;
    m_rule.requiredGroups.erase(m_rule.requiredGroups.begin() + row);
    {
        const QSignalBlocker blocker(m_groups);
        delete m_groups->takeItem(row);
    }
    groupSelected();
    updateCapacity();
    Q_EMIT changed();
}

void QuorumEditor::groupSelected() {
    m_current = m_groups->currentRow();
    const bool any = m_current >= 0 && m_current < int(m_rule.requiredGroups.size());
    m_remove->setEnabled(any);
    m_specialties->setEnabled(any);
    const QSignalBlocker blocker(m_specialties);
    m_specialties->clear();
    if (!any)
        return;
    const QStringList ticked = m_rule.requiredGroups[std::size_t(m_current)].specialties;
    // Codes of the group that are not national ones first, ticked: kept as they are.
    for (const QString &code : ticked)
        if (!nomenclature::specialties().contains(code)) {
            auto *item = new QListWidgetItem(tr("%1 (not a national code)").arg(code), m_specialties);
            item->setData(Qt::UserRole, code);
            item->setCheckState(Qt::Checked);
        }
    // The group's specialties first, then the others.
    for (const bool isTicked : {true, false})
        for (const nomenclature::BuiltinEntry &e : nomenclature::specialties().entries()) {
            if (ticked.contains(e.code) != isTicked)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.code, e.label), m_specialties);
            item->setData(Qt::UserRole, e.code);
            item->setCheckState(isTicked ? Qt::Checked : Qt::Unchecked);
        }
    filterSpecialties(m_filter->text());
}

void QuorumEditor::setSpecialtyTicked(const QString &code, bool ticked) {
    for (int i = 0; i < m_specialties->count(); ++i)
        if (m_specialties->item(i)->data(Qt::UserRole).toString() == code)
            m_specialties->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void QuorumEditor::specialtyToggled(QListWidgetItem *item) {
    if (m_current < 0 || m_current >= int(m_rule.requiredGroups.size()))
        return;
    QStringList &codes = m_rule.requiredGroups[std::size_t(m_current)].specialties;
    const QString code = item->data(Qt::UserRole).toString();
    codes.removeAll(code);
    if (item->checkState() == Qt::Checked)
        codes.append(code);
    updateCapacity();
    Q_EMIT changed();
}

void QuorumEditor::filterSpecialties(const QString &text) {
    for (int i = 0; i < m_specialties->count(); ++i) {
        QListWidgetItem *item = m_specialties->item(i);
        item->setHidden(!text.trimmed().isEmpty() && item->checkState() != Qt::Checked &&
                        !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void QuorumEditor::updateCapacity() {
    m_capacity->setText(tr("the groups can give %Ln distinct specialty(ies)", nullptr,
                           validation::specialtiesGroupsCanGive(m_rule)));
}

} // namespace concerto
