// The side-by-side table: trait, left identity, right identity; differing rows on a warm background
// with the values in bold, so that a one-letter difference in a name is seen.
#include "ui/identity/identitycomparison.h"

#include "models/identity/identityfields.h"

#include <QHeaderView>

namespace concerto {

IdentityComparison::IdentityComparison(QWidget *parent)
    : QTableWidget(parent) {
    setObjectName(QStringLiteral("identityComparison"));
    setColumnCount(3);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    // One line a trait (the whole value in its tooltip): rows sized before the table has its width
    // would wrap into tall rows.
    setWordWrap(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void IdentityComparison::compare(const Patient &left, const QString &leftHeading, const Patient &right,
                                 const QString &rightHeading) {
    const std::vector<identity::TraitRow> rows = identity::compareIdentities(left, right);
    clear();
    setHorizontalHeaderLabels({tr("Trait"), leftHeading, rightHeading});
    setRowCount(int(rows.size()));
    m_differences = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        const identity::TraitRow &row = rows[std::size_t(r)];
        const QString texts[3] = {row.label, row.left.isEmpty() ? QStringLiteral("—") : row.left,
                                  row.right.isEmpty() ? QStringLiteral("—") : row.right};
        for (int c = 0; c < 3; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            item->setToolTip(texts[c]);
            if (row.differs) {
                item->setBackground(differenceColour());
                if (c > 0) {
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            }
            item->setData(Qt::UserRole, row.differs);
            setItem(r, c, item);
        }
        if (row.differs)
            ++m_differences;
    }
}

} // namespace concerto
