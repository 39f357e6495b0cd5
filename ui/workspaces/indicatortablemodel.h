// The activity indicators as a table (figure, value, percentage, of what): the rows of indicatorRows(),
// numbers in the user's locale, each section opened by a row of its own (its title, in bold).
#pragma once

#include "reports/indicatorrows.h"

#include <QAbstractTableModel>

namespace concerto {

class IndicatorTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FigureColumn, ValueColumn, PercentColumn, OfColumn, ColumnCount };
    // Role of the row's stable key ("sessions", "organ:86762007").
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setIndicators(const Indicators &indicators);
    void clear();
    // The row of a key, -1 when there is none.
    int rowOf(const QString &key) const;
    // Whether the row is a section's title.
    bool isSectionRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        bool section = false; // a section's title: row.section only
        IndicatorRow row;
    };
    std::vector<Line> m_lines;
};

} // namespace concerto
