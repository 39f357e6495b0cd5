// The indicators' rows shown in a QTableView; the figures read as the CSV gives them, in the locale.
#include "ui/workspaces/indicatortablemodel.h"

#include <QFont>
#include <QLocale>

namespace concerto {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void IndicatorTableModel::setIndicators(const Indicators &indicators) {
    beginResetModel();
    m_lines.clear();
    for (IndicatorRow &row : indicatorRows(indicators)) {
        if (m_lines.empty() || m_lines.back().row.section != row.section)
            m_lines.push_back({true, {row.section, QString(), row.section, std::nullopt, -1}});
        m_lines.push_back({false, std::move(row)});
    }
    endResetModel();
}

void IndicatorTableModel::clear() {
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int IndicatorTableModel::rowOf(const QString &key) const {
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (!m_lines[i].section && m_lines[i].row.key == key)
            return int(i);
    return -1;
}

bool IndicatorTableModel::isSectionRow(int row) const {
    return row >= 0 && row < int(m_lines.size()) && m_lines[std::size_t(row)].section;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= int(m_lines.size()))
        return {};
    const Line &line = m_lines[std::size_t(index.row())];
    const IndicatorRow &row = line.row;
    if (role == KeyRole)
        return row.key;
    if (line.section) {
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return role == Qt::DisplayRole && index.column() == FigureColumn ? QVariant(row.section) : QVariant();
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
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
