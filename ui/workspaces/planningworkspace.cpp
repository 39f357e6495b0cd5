// Planning: the calendar drives the month loaded in SessionListModel; the table and calendar selections
// both lead to the session detail and its agenda. The selected session stays selected when the list
// reads again (a case moved on its agenda changes the list's counts).
#include "ui/workspaces/planningworkspace.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "models/itemmodels/sessionlistmodel.h"
#include "models/planning/clashes.h"
#include "ui/printing/printpreview.h"
#include "ui/printing/sessionprinting.h"
#include "ui/screenrights.h"
#include "ui/theme.h"
#include "ui/workspaces/agendapanel.h"
#include "ui/workspaces/planningcalendar.h"
#include "ui/workspaces/sessiondialogs.h"

#include <QAction>
#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace concerto {

PlanningWorkspace::PlanningWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Planning"),
                tr("The sessions of the month for every committee. Bold days have a session; select one to "
                   "see its place and the cases registered."),
                parent)
    , m_model(new SessionListModel(services, this)) {
    m_splitter = new QSplitter(this);
    m_views = new QTabWidget(m_splitter);
    m_views->setObjectName(QStringLiteral("planningViews"));
    auto *left = new QWidget(m_views);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    auto *makeSessions = new QPushButton(tr("&Make sessions…"), left);
    needsRight(makeSessions, Action::PlanSessions);
    makeSessions->setObjectName(QStringLiteral("makeSessions"));
    makeSessions->setToolTip(tr("Make the sessions of a period from the committees' schedules"));
    makeSessions->setEnabled(!services.isReadOnly());
    connect(makeSessions, &QPushButton::clicked, this, [this] {
        if (sessiondialogs::generate(this, m_services))
            refresh();
    });
    tools->addWidget(makeSessions);
    tools->addStretch();
    leftLayout->addLayout(tools);
    m_calendar = new QCalendarWidget(left);
    m_calendar->setObjectName(QStringLiteral("planningCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(Qt::Monday);
    m_calendar->setMaximumHeight(260);
    m_calendar->setToolTip(tr("Days in bold have at least one session"));
    leftLayout->addWidget(m_calendar);
    m_monthSummary = new QLabel(left);
    m_monthSummary->setObjectName(QStringLiteral("workspaceExplanation"));
    leftLayout->addWidget(m_monthSummary);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    {
        const int widths[SessionListModel::ColumnCount] = {90, 55, 220, 130, 50, 100, 80};
        // Never narrower than its heading, whose length depends on the language.
        for (int c = 0; c < SessionListModel::ColumnCount; ++c)
            m_table->setColumnWidth(c, std::max(widths[c], m_table->horizontalHeader()->sectionSizeHint(c)));
    }
    m_table->horizontalHeader()->setSortIndicator(SessionListModel::DateColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    leftLayout->addWidget(m_table, 1);
    auto *error = makeErrorBanner(left);
    leftLayout->addWidget(error);
    showErrorsOf(m_model, error, m_table);
    m_views->addTab(left, tr("&List"));
    m_calendarView = new PlanningCalendar(services, m_views);
    m_views->addTab(m_calendarView, tr("Month and &week"));
    m_views->setTabToolTip(
        1, tr("Every committee's sessions on a month or week grid, filtered by 3C or committee"));
    connect(m_calendarView, &PlanningCalendar::sessionChosen, this,
            [this](const QUuid &id, const QDate &day) {
                showMonth(day.year(), day.month());
                const int row = m_model->rowOf(id);
                if (row >= 0)
                    m_table->selectRow(row);
            });
    // The grid opens on the month the list shows.
    connect(m_views, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_views->widget(tab) == m_calendarView)
            m_calendarView->showPeriod(m_calendarView->mode(),
                                       QDate(m_calendar->yearShown(), m_calendar->monthShown(), 1));
    });
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(buildDetail());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(QSettings().value(QStringLiteral("planning/splitter")).toByteArray()))
        m_splitter->setSizes({720, 420});
    content()->addWidget(m_splitter, 1);

    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &PlanningWorkspace::showMonth);
    connect(m_calendar, &QCalendarWidget::clicked, this, &PlanningWorkspace::selectDate);
    connect(m_calendar, &QCalendarWidget::activated, this, &PlanningWorkspace::selectDate);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanningWorkspace::showSession);
    // Cases added, moved or completed change a session's counts in place.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const int row = m_shownSession.isNull() ? -1 : m_model->rowOf(m_shownSession);
                if (row >= from.row() && row <= to.row())
                    showSession(m_model->index(row, 0));
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_shownSession.isNull() ? -1 : m_model->rowOf(m_shownSession);
        if (row >= 0) {
            m_table->selectRow(row);
            showSession(m_model->index(row, 0));
        } else {
            m_shownSession = QUuid();
            m_agenda->setSession(QUuid());
            m_detailStack->setCurrentIndex(0);
        }
    });
    showMonth(m_calendar->yearShown(), m_calendar->monthShown());
}

