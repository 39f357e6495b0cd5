// The Planning workspace: a month calendar where session days stand out, the month's sessions with
// their committee and case count, and the detail of the selected session (date, place, cases).
#pragma once

#include "ui/workspaces/workspace.h"

#include <QDate>

class QCalendarWidget;
class QTableView;
class QLabel;
class QTreeWidget;
class QStackedWidget;
class QSplitter;
class QPushButton;

namespace concerto {

class SessionListModel;

class PlanningWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit PlanningWorkspace(Database &db, QWidget *parent = nullptr);
    ~PlanningWorkspace() override;

    void refresh() override;
    void showMonth(int year, int month);

    SessionListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QCalendarWidget *calendar() const { return m_calendar; }

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
    QTreeWidget *m_cases = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QDate> m_markedDays;
};

} // namespace concerto
