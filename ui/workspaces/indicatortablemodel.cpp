// The indicators' rows shown in a QTableView; the figures read as the CSV gives them, in the locale.
#include "ui/workspaces/indicatortablemodel.h"

#include <QFont>
#include <QLocale>

namespace concerto {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void IndicatorTableModel::setIndicators(const Indicators &indicators) {
    beginResetModel();
    m_rows = indicatorRows(indicators);
    endResetModel();
}

void IndicatorTableModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int IndicatorTableModel::rowOf(const QString &key) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const IndicatorRow &row = m_rows[std::size_t(index.row())];
    const bool firstOfSection =
        index.row() == 0 || m_rows[std::size_t(index.row() - 1)].section != row.section;
    if (role == KeyRole)
        return row.key;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::FontRole && index.column() == SectionColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case SectionColumn:
        return firstOfSection ? row.section : QString();
    case FigureColumn:
        return row.label;
    case ValueColumn:
        if (!row.value)
            return tr("n/a");
        return *row.value == qint64(*row.value) ? locale.toString(qint64(*row.value))
                                                : locale.toString(*row.value, 'f', 1);
    case PercentColumn:
        if (const std::optional<double> percent = row.percent())
            return tr("%1 %").arg(locale.toString(*percent, 'f', 1));
        return QString();
    case OfColumn:
        return row.denominator >= 0 ? locale.toString(row.denominator) : QString();
    default:
        return {};
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case FigureColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case PercentColumn:
        return tr("Share");
    case OfColumn:
        return tr("Of");
    default:
        return {};
    }
}

} // namespace concerto
