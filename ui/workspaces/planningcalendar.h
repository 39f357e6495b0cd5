// The month and week views of the Planning workspace: a grid of days, each session a chip coloured by
// its committee with its time (Europe/Paris, boardtime.h), committee and cases (how many incomplete),
// across every committee or filtered by 3C and by committee. A click on a chip chooses the session.
#pragma once

#include "services/services.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace concerto {

class SessionListModel;

class PlanningCalendar final : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Month, Week };

    explicit PlanningCalendar(Services &services, QWidget *parent = nullptr);

    // Shows the month, or the week (Monday to Sunday), holding `day`. Read once the view is visible.
    void showPeriod(Mode mode, const QDate &day);
    Mode mode() const { return m_mode; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    // Shows only the committees of one 3C, or one committee (a null id: all).
    void setCentreFilter(const QUuid &centreId);
    void setCommitteeFilter(const QUuid &rcpId);
    // Reads the committees and 3C again (the filters' lists) and the sessions.
    void refresh();

    // The whole texts of the chips of a day, in time order: time, committee, cases (what the week view
    // and the tooltips show; the month view shortens the committee's name).
    QStringList chipsOn(const QDate &day) const;

Q_SIGNALS:
    void sessionChosen(const QUuid &sessionId, const QDate &day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readFilters();
    void fillCommittees();
    void rebuild();
    bool shown(const QUuid &rcpId) const;

    Services &m_services;
    SessionListModel *m_sessions = nullptr;
    Mode m_mode = Mode::Month;
    QDate m_anchor; // the day the period holds
    QDate m_first;
    QDate m_last;
    QUuid m_centre;
    QUuid m_committee;
    QHash<QUuid, QUuid> m_centreOf; // committee -> its 3C
    QLabel *m_title = nullptr;
    QToolButton *m_monthButton = nullptr;
    QToolButton *m_weekButton = nullptr;
    QComboBox *m_centres = nullptr;
    QComboBox *m_committees = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QHash<QDate, QStringList> m_chips;
    bool m_stale = true; // the shown period is read when the view is first shown
};

} // namespace concerto
