// The Statistics workspace: the activity indicators (reports/indicators.h) of a period, 3C, committee and
// organ, as a table and as charts, exported to CSV as shown. The indicator service computes them in the
// background, so the window never waits for it (nor when it closes); a filter changed meanwhile is
// computed as soon as the running one ends, and only the latest answer is shown.
#pragma once

#include "services/indicatorservice.h"
#include "ui/workspaces/workspace.h"

#include <QFutureWatcher>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace concerto {

class IndicatorCharts;
class IndicatorTableModel;

class StatisticsWorkspace final : public Workspace {
    Q_OBJECT
public:
    // What computes the indicators in the background (a test seam); the indicator service's own unless
    // replaced.
    using Computation = IndicatorService::Computation;

    explicit StatisticsWorkspace(Services &services, QWidget *parent = nullptr);

    // Reloads the directory's 3C and committees and computes the figures again (without waiting).
    void refresh() override;

    // The filter the bar shows.
    IndicatorFilter filter() const;
    // Shows `filter` in the bar and computes its figures.
    void setFilter(const IndicatorFilter &filter);
    // Whether figures are being computed: from a filter change until its figures (or error) are shown.
    bool isComputing() const;
    // The figure of a key ("fiches", "organ:86762007") as the table shows it; empty when not shown.
    QString figure(const QString &key) const;
    // Writes the figures shown to `path` as CSV; a failure shows in the error banner.
    bool exportCsv(const QString &path);

    IndicatorTableModel *model() const { return m_model; }
    IndicatorCharts *charts() const { return m_charts; }
    QString errorText() const;
    void setComputation(Computation computation) { m_computation = std::move(computation); }

Q_SIGNALS:
    // The figures of the current filter are shown (or their error is).
    void figuresShown();

protected:
    // The first time the workspace is shown, its figures are computed (not when built: a test may first
    // replace the computation).
    void showEvent(QShowEvent *event) override;

private:
    void loadDirectory();
    void compute();
    void start();
    void computed();
    void showError(const QString &error);
    void chooseExportFile();

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_centre = nullptr;
    QComboBox *m_committee = nullptr;
    QComboBox *m_organ = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    IndicatorTableModel *m_model = nullptr;
    IndicatorCharts *m_charts = nullptr;

    Computation m_computation;
    QFutureWatcher<StoreRead<Indicators>> m_watcher;
    IndicatorFilter m_running; // what the running (or last) computation computes
    int m_requested = 0;       // filter changes so far
    int m_started = 0;         // the change the running computation answers
    bool m_computing = false;
    bool m_loading = false; // the combos are being filled: their changes are not the user's
    std::optional<Indicators> m_shown;
};

} // namespace concerto