PlanningWorkspace::~PlanningWorkspace() {
    QSettings().setValue(QStringLiteral("planning/splitter"), m_splitter->saveState());
}

void PlanningWorkspace::refresh() {
    showMonth(m_calendar->yearShown(), m_calendar->monthShown());
    m_calendarView->refresh();
}

void PlanningWorkspace::showMonth(int year, int month) {
    const QDate first(year, month, 1);
    if (m_calendar->yearShown() != year || m_calendar->monthShown() != month)
        m_calendar->setCurrentPage(year, month);
    m_model->setPeriod(first, first.addMonths(1).addDays(-1));
    markSessionDays();
    int cases = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        cases += m_model->rowAt(r)->caseCount;
    m_monthSummary->setText(m_model->rowCount() == 0
                                ? tr("No session this month.")
                                : tr("%Ln session(s) this month", nullptr, m_model->rowCount()) +
                                      QStringLiteral(", ") + tr("%Ln case(s) registered", nullptr, cases));
}

void PlanningWorkspace::openSession(const QUuid &id, const QDateTime &startsAt) {
    const QDate day = toBoardTime(startsAt).date();
    m_views->setCurrentIndex(0);
    showMonth(day.year(), day.month());
    m_calendar->setSelectedDate(day);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    m_table->setFocus(Qt::OtherFocusReason);
}

void PlanningWorkspace::markSessionDays() {
    for (const QDate &d : std::as_const(m_markedDays))
        m_calendar->setDateTextFormat(d, QTextCharFormat());
    m_markedDays.clear();
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(theme::kAccent);
    marked.setBackground(QColor(0xdc, 0xea, 0xf1));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QDate d = m_model->data(m_model->index(r, 0), SessionListModel::StartDateRole).toDate();
        m_calendar->setDateTextFormat(d, marked);
        m_markedDays << d;
    }
}

