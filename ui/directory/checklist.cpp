// The ticked list with its filter; the value of each line is kept in Qt::UserRole.
#include "ui/directory/checklist.h"

#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace concerto {

CheckList::CheckList(const QString &objectName, QWidget *parent)
    : QWidget(parent) {
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list = new QListWidget(this);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    layout->addWidget(m_list, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &CheckList::filter);
    connect(m_list, &QListWidget::itemChanged, this, &CheckList::changed);
}

void CheckList::setEntries(const std::vector<std::pair<QString, QString>> &entries) {
    const QStringList before = ticked();
    m_entries = entries;
    setTicked(before, QStringLiteral("%1"));
}

void CheckList::setTicked(const QStringList &values, const QString &unknownLabel) {
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto add = [this](const QString &value, const QString &label, bool ticked) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, value);
        item->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
    };
    for (const QString &value : values) {
        const bool known = std::any_of(m_entries.begin(), m_entries.end(),
                                       [&value](const auto &e) { return e.first == value; });
        if (!known)
            add(value, unknownLabel.arg(value), true);
    }
    // The ticked entries first, so that what the record holds is seen without scrolling.
    for (const bool ticked : {true, false})
        for (const auto &[value, label] : m_entries)
            if (values.contains(value) == ticked)
                add(value, label, ticked);
    filter(m_filter->text());
}

QStringList CheckList::ticked() const {
    QStringList checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked << m_list->item(i)->data(Qt::UserRole).toString();
    QStringList values; // unknown ones first, then the entries' order
    for (const QString &value : checked)
        if (std::none_of(m_entries.begin(), m_entries.end(),
                         [&value](const auto &e) { return e.first == value; }))
            values << value;
    for (const auto &entry : m_entries)
        if (checked.contains(entry.first))
            values << entry.first;
    return values;
}

void CheckList::setTicked(const QString &value, bool ticked) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == value)
            m_list->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void CheckList::filter(const QString &text) {
    const QString t = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!t.isEmpty() && item->checkState() != Qt::Checked &&
                        !item->text().contains(t, Qt::CaseInsensitive));
    }
}

} // namespace concerto
