// Cases workspace: filters over the CaseListModel table, a summary line, Enter opens the case.
#include "ui/workspaces/casesworkspace.h"
#include "models/domain/clock.h"
#include "services/directorylists.h"
#include "ui/listerrors.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/itemmodels/caselistmodel.h"
#include "ui/caseeditor/caseeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace concerto {

namespace {

// Sorts the cases by any column and colours the completeness column: green when complete, else orange.
class CaseSortModel final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override {
        if (role == Qt::ForegroundRole && index.column() == CaseListModel::CompletenessColumn)
            return QColor(index.data(CaseListModel::CompleteRole).toBool() ? 0x1e6b34 : 0xa3480f);
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

CasesWorkspace::CasesWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Cases"),
                tr("The cases registered for the sessions of a period, with what their committee still "
                   "requires. Enter or a double-click opens the case."),
                parent)
    , m_model(new CaseListModel(services, this)) {
    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QComboBox *combo, const char *name) {
        combo->setObjectName(QLatin1String(name));
        auto *l = new QLabel(label, this);
        l->setBuddy(combo);
        filters->addWidget(l);
        filters->addWidget(combo);
    };
    m_period = new QComboBox(this);
    m_period->addItems({tr("Next 4 weeks"), tr("Next 3 months"), tr("Last 4 weeks"), tr("Last 3 months"),
                        tr("Last 12 months")});
    addFilter(tr("&Period:"), m_period, "casePeriod");
    m_committee = new QComboBox(this);
    addFilter(tr("&Committee:"), m_committee, "caseCommittee");
    m_state = new QComboBox(this);
    m_state->addItem(tr("Any state"));
    for (AgendaState s : {AgendaState::ToDiscuss, AgendaState::InProgress, AgendaState::Discussed,
                          AgendaState::Registered, AgendaState::Postponed})
        m_state->addItem(labels::agendaState(s), int(s));
    addFilter(tr("&State:"), m_state, "caseState");
    m_requester = new QComboBox(this);
    m_requester->setEditable(true); // over a thousand physicians: typed, with the matching names offered
    m_requester->setInsertPolicy(QComboBox::NoInsert);
    m_requester->setMinimumContentsLength(18);
    addFilter(tr("&Requester:"), m_requester, "caseRequester");
    filters->addStretch();
    auto *open = new QPushButton(tr("&Open the case"), this);
    open->setObjectName(QStringLiteral("openCase"));
    open->setToolTip(tr("Open the selected case in the case editor (Enter)"));
    filters->addWidget(open);
    content()->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    content()->addWidget(m_summary);
    auto *error = makeErrorBanner(this);
    content()->addWidget(error);

    auto *sorted = new CaseSortModel(this);
    sorted->setSortRole(CaseListModel::SortRole);
    sorted->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(sorted);
    setUpTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // meeting order, as read, until a header is clicked
    m_table->setColumnWidth(CaseListModel::MeetingColumn, 140);
    m_table->setColumnWidth(CaseListModel::CommitteeColumn, 220);
    m_table->setColumnWidth(CaseListModel::PatientColumn, 220);
    m_table->setColumnWidth(CaseListModel::RequesterColumn, 200);
    m_table->setColumnWidth(CaseListModel::StateColumn, 150);
    showErrorsOf(m_model, error, m_table);
    content()->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No case matches these filters."), this);
    m_empty->setObjectName(QStringLiteral("noCase"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #5b6877; padding: 24px"));
    content()->addWidget(m_empty);

    fillChoices();
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, [this] {
        const QVariant committee = m_committee->currentData();
        const QVariant requester = m_requester->currentData();
        fillChoices();
        if (m_committee->currentData() != committee || m_requester->currentData() != requester)
            applyFilter(); // the committee or requester chosen is gone
    });
    for (QComboBox *combo : {m_period, m_committee, m_state})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesWorkspace::applyFilter);
    connect(m_requester, &QComboBox::currentIndexChanged, this, &CasesWorkspace::applyFilter);
    connect(m_requester->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // A name typed that matches no physician: back to every requester, said by the combo itself.
        if (m_requester->findText(m_requester->currentText()) < 0)
            m_requester->setCurrentIndex(0);
    });
    connect(m_model, &CaseListModel::loaded, this, &CasesWorkspace::updateSummary);
    connect(m_table, &QAbstractItemView::activated, this, &CasesWorkspace::openSelected);
    connect(open, &QPushButton::clicked, this, &CasesWorkspace::openSelected);
    applyFilter();
}

