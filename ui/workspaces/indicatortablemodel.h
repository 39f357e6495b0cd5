// The activity indicators as a table (section, figure, value, percentage, of what): the rows of
// indicatorRows(), numbers in the user's locale. The section is written on the first row of each.
#pragma once

#include "reports/indicatorrows.h"

#include <QAbstractTableModel>

namespace concerto {

class IndicatorTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SectionColumn, FigureColumn, ValueColumn, PercentColumn, OfColumn, ColumnCount };
    // Role of the row's stable key ("sessions", "organ:86762007").
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setIndicators(const Indicators &indicators);
    void clear();
    // The row of a key, -1 when there is none.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<IndicatorRow> m_rows;
};

} // namespace concerto
