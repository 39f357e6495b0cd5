// Four small charts in a grid; each is rebuilt from the slices of a distribution.
#include "ui/workspaces/indicatorcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace concerto {

namespace {

const QColor kBarColour(0x2f, 0x6f, 0xa8);

QChartView *makeView(QWidget *parent) {
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    view->setChart(chart);
    return view;
}

// A category's name as an axis shows it: capitalised, at most 26 characters (the axis elides longer
// names to nothing), and with its '<' escaped (axis labels are rich text).
QString axisLabel(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (text.size() > 26)
        text = text.left(25).trimmed() + QChar(0x2026);
    return text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
}

QFont smaller(QFont font) {
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.0));
    return font;
}

void resetChart(QChart *chart, const QString &title) {
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(std::max(9.0, font.pointSizeF()));
    chart->setTitleFont(font);
    chart->setTitle(title);
}

// A bar per slice (horizontal bars when the labels are long), with a value axis in whole numbers.
// `shortLabels`: the slices' keys name the bars ("40-49"), their labels being too long under a bar.
void showBars(QChartView *view, const QString &title, const std::vector<IndicatorSlice> &slices,
              bool horizontal, bool shortLabels = false) {
    QChart *chart = view->chart();
    resetChart(chart, title);
    auto *set = new QBarSet(title);
    set->setColor(kBarColour);
    set->setBorderColor(kBarColour);
    QStringList categories;
    int highest = 0;
    // Horizontal bars read from the top: the first slice is put last.
    std::vector<IndicatorSlice> ordered = slices;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end());
    for (const IndicatorSlice &s : ordered) {
        *set << s.count;
        categories << axisLabel(shortLabels && !s.key.isEmpty() ? s.key : s.label);
        highest = std::max(highest, s.count);
    }
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(smaller(categoryAxis->labelsFont()));
    auto *valueAxis = new QValueAxis;
    valueAxis->setLabelsFont(smaller(valueAxis->labelsFont()));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setRange(0, std::max(1, highest));
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
}

void showPie(QChartView *view, const QString &title, const std::vector<IndicatorSlice> &slices) {
    QChart *chart = view->chart();
    resetChart(chart, title);
    auto *series = new QPieSeries;
    int total = 0;
    for (const IndicatorSlice &s : slices)
        total += s.count;
    const QLocale locale;
    const QColor colours[] = {QColor(0xc0, 0x4b, 0x7a), kBarColour, QColor(0x9a, 0x9a, 0x9a),
                              QColor(0xd0, 0xd0, 0xd0)};
    int i = 0;
    for (const IndicatorSlice &s : slices) {
        const double percent = total ? 100.0 * s.count / total : 0.0;
        QPieSlice *slice = series->append(
            IndicatorCharts::tr("%1: %2 %").arg(s.label, locale.toString(percent, 'f', 0)), s.count);
        slice->setColor(colours[std::min(i++, 3)]);
    }
    // The names go to the legend under the pie: labels around a small pie are cut.
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smaller(chart->legend()->font()));
    chart->legend()->setVisible(!slices.empty());
    series->setPieSize(0.9);
    chart->addSeries(series);
}

} // namespace

IndicatorCharts::IndicatorCharts(QWidget *parent)
    : QWidget(parent) {
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    m_organ = makeView(this);
    m_age = makeView(this);
    m_sex = makeView(this);
    m_who = makeView(this);
    grid->addWidget(m_organ, 0, 0, 1, 2);
    grid->addWidget(m_age, 1, 0);
    grid->addWidget(m_sex, 1, 1);
    grid->addWidget(m_who, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 3); // the age bands need the room more than the pie
    grid->setColumnStretch(1, 2);
    clear();
}

void IndicatorCharts::setIndicators(const Indicators &in) {
    showBars(m_organ, tr("Fiches by organ"), in.byOrgan, true);
    showBars(m_age, tr("By age at the meeting"), in.byAge, false, true);
    showPie(m_sex, tr("By sex"), in.bySex);
    showBars(m_who, tr("By WHO performance status"), in.byWhoStatus, false);
}

void IndicatorCharts::clear() {
    setIndicators(Indicators{});
}

QList<QChart *> IndicatorCharts::charts() const {
    return {m_organ->chart(), m_age->chart(), m_sex->chart(), m_who->chart()};
}

} // namespace concerto