void PlanningWorkspace::selectDate(const QDate &date) {
    const int row = m_model->rowOfDate(date);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

QWidget *PlanningWorkspace::buildDetail() {
    m_detailStack = new QStackedWidget(this);
    auto *empty =
        new QLabel(tr("Select a session in the calendar or the list to see its detail."), m_detailStack);
    empty->setObjectName(QStringLiteral("comingSoon"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_detailStack->addWidget(empty);

    auto *card = new QWidget(m_detailStack);
    card->setObjectName(QStringLiteral("card"));
    card->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(18, 14, 18, 14);
    m_sessionTitle = new QLabel(card);
    QFont f = m_sessionTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_sessionTitle->setFont(f);
    m_sessionTitle->setWordWrap(true);
    layout->addWidget(m_sessionTitle);
    m_sessionFacts = new QLabel(card);
    m_sessionFacts->setTextFormat(Qt::RichText);
    m_sessionFacts->setWordWrap(true);
    m_sessionFacts->setOpenExternalLinks(true);
    layout->addWidget(m_sessionFacts);
    auto *actions = new QHBoxLayout;
    m_move = new QPushButton(tr("Mo&ve…"), card);
    needsRight(m_move, Action::PlanSessions);
    m_move->setObjectName(QStringLiteral("moveSession"));
    m_move->setToolTip(tr("Move this session to another day or time, with the reason"));
    m_cancel = new QPushButton(tr("&Cancel the session…"), card);
    needsRight(m_cancel, Action::PlanSessions);
    m_cancel->setObjectName(QStringLiteral("cancelSession"));
    m_cancel->setToolTip(tr("Cancel this session, with the reason; its cases are offered the next sessions"));
    connect(m_move, &QPushButton::clicked, this, [this] {
        const SessionListModel::Row *row = m_model->rowAt(m_table->currentIndex().row());
        if (row && sessiondialogs::move(this, m_services, row->session))
            refresh();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const SessionListModel::Row *row = m_model->rowAt(m_table->currentIndex().row());
        if (row && sessiondialogs::cancel(this, m_services, row->session, row->caseCount))
            refresh();
    });
    // The session's documents: the agenda and the attendance sheet in a print preview (Ctrl+P: the
    // agenda), its fiches as PDF files in a folder.
    auto *print = new QPushButton(tr("&Print"), card);
    print->setObjectName(QStringLiteral("printSession"));
    print->setToolTip(tr("The agenda (Ctrl+P) or the attendance sheet of this session in a print preview, or "
                         "its fiches as PDF files in a folder"));
    print->setMenu(sessionprinting::makeMenu(
        m_services, [this] { return m_shownSession; }, this));
    auto *printAgenda = new QAction(tr("Print the agenda…"), this);
    printAgenda->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    printAgenda->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAgenda);
    connect(printAgenda, &QAction::triggered, this, [this] {
        if (!m_shownSession.isNull())
            printpreview::showSession(m_services, m_shownSession, SessionDocument::Agenda, this);
    });
    actions->addWidget(print);
    actions->addWidget(m_move);
    actions->addWidget(m_cancel);
    actions->addStretch();
    layout->addLayout(actions);
    m_agenda = new AgendaPanel(m_services, card);
    connect(m_agenda, &AgendaPanel::caseActivated, this, &PlanningWorkspace::caseActivated);
    layout->addWidget(m_agenda, 1);
    m_detailStack->addWidget(card);
    return m_detailStack;
}

void PlanningWorkspace::showSession(const QModelIndex &index) {
    const SessionListModel::Row *row = index.isValid() ? m_model->rowAt(index.row()) : nullptr;
    if (!row) {
        m_shownSession = QUuid();
        m_agenda->setSession(QUuid());
        m_detailStack->setCurrentIndex(0);
        return;
    }
    const Session &s = row->session;
    const QLocale locale;
    const QDateTime start = toBoardTime(s.startsAt);
    m_sessionTitle->setText(row->committee);
    auto fact = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:#5b6877; padding-right:12px\">%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    QString facts = fact(tr("Date"), locale.toString(start.date(), QLocale::LongFormat).toHtmlEscaped());
    facts +=
        fact(tr("Time"),
             tr("%1 to %2")
                 .arg(locale.toString(start.time(), QLocale::ShortFormat),
                      locale.toString(start.time().addSecs(s.durationMinutes * 60), QLocale::ShortFormat)));
    facts += fact(tr("Place"), s.place.isEmpty() ? QStringLiteral("—") : s.place.toHtmlEscaped());
    // Only a web address becomes a link: a synced record must not open a file or a share in one click.
    if (QUrl(s.videoLink).scheme() == QLatin1String("https"))
        facts += fact(tr("Video link"), QStringLiteral("<a href=\"%1\">%2</a>")
                                            .arg(s.videoLink.toHtmlEscaped(), s.videoLink.toHtmlEscaped()));
    else if (!s.videoLink.isEmpty())
        facts += fact(tr("Video link"), s.videoLink.toHtmlEscaped());
    if (s.registrationDeadline.isValid())
        facts +=
            fact(tr("Registration deadline"),
                 locale.toString(toBoardTime(s.registrationDeadline), QLocale::ShortFormat).toHtmlEscaped());
    facts += fact(tr("Status"), labels::sessionStatus(s.status).toHtmlEscaped());
    if (s.status == SessionStatus::Cancelled && !s.cancellationReason.isEmpty())
        facts += fact(tr("Cancelled because"), s.cancellationReason.toHtmlEscaped());
    if (s.plannedStart.isValid())
        facts +=
            fact(tr("Moved"),
                 tr("first planned on %1: %2")
                     .arg(locale.toString(toBoardTime(s.plannedStart), QLocale::ShortFormat), s.moveReason)
                     .toHtmlEscaped());
    for (const planning::Clash &clash : planning::clashes(m_model->sessions()))
        if (clash.first.meta.id == s.meta.id || clash.second.meta.id == s.meta.id)
            facts +=
                fact(tr("Clash"),
                     QStringLiteral("<span style=\"color:#b3261e\">%1</span>")
                         .arg(tr("another session is in %1 at the same time").arg(s.place).toHtmlEscaped()));
    const bool planned = s.status == SessionStatus::Planned && !m_services.isReadOnly();
    m_move->setEnabled(planned);
    m_cancel->setEnabled(planned);
    facts += fact(
        tr("Cases"),
        row->incompleteCount == 0 ? locale.toString(row->caseCount)
        : row->incompleteCount < 0
            ? tr("%1, completeness being checked").arg(locale.toString(row->caseCount))
            : tr("%1, %Ln incomplete", nullptr, row->incompleteCount).arg(locale.toString(row->caseCount)));
    if (s.registrationsClosed)
        facts += fact(tr("Registrations"), tr("closed").toHtmlEscaped());
    m_sessionFacts->setText(QStringLiteral("<table>%1</table>").arg(facts));

    m_shownSession = s.meta.id;
    m_agenda->setSession(s.meta.id);
    m_detailStack->setCurrentIndex(1);
}

} // namespace concerto
