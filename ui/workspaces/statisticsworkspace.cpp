// Statistics: a filter bar, the figures as a table beside their charts, and the CSV export. The figures
// are computed by the indicator service in the background; a QFutureWatcher brings the answer back to
// the window's thread.
#include "ui/workspaces/statisticsworkspace.h"
#include "models/domain/clock.h"
#include "services/directorylists.h"
#include "ui/listerrors.h"

#include "reports/indicatorscsv.h"
#include "ui/workspaces/indicatorcharts.h"
#include "ui/workspaces/indicatortablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <set>

namespace concerto {

namespace {

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent) {
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2100, 12, 31));
    return edit;
}

// Selects the item whose data is `value` (the first, "all", when none).
// Chooses the item of `value`; while the lists are read (`loaded` false) an item not there yet is kept.
void selectData(QComboBox *combo, const QString &value, bool loaded) {
    const int at = combo->findData(value);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else if (!value.isEmpty() && !loaded)
        keepWhileReading(combo, value);
    else
        combo->setCurrentIndex(0);
}

} // namespace

StatisticsWorkspace::StatisticsWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Statistics"),
                tr("Activity indicators of the boards, computed from the fiches of the sessions held in the "
                   "period (an amended fiche counts once): what the 3C and the network report every year."),
                parent) {
    const IndicatorFilter year = IndicatorFilter::calendarYear(clock::today());
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(new QLabel(tr("From"), this));
    m_from = makeDateEdit(year.from, this);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    m_to = makeDateEdit(year.to, this);
    m_to->setObjectName(QStringLiteral("periodTo"));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("3C"), this));
    m_centre = new QComboBox(this);
    m_centre->setObjectName(QStringLiteral("centre"));
    m_centre->setMinimumContentsLength(12);
    m_centre->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_centre, 1);
    bar->addWidget(new QLabel(tr("Committee"), this));
    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("committee"));
    m_committee->setMinimumContentsLength(16);
    m_committee->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_committee, 1);
    bar->addWidget(new QLabel(tr("Organ"), this));
    m_organ = new QComboBox(this);
    m_organ->setObjectName(QStringLiteral("organ"));
    m_organ->setMinimumContentsLength(12);
    m_organ->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_organ, 1);
    bar->addSpacing(12);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setEnabled(false);
    bar->addWidget(m_export);
    content()->addLayout(bar);

    // What is shown, or that it is being computed.
    auto *state = new QHBoxLayout;
    state->setSpacing(8);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // moves without a known end
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(90);
    m_busy->setFixedHeight(10);
    m_busy->hide();
    state->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    state->addWidget(m_status, 1);
    content()->addLayout(state);

    m_error = makeErrorBanner(this);
    content()->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    setUpTable(m_table);
    m_model = new IndicatorTableModel(this);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::FigureColumn,
                                                      QHeaderView::Stretch);
    for (int column : {IndicatorTableModel::ValueColumn, IndicatorTableModel::PercentColumn,
                       IndicatorTableModel::OfColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_charts = new IndicatorCharts(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 720});
    content()->addWidget(splitter, 1);
    // A section's title spans the row.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->clearSpans();
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->isSectionRow(row))
                m_table->setSpan(row, 0, 1, IndicatorTableModel::ColumnCount);
    });

    connect(&m_watcher, &QFutureWatcher<StoreRead<Indicators>>::finished, this,
            &StatisticsWorkspace::computed);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsWorkspace::compute);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsWorkspace::compute);
    for (QComboBox *combo : {m_centre, m_committee, m_organ})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
            if (!m_loading)
                compute();
        });
    connect(m_export, &QPushButton::clicked, this, &StatisticsWorkspace::chooseExportFile);
    loadDirectory();
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, [this] {
        const IndicatorFilter before = filter();
        loadDirectory();
        const IndicatorFilter after = filter();
        if (after.centreId != before.centreId || after.rcpId != before.rcpId || after.organ != before.organ)
            compute(); // a filter's committee, 3C or organ is gone
    });
}

void StatisticsWorkspace::showEvent(QShowEvent *event) {
    Workspace::showEvent(event);
    // After the events of this turn: a filter set right after show() is then the first computed.
    QTimer::singleShot(0, this, [this] {
        if (m_requested == 0)
            compute();
    });
}

void StatisticsWorkspace::refresh() {
    loadDirectory();
    compute();
}

