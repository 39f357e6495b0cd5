// Charts of the activity indicators (Qt Charts): fiches by organ, by age band at the meeting, by sex
// and by WHO performance status, each from the distributions of Indicators.
#pragma once

#include "reports/indicators.h"

#include <QWidget>

class QChart;
class QChartView;

namespace concerto {

class IndicatorCharts final : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorCharts(QWidget *parent = nullptr);
    void setIndicators(const Indicators &indicators);
    void clear();

    // The charts, for tests: organ, age, sex, WHO status.
    QList<QChart *> charts() const;

private:
    QChartView *m_organ = nullptr;
    QChartView *m_age = nullptr;
    QChartView *m_sex = nullptr;
    QChartView *m_who = nullptr;
};

} // namespace concerto
