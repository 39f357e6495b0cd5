// The meeting schedule of a committee: weekday, every week / every n weeks from a first meeting / the
// n-th or last weekday of the month, time and duration (Europe/Paris), place, videoconference link and
// registration days; the next meeting days it gives are shown beside it (planning::meetingDays).
#pragma once

#include "models/domain/rcp.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace concerto {

class ScheduleEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    // Recurrence choices of the "recurrence" combo box.
    enum Recurrence { Weekly, EveryNWeeks, MonthlyNth };

    void setSchedule(const MeetingSchedule &schedule);
    // The schedule the fields describe; what they do not show (unknown keys) comes from the one set.
    MeetingSchedule schedule() const;
    // Faults of the check at their fields (validation::RcpField of the schedule).
    void showFaults(const QStringList &weekday, const QStringList &recurrence, const QStringList &time,
                    const QStringList &registration, const QStringList &videoLink);

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    void updateNextMeetings();

    MeetingSchedule m_schedule;
    QComboBox *m_weekday = nullptr;
    QComboBox *m_recurrence = nullptr;
    QSpinBox *m_everyWeeks = nullptr;
    QDateEdit *m_firstMeeting = nullptr;
    QComboBox *m_weekOfMonth = nullptr;
    QTimeEdit *m_start = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_videoLink = nullptr;
    QSpinBox *m_registrationDays = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_weekdayMessage = nullptr;
    QLabel *m_recurrenceMessage = nullptr;
    QLabel *m_timeMessage = nullptr;
    QLabel *m_registrationMessage = nullptr;
    QLabel *m_videoMessage = nullptr;
};

} // namespace concerto
