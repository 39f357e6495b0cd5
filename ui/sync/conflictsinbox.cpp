// Conflicts list on top, the selected conflict's fields below, the three ways to settle it at the bottom.
#include "ui/sync/conflictsinbox.h"

#include "services/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concerto {

namespace {

QString when(const QDateTime &at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QTableWidgetItem *cell(const QString &text) {
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

ConflictsInbox::ConflictsInbox(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_list = new QTableWidget(0, 4, this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setHorizontalHeaderLabels({tr("Kind"), tr("Record"), tr("Why"), tr("Found")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setMaximumHeight(110);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ConflictsInbox::showSelected);
    layout->addWidget(m_list);

    auto *sidesRow = new QHBoxLayout;
    m_sides = new QLabel(this);
    m_sides->setWordWrap(true);
    sidesRow->addWidget(m_sides, 1);
    m_allFields = new QCheckBox(tr("Show unchanged fields"), this);
    connect(m_allFields, &QCheckBox::toggled, this, &ConflictsInbox::showSelected);
    sidesRow->addWidget(m_allFields);
    layout->addLayout(sidesRow);

    m_fields = new QTableWidget(0, 5, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels(
        {tr("Field"), tr("Base (last synchronised)"), tr("Server"), tr("This computer"), tr("Keep")});
    m_fields->verticalHeader()->hide();
    for (int c = 1; c <= 3; ++c)
        m_fields->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    m_fields->setMinimumHeight(150);
    layout->addWidget(m_fields, 1);

    auto *buttons = new QHBoxLayout;
    m_keepServer = new QPushButton(tr("Keep the server's version"), this);
    m_keepMine = new QPushButton(tr("Keep this computer's version"), this);
    m_apply = new QPushButton(tr("Apply the choices"), this);
    m_apply->setToolTip(tr("Keeps, field by field, the side chosen in the last column; sent at the next "
                           "synchronisation"));
    connect(m_keepServer, &QPushButton::clicked, this, [this] {
        settle([this](const ConflictView &c) { return m_services.conflicts().keepServer(c); });
    });
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { settle([this](const ConflictView &c) { return m_services.conflicts().keepMine(c); }); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const std::map<QString, ConflictSide> chosen = choices();
        settle([this, chosen](const ConflictView &c) { return m_services.conflicts().settle(c, chosen); });
    });
    buttons->addWidget(m_keepServer);
    buttons->addWidget(m_keepMine);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);
    refresh();
}

void ConflictsInbox::refresh() {
    const qint64 keep = selected() ? selected()->seq : 0;
    const StoreRead<std::vector<ConflictView>> open = m_services.conflicts().open();
    m_error->setVisible(!open.ok());
    m_error->setText(open.ok() ? QString() : tr("The conflicts could not be read: %1").arg(open.error));
    m_conflicts = open.ok() ? *open : std::vector<ConflictView>{};
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(m_conflicts.size()));
    int row = 0;
    for (const ConflictView &c : m_conflicts) {
        m_list->setItem(row, 0, cell(c.kind));
        m_list->setItem(row, 1, cell(c.record));
        m_list->setItem(row, 2, cell(c.reason));
        m_list->setItem(row, 3, cell(when(c.foundAt)));
        if (c.seq == keep)
            m_list->selectRow(row);
        ++row;
    }
    if (!m_conflicts.empty() && m_list->selectedItems().isEmpty())
        m_list->selectRow(0);
    showSelected();
}

const ConflictView *ConflictsInbox::selected() const {
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < int(m_conflicts.size()) ? &m_conflicts[size_t(row)] : nullptr;
}

void ConflictsInbox::showSelected() {
    const ConflictView *c = selected();
    m_fields->setRowCount(0);
    m_keepServer->setEnabled(c && c->fieldByField);
    m_keepMine->setEnabled(c && c->fieldByField);
    m_apply->setEnabled(false);
    if (!c) {
        m_sides->setText(m_conflicts.empty() ? tr("No conflict: every change was settled.") : QString());
        return;
    }
    auto side = [](const QString &who, const QDateTime &at, bool deleted) {
        return deleted ? tr("deleted by %1 on %2").arg(who, when(at))
                       : tr("changed by %1 on %2").arg(who, when(at));
    };
    QString text = tr("Server: %1. This computer: %2.")
                       .arg(side(c->serverBy, c->serverAt, c->serverDeleted),
                            side(c->mineBy, c->mineAt, c->mineDeleted));
    if (!c->fieldByField)
        text +=
            QLatin1Char(' ') + tr("This kind of conflict is settled by the coordinator on the server; both "
                                  "versions are kept until then.");
    m_sides->setText(text);
    for (const ConflictField &f : c->fields) {
        if (!f.differs() && !m_allFields->isChecked())
            continue;
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto *label = cell(SyncConflictService::fieldLabel(f.path));
        label->setData(Qt::UserRole, f.path);
        m_fields->setItem(row, 0, label);
        m_fields->setItem(row, 1, cell(c->hasBase ? conflictValueText(f.base) : tr("(none)")));
        m_fields->setItem(row, 2, cell(conflictValueText(f.theirs)));
        m_fields->setItem(row, 3, cell(conflictValueText(f.mine)));
        if (!f.differs() || !c->fieldByField)
            continue;
        auto *choice = new QComboBox(m_fields);
        choice->addItem(tr("Choose…"), int(ConflictSide::Unchosen));
        choice->addItem(tr("Server"), int(ConflictSide::Server));
        choice->addItem(tr("This computer"), int(ConflictSide::Mine));
        if (c->hasBase)
            choice->addItem(tr("Base"), int(ConflictSide::Base));
        choice->setCurrentIndex(choice->findData(int(f.suggested)));
        const bool both = f.suggested == ConflictSide::Unchosen;
        for (int col = 0; col < 4; ++col)
            if (both)
                m_fields->item(row, col)->setBackground(QColor(0xfd, 0xec, 0xc8));
        connect(choice, &QComboBox::currentIndexChanged, this, &ConflictsInbox::updateApply);
        m_fields->setCellWidget(row, 4, choice);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->resizeColumnToContents(4);
    updateApply();
}

std::map<QString, ConflictSide> ConflictsInbox::choices() const {
    std::map<QString, ConflictSide> chosen;
    for (int row = 0; row < m_fields->rowCount(); ++row)
        if (auto *choice = qobject_cast<QComboBox *>(m_fields->cellWidget(row, 4)))
            chosen[m_fields->item(row, 0)->data(Qt::UserRole).toString()] =
                ConflictSide(choice->currentData().toInt());
    return chosen;
}

void ConflictsInbox::updateApply() {
    const ConflictView *c = selected();
    bool complete = c && c->fieldByField;
    for (const auto &[path, side] : choices())
        complete = complete && side != ConflictSide::Unchosen;
    m_apply->setEnabled(complete);
}

void ConflictsInbox::settle(const std::function<StoreResult(const ConflictView &)> &how) {
    const ConflictView *c = selected();
    if (!c)
        return;
    if (StoreResult r = how(*c); !r) {
        QMessageBox::warning(this, tr("Conflict not settled"), r.error);
        refresh();
        return;
    }
    refresh();
    Q_EMIT settled();
}

} // namespace concerto
