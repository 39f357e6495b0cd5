// Statistics: a row of tiles over activityCounts(), refreshed each time the workspace is shown.
#include "ui/workspaces/statisticsworkspace.h"

#include "models/itemmodels/storecounts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace concerto {

StatisticsWorkspace::StatisticsWorkspace(Database &db, QWidget *parent)
    : Workspace(db, tr("Statistics"),
                tr("The board's activity as recorded in this database. Filters by period, 3C, committee and "
                   "organ, charts and CSV export will follow."),
                parent) {
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(makeTile(tr("Sessions"), &m_sessions, this));
    tiles->addWidget(makeTile(tr("Cases registered"), &m_cases, this));
    tiles->addWidget(makeTile(tr("Fiches"), &m_fiches, this));
    tiles->addWidget(makeTile(tr("Signed fiches"), &m_signed, this));
    tiles->addWidget(makeTile(tr("Patients"), &m_patients, this));
    tiles->addStretch();
    content()->addLayout(tiles);
    m_error = makeErrorBanner(this);
    content()->addWidget(m_error);
    content()->addWidget(makeComingSoon(tr("Coming next"),
                                        {tr("Filter bar: period, 3C, committee, organ"),
                                         tr("Charts of cases per committee and per month"),
                                         tr("The table under the charts, exported to CSV exactly as shown")},
                                        this));
    content()->addStretch();
    refresh();
}

void StatisticsWorkspace::refresh() {
    const StoreRead<ActivityCounts> read = activityCounts(m_db);
    const ActivityCounts &c = *read;
    const QLocale locale;
    // Figures that could not be counted are not shown as zeros.
    auto show = [&](QLabel *label, int value) {
        label->setText(read.ok() ? locale.toString(value) : tr("?"));
    };
    show(m_sessions, c.sessions);
    show(m_cases, c.cases);
    show(m_fiches, c.fiches);
    show(m_signed, c.signedFiches);
    show(m_patients, c.patients);
    m_error->setText(tr("The figures could not be counted: %1").arg(read.error));
    m_error->setVisible(!read.ok());
}

QString StatisticsWorkspace::figure(const QString &key) const {
    const QLabel *label = key == QLatin1String("sessions") ? m_sessions
                          : key == QLatin1String("cases")  ? m_cases
                          : key == QLatin1String("fiches") ? m_fiches
                          : key == QLatin1String("signed") ? m_signed
                                                           : m_patients;
    return label->text();
}

} // namespace concerto