void StatisticsWorkspace::loadDirectory() {
    DirectoryLists &lists = m_services.directoryLists();
    const StoreRead<std::vector<Organisation>> &organisations = lists.organisations();
    const StoreRead<std::vector<Rcp>> &rcps = lists.committees();
    if (!organisations.ok() || !rcps.ok()) {
        showError(tr("The directory could not be read: %1")
                      .arg(organisations.ok() ? rcps.error : organisations.error));
        return;
    }
    const QString centre = m_centre->currentData().toString();
    const QString committee = m_committee->currentData().toString();
    const QString organ = m_organ->currentData().toString();
    m_loading = true;
    m_centre->clear();
    m_centre->addItem(tr("All 3C"), QString());
    for (const Organisation &o : *organisations)
        if (o.kind == OrganisationKind::CoordinationCentre && !o.meta.deleted)
            m_centre->addItem(o.name, json::idText(o.meta.id));
    m_committee->clear();
    m_committee->addItem(tr("All committees"), QString());
    std::set<QString> appareils;
    for (const Rcp &r : *rcps) {
        if (r.meta.deleted)
            continue;
        m_committee->addItem(r.name, json::idText(r.meta.id));
        if (!r.appareil.isEmpty())
            appareils.insert(r.appareil);
    }
    m_organ->clear();
    m_organ->addItem(tr("All organs"), QString());
    for (const QString &code : appareils) {
        QString label = indicators::appareilLabel(code);
        label[0] = label[0].toUpper();
        m_organ->addItem(label, code);
    }
    selectData(m_centre, centre, lists.isLoaded());
    selectData(m_committee, committee, lists.isLoaded());
    selectData(m_organ, organ, lists.isLoaded());
    m_loading = false;
}

IndicatorFilter StatisticsWorkspace::filter() const {
    IndicatorFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.centreId = QUuid::fromString(m_centre->currentData().toString());
    f.rcpId = QUuid::fromString(m_committee->currentData().toString());
    f.organ = m_organ->currentData().toString();
    return f;
}

void StatisticsWorkspace::setFilter(const IndicatorFilter &f) {
    m_loading = true;
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    const bool loaded = m_services.directoryLists().isLoaded();
    selectData(m_centre, json::idText(f.centreId), loaded);
    selectData(m_committee, json::idText(f.rcpId), loaded);
    selectData(m_organ, f.organ, loaded);
    m_loading = false;
    compute();
}

bool StatisticsWorkspace::isComputing() const {
    return m_computing;
}

void StatisticsWorkspace::compute() {
    ++m_requested;
    if (const QString problem = filter().problem(); !problem.isEmpty()) {
        // Nothing to compute: the figures of another period must not stay on screen as if they were these.
        m_computing = false;
        showError(problem);
        return;
    }
    m_computing = true;
    m_table->setEnabled(false); // greyed: the figures shown are not yet those of the filter
    m_busy->show();
    m_status->setText(tr("Computing…"));
    if (!m_watcher.isRunning())
        start(); // else started again when the running one ends, whose answer is then dropped
}

void StatisticsWorkspace::start() {
    m_started = m_requested;
    m_running = filter();
    m_watcher.setFuture(m_services.indicators().compute(m_running, m_computation));
}

void StatisticsWorkspace::computed() {
    if (m_started != m_requested) { // the filter changed meanwhile
        if (m_computing)
            start();
        return;
    }
    m_computing = false;
    m_table->setEnabled(true);
    m_busy->hide();
    const StoreRead<Indicators> result = m_watcher.result();
    if (!result.ok()) {
        showError(tr("The indicators could not be computed: %1").arg(result.error));
        Q_EMIT figuresShown();
        return;
    }
    m_error->hide();
    m_shown = result.value;
    m_model->setIndicators(*m_shown);
    m_charts->setIndicators(*m_shown);
    m_export->setEnabled(true);
    const QLocale locale;
    m_status->setText(tr("%Ln fiche(s) from %1 to %2", nullptr, m_shown->fiches)
                          .arg(locale.toString(m_running.from, QLocale::ShortFormat),
                               locale.toString(m_running.to, QLocale::ShortFormat)));
    Q_EMIT figuresShown();
}

void StatisticsWorkspace::showError(const QString &error) {
    m_table->setEnabled(true);
    m_busy->hide();
    m_status->clear();
    m_shown.reset();
    m_model->clear();
    m_charts->clear();
    m_export->setEnabled(false);
    m_error->setText(error);
    m_error->show();
}

QString StatisticsWorkspace::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString StatisticsWorkspace::figure(const QString &key) const {
    const int row = m_model->rowOf(key);
    return row < 0 ? QString() : m_model->index(row, IndicatorTableModel::ValueColumn).data().toString();
}

bool StatisticsWorkspace::exportCsv(const QString &path) {
    if (!m_shown) {
        m_error->setText(tr("There are no figures to export yet."));
        m_error->show();
        return false;
    }
    QString error;
    // In the user's number format: "5,9" for a French spreadsheet.
    if (!writeIndicatorsCsv(*m_shown, path, &error, QLocale())) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void StatisticsWorkspace::chooseExportFile() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("indicators-%1-%2.csv")
            .arg(m_running.from.toString(Qt::ISODate), m_running.to.toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the indicators"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace concerto