void CasesWorkspace::fillChoices() {
    const QSignalBlocker committeeBlock(m_committee);
    const QSignalBlocker requesterBlock(m_requester);
    const QVariant committee = m_committee->currentData();
    const QVariant requester = m_requester->currentData();
    m_committee->clear();
    m_committee->addItem(tr("All committees"));
    DirectoryLists &lists = m_services.directoryLists();
    const StoreRead<std::vector<Rcp>> &rcps = lists.committees();
    for (const Rcp &r : *rcps)
        m_committee->addItem(r.name, r.meta.id);
    m_requester->clear();
    m_requester->addItem(tr("Every requester"));
    const StoreRead<std::vector<Professional>> &pros = lists.professionals();
    for (const Professional &p : *pros)
        m_requester->addItem(p.displayName(), p.meta.id);
    m_requester->completer()->setFilterMode(Qt::MatchContains);
    m_requester->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_requester->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_committee->setCurrentIndex(std::max(0, m_committee->findData(committee)));
    if (m_committee->currentIndex() == 0 && committee.isValid() && !lists.isLoaded())
        keepWhileReading(m_committee, committee);
    m_requester->setCurrentIndex(std::max(0, m_requester->findData(requester)));
    if (m_requester->currentIndex() == 0 && requester.isValid() && !lists.isLoaded())
        keepWhileReading(m_requester, requester);
    sayIfUnread(m_committee, rcps.error);
    sayIfUnread(m_requester, pros.error);
}

void CasesWorkspace::applyFilter() {
    const QDate today = clock::today();
    CaseListFilter filter;
    switch (Period(m_period->currentIndex())) {
    case Next4Weeks:
        filter.from = today, filter.to = today.addDays(27);
        break;
    case Next3Months:
        filter.from = today, filter.to = today.addMonths(3);
        break;
    case Last4Weeks:
        filter.from = today.addDays(-28), filter.to = today.addDays(-1);
        break;
    case Last3Months:
        filter.from = today.addMonths(-3), filter.to = today.addDays(-1);
        break;
    case Last12Months:
        filter.from = today.addMonths(-12), filter.to = today.addDays(-1);
        break;
    }
    filter.rcpId = m_committee->currentData().toUuid();
    if (m_state->currentIndex() > 0)
        filter.state = AgendaState(m_state->currentData().toInt());
    filter.requesterId = m_requester->currentData().toUuid();
    m_model->setFilter(filter);
    updateSummary();
}

void CasesWorkspace::updateSummary() {
    if (m_model->isLoading()) { // the rows shown stay, greyed, until the new ones come
        m_summary->setText(tr("Reading the cases…"));
        m_table->setEnabled(false);
        m_empty->hide();
        m_table->setVisible(true);
        return;
    }
    m_table->setEnabled(true);
    const int cases = m_model->rowCount();
    int incomplete = 0;
    for (int row = 0; row < cases; ++row)
        incomplete += m_model->rowAt(row)->completeness.complete() ? 0 : 1;
    const CaseListFilter &f = m_model->filter();
    m_summary->setText(tr("%Ln case(s) from %1 to %2", nullptr, cases)
                           .arg(QLocale().toString(f.from, QLocale::ShortFormat),
                                QLocale().toString(f.to, QLocale::ShortFormat)) +
                       (incomplete > 0 ? tr(", of which %Ln incomplete", nullptr, incomplete) : QString()));
    const bool empty = cases == 0 && m_model->errorText().isEmpty();
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
}

void CasesWorkspace::openSelected() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QUuid id = current.data(CaseListModel::InscriptionIdRole).toUuid();
    if (!id.isNull())
        openCaseEditor(m_services, id, window());
}

void CasesWorkspace::refresh() {
    fillChoices();
    m_model->reload();
    updateSummary();
}

} // namespace concerto
