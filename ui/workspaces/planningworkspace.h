// The Planning workspace: a month calendar where session days stand out, the month's sessions with
// their committee, case count and incomplete files (sortable by any column), a month and week grid of
// every committee's sessions (planningcalendar.h), and the detail of the selected session (date,
// place) with its agenda (agendapanel.h), and its agenda and attendance sheet in a print preview.
#pragma once

#include "ui/workspaces/workspace.h"

#include <QDate>

class QCalendarWidget;
class QTableView;
class QLabel;
class QStackedWidget;
class QSplitter;
class QTabWidget;
class QPushButton;

namespace concerto {

class SessionListModel;
class AgendaPanel;
class PlanningCalendar;

class PlanningWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit PlanningWorkspace(Services &services, QWidget *parent = nullptr);
    ~PlanningWorkspace() override;

    void refresh() override;
    void showMonth(int year, int month);
    // Shows the month of the session `id` (held at `startsAt`, UTC) in the list, that session selected.
    void openSession(const QUuid &id, const QDateTime &startsAt);

    SessionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCalendarWidget *calendar() const { return m_calendar; }
    AgendaPanel *agenda() const { return m_agenda; }
    PlanningCalendar *calendarView() const { return m_calendarView; }
    QTabWidget *views() const { return m_views; }

Q_SIGNALS:
    // Enter or a double click on a case of the agenda: the case is to be opened.
    void caseActivated(const QUuid &inscriptionId);

private:
    QWidget *buildDetail();
    void markSessionDays();
    void selectDate(const QDate &date);
    void showSession(const QModelIndex &index);

    SessionListModel *m_model = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_monthSummary = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_sessionTitle = nullptr;
    QLabel *m_sessionFacts = nullptr;
    AgendaPanel *m_agenda = nullptr;
    QTabWidget *m_views = nullptr;
    PlanningCalendar *m_calendarView = nullptr;
    QUuid m_shownSession; // selected again when the list reads again
    QPushButton *m_move = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QDate> m_markedDays;
};

} // namespace concerto
