// Committees: list and editor side by side; a save reloads the list and keeps the committee selected.
#include "ui/directory/committeespanel.h"
#include "services/directoryservice.h"
#include "ui/screenrights.h"

#include "ui/directory/committeeeditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace concerto {

CommitteesPanel::CommitteesPanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    setObjectName(QStringLiteral("committeesPanel"));
    m_confirmDiscard = [this] {
        return QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("The committee has changes that are not saved. Drop them?")) ==
               QMessageBox::Yes;
    };
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(this);
    auto *leftBox = new QWidget(splitter);
    auto *left = new QVBoxLayout(leftBox);
    left->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(leftBox);
    m_list->setObjectName(QStringLiteral("committeeList"));
    left->addWidget(m_list, 1);
    auto *add = new QPushButton(tr("New committee"), leftBox);
    needsRight(add, Action::EditDirectory);
    add->setObjectName(QStringLiteral("newCommittee"));
    left->addWidget(add);
    splitter->addWidget(leftBox);

    auto *rightBox = new QWidget(splitter);
    auto *right = new QVBoxLayout(rightBox);
    right->setContentsMargins(0, 0, 0, 0);
    m_editor = new CommitteeEditor(services, rightBox);
    right->addWidget(m_editor, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("Revert"), rightBox);
    needsRight(m_revert, Action::EditDirectory);
    m_revert->setObjectName(QStringLiteral("revertCommittee"));
    m_save = new QPushButton(tr("Save the committee"), rightBox);
    needsRight(m_save, Action::EditDirectory);
    m_save->setObjectName(QStringLiteral("saveCommittee"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    splitter->addWidget(rightBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});
    layout->addWidget(splitter);

    connect(add, &QPushButton::clicked, this, &CommitteesPanel::newCommittee);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (!m_shown.isNull())
            select(m_shown);
        else
            m_editor->setRcp(Rcp{});
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CommitteesPanel::selectionChanged);
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommitteesPanel::reload() {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const StoreRead<std::vector<Rcp>> all = m_services.directory().committees();
    if (!all.ok()) {
        auto *item = new QListWidgetItem(all.error, m_list);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    const QLocale locale;
    for (const Rcp &r : *all) {
        auto *item = new QListWidgetItem(r.name, m_list);
        item->setData(Qt::UserRole, r.meta.id);
        item->setToolTip(tr("%1 at %2")
                             .arg(locale.standaloneDayName(qBound(1, r.schedule.weekday, 7)),
                                  r.schedule.start.toString(QStringLiteral("HH:mm"))));
        if (r.meta.id == m_shown)
            m_list->setCurrentItem(item);
    }
}

void CommitteesPanel::newCommittee() {
    if (m_editor->isDirty() && !m_confirmDiscard())
        return;
    m_shown = QUuid();
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_editor->setRcp(Rcp{});
}

bool CommitteesPanel::save(QString *error) {
    if (!m_editor->save(error))
        return false;
    m_shown = m_editor->rcp().meta.id;
    reload();
    return true;
}

void CommitteesPanel::select(const QUuid &id) {
    const StoreRead<std::optional<Rcp>> found = m_services.directory().committee(id);
    if (found.ok() && found.value) {
        m_shown = id;
        m_editor->setRcp(*found.value);
    }
}

void CommitteesPanel::selectionChanged() {
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    if (id == m_shown)
        return;
    if (m_editor->isDirty() && !m_confirmDiscard()) {
        // Stay on the committee being edited.
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toUuid() == m_shown)
                m_list->setCurrentRow(i);
        return;
    }
    select(id);
}

} // namespace concerto
