// Title bar and shared building blocks of the workspaces.
#include "ui/workspaces/workspace.h"
#include "models/itemmodels/storelistmodel.h"
#include "ui/uilog.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concerto {

Workspace::Workspace(Services &services, const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(title) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("workspaceTitle"));
    QFont f = titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    titleLabel->setFont(f);
    layout->addWidget(titleLabel);
    auto *explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(QStringLiteral("workspaceExplanation"));
    explanationLabel->setWordWrap(true);
    layout->addWidget(explanationLabel);
    layout->addSpacing(8);
    m_content = new QVBoxLayout;
    m_content->setSpacing(10);
    layout->addLayout(m_content, 1);
}

QWidget *Workspace::makeTile(const QString &label, QLabel **value, QWidget *parent) {
    auto *tile = new QWidget(parent);
    tile->setObjectName(QStringLiteral("tile"));
    tile->setAttribute(Qt::WA_StyledBackground);
    tile->setMinimumWidth(170);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *figure = new QLabel(QStringLiteral("0"), tile);
    figure->setObjectName(QStringLiteral("tileValue"));
    QFont f = figure->font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    figure->setFont(f);
    auto *caption = new QLabel(label, tile);
    caption->setObjectName(QStringLiteral("tileLabel"));
    caption->setWordWrap(true);
    layout->addWidget(figure);
    layout->addWidget(caption);
    if (value)
        *value = figure;
    return tile;
}

void Workspace::setUpTable(QTableView *table) {
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
}

QLabel *Workspace::makeBadge(const QString &text, const QColor &colour, QWidget *parent) {
    auto *badge = new QLabel(text, parent);
    badge->setObjectName(QStringLiteral("badge"));
    badge->setStyleSheet(QStringLiteral("background: %1;").arg(colour.name()));
    badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return badge;
}

QLabel *Workspace::makeErrorBanner(QWidget *parent) {
    auto *banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("errorBanner"));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner->setStyleSheet(
        QStringLiteral("QLabel#errorBanner { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39b;"
                       " border-radius: 4px; padding: 8px 12px; }"));
    banner->hide();
    return banner;
}

void Workspace::showErrorsOf(StoreListModel *model, QLabel *banner, QAbstractItemView *view) {
    auto show = [model, banner, view](const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcUi) << "a list could not be read whole:" << model->metaObject()->className();
        banner->setText(error.isEmpty() ? QString() : tr("This list is incomplete: %1").arg(error));
        banner->setVisible(!error.isEmpty());
        view->setEnabled(error.isEmpty());
    };
    QObject::connect(model, &StoreListModel::errorChanged, banner, show);
    show(model->errorText());
}

void Workspace::showCasesUnreadable(QTreeWidget *tree, const QString &error) {
    tree->clear();
    auto *item = new QTreeWidgetItem(tree);
    item->setText(0, tr("The cases could not be read: %1").arg(error));
    item->setToolTip(0, item->text(0));
    item->setFirstColumnSpanned(true);
    item->setForeground(0, QColor(0x8a, 0x1c, 0x12)); // the error banner's red
}

QWidget *Workspace::makeComingSoon(const QString &heading, const QStringList &items, QWidget *parent) {
    auto *panel = new QWidget(parent);
    panel->setObjectName(QStringLiteral("comingSoon"));
    panel->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(18, 14, 18, 14);
    auto *title = new QLabel(heading, panel);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    QString list;
    for (const QString &item : items)
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    auto *body = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(list), panel);
    body->setTextFormat(Qt::RichText);
    body->setWordWrap(true);
    body->setObjectName(QStringLiteral("workspaceExplanation"));
    layout->addWidget(body);
    panel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return panel;
}

} // namespace concerto
