// The schedule form: the recurrence choice shows only its own fields; the next four meeting days
// follow every change, so that "the last Thursday" can be checked at a glance.
#include "ui/directory/scheduleeditor.h"
#include "models/domain/clock.h"

#include "models/planning/schedule.h"
#include "ui/directory/fieldmessages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>

namespace concerto {

namespace {
QWidget *withMessage(QWidget *field, QLabel *message, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(message);
    return box;
}
} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent) {
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight);
    const QLocale locale;

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.standaloneDayName(day), day);
    m_weekdayMessage = makeFieldMessage(QStringLiteral("weekdayMessage"), this);
    form->addRow(tr("Day"), withMessage(m_weekday, m_weekdayMessage, this));

    auto *recurrenceRow = new QWidget(this);
    auto *recurrence = new QHBoxLayout(recurrenceRow);
    recurrence->setContentsMargins(0, 0, 0, 0);
    m_recurrence = new QComboBox(recurrenceRow);
    m_recurrence->setObjectName(QStringLiteral("recurrence"));
    m_recurrence->addItem(tr("Every week"), Weekly);
    m_recurrence->addItem(tr("Every n weeks"), EveryNWeeks);
    m_recurrence->addItem(tr("Once a month"), MonthlyNth);
    recurrence->addWidget(m_recurrence);
    m_everyWeeks = new QSpinBox(recurrenceRow);
    m_everyWeeks->setObjectName(QStringLiteral("everyWeeks"));
    m_everyWeeks->setRange(2, 12);
    m_everyWeeks->setPrefix(tr("every "));
    m_everyWeeks->setSuffix(tr(" weeks"));
    recurrence->addWidget(m_everyWeeks);
    m_firstMeeting = new QDateEdit(recurrenceRow);
    m_firstMeeting->setObjectName(QStringLiteral("firstMeeting"));
    m_firstMeeting->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_firstMeeting->setCalendarPopup(true);
    m_firstMeeting->setToolTip(tr("A day of the series: the weeks are counted from it"));
    recurrence->addWidget(m_firstMeeting);
    m_weekOfMonth = new QComboBox(recurrenceRow);
    m_weekOfMonth->setObjectName(QStringLiteral("weekOfMonth"));
    m_weekOfMonth->addItem(tr("the 1st"), 1);
    m_weekOfMonth->addItem(tr("the 2nd"), 2);
    m_weekOfMonth->addItem(tr("the 3rd"), 3);
    m_weekOfMonth->addItem(tr("the 4th"), 4);
    m_weekOfMonth->addItem(tr("the last"), 5);
    m_weekOfMonth->setToolTip(tr("Which of the month's days of that name"));
    recurrence->addWidget(m_weekOfMonth);
    recurrence->addStretch();
    m_recurrenceMessage = makeFieldMessage(QStringLiteral("recurrenceMessage"), this);
    form->addRow(tr("Recurrence"), withMessage(recurrenceRow, m_recurrenceMessage, this));

    auto *timeRow = new QWidget(this);
    auto *time = new QHBoxLayout(timeRow);
    time->setContentsMargins(0, 0, 0, 0);
    m_start = new QTimeEdit(timeRow);
    m_start->setObjectName(QStringLiteral("startTime"));
    m_start->setDisplayFormat(QStringLiteral("HH:mm"));
    m_start->setToolTip(tr("Paris time, whatever the computer's time zone"));
    time->addWidget(m_start);
    m_duration = new QSpinBox(timeRow);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(15, 600);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    time->addWidget(new QLabel(tr("lasting"), timeRow));
    time->addWidget(m_duration);
    time->addStretch();
    m_timeMessage = makeFieldMessage(QStringLiteral("timeMessage"), this);
    form->addRow(tr("Time (Paris)"), withMessage(timeRow, m_timeMessage, this));

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setPlaceholderText(tr("Room, building"));
    form->addRow(tr("Place"), m_place);
    m_videoLink = new QLineEdit(this);
    m_videoLink->setObjectName(QStringLiteral("videoLink"));
    m_videoLink->setPlaceholderText(QStringLiteral("https://"));
    m_videoMessage = makeFieldMessage(QStringLiteral("videoLinkMessage"), this);
    form->addRow(tr("Videoconference"), withMessage(m_videoLink, m_videoMessage, this));
    m_registrationDays = new QSpinBox(this);
    m_registrationDays->setObjectName(QStringLiteral("registrationDays"));
    m_registrationDays->setRange(0, 30);
    m_registrationDays->setSuffix(tr(" day(s) before"));
    m_registrationDays->setToolTip(tr("Registrations close this many days before the meeting"));
    m_registrationMessage = makeFieldMessage(QStringLiteral("registrationDaysMessage"), this);
    form->addRow(tr("Registrations close"), withMessage(m_registrationDays, m_registrationMessage, this));
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextMeetings"));
    m_next->setWordWrap(true);
    form->addRow(tr("Next meetings"), m_next);

    connect(m_weekday, &QComboBox::currentIndexChanged, this, &ScheduleEditor::changed);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &ScheduleEditor::updateVisibility);
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &ScheduleEditor::changed);
    connect(m_everyWeeks, &QSpinBox::valueChanged, this, &ScheduleEditor::changed);
    connect(m_firstMeeting, &QDateEdit::dateChanged, this, &ScheduleEditor::changed);
    connect(m_weekOfMonth, &QComboBox::currentIndexChanged, this, &ScheduleEditor::changed);
    connect(m_start, &QTimeEdit::timeChanged, this, &ScheduleEditor::changed);
    connect(m_duration, &QSpinBox::valueChanged, this, &ScheduleEditor::changed);
    connect(m_place, &QLineEdit::textChanged, this, &ScheduleEditor::changed);
    connect(m_videoLink, &QLineEdit::textChanged, this, &ScheduleEditor::changed);
    connect(m_registrationDays, &QSpinBox::valueChanged, this, &ScheduleEditor::changed);
    connect(this, &ScheduleEditor::changed, this, &ScheduleEditor::updateNextMeetings);
    setSchedule(MeetingSchedule{});
}

void ScheduleEditor::setSchedule(const MeetingSchedule &s) {
    m_schedule = s;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_weekday),     QSignalBlocker(m_recurrence),
                                       QSignalBlocker(m_everyWeeks),  QSignalBlocker(m_firstMeeting),
                                       QSignalBlocker(m_weekOfMonth), QSignalBlocker(m_start),
                                       QSignalBlocker(m_duration),    QSignalBlocker(m_place),
                                       QSignalBlocker(m_videoLink),   QSignalBlocker(m_registrationDays)};
    m_weekday->setCurrentIndex(qBound(0, s.weekday - 1, 6));
    const Recurrence r = s.weekOfMonth > 0 ? MonthlyNth : s.everyWeeks > 1 ? EveryNWeeks : Weekly;
    m_recurrence->setCurrentIndex(m_recurrence->findData(r));
    m_everyWeeks->setValue(s.everyWeeks);
    m_firstMeeting->setDate(s.firstMeeting.isValid() ? s.firstMeeting : clock::today());
    m_weekOfMonth->setCurrentIndex(qBound(0, s.weekOfMonth - 1, 4));
    m_start->setTime(s.start.isValid() ? s.start : QTime(17, 0));
    m_duration->setValue(s.durationMinutes);
    m_place->setText(s.place);
    m_videoLink->setText(s.videoLink);
    m_registrationDays->setValue(s.registrationDays);
    updateVisibility();
    updateNextMeetings();
}

MeetingSchedule ScheduleEditor::schedule() const {
    MeetingSchedule s = m_schedule;
    s.weekday = m_weekday->currentData().toInt();
    const auto r = Recurrence(m_recurrence->currentData().toInt());
    s.everyWeeks = r == EveryNWeeks ? m_everyWeeks->value() : 1;
    s.weekOfMonth = r == MonthlyNth ? m_weekOfMonth->currentData().toInt() : 0;
    s.firstMeeting = r == EveryNWeeks ? m_firstMeeting->date() : m_schedule.firstMeeting;
    s.start = m_start->time();
    s.durationMinutes = m_duration->value();
    s.place = m_place->text().trimmed();
    s.videoLink = m_videoLink->text().trimmed();
    s.registrationDays = m_registrationDays->value();
    return s;
}

void ScheduleEditor::showFaults(const QStringList &weekday, const QStringList &recurrence,
                                const QStringList &time, const QStringList &registration,
                                const QStringList &videoLink) {
    showFieldMessages(m_weekdayMessage, weekday);
    showFieldMessages(m_recurrenceMessage, recurrence);
    showFieldMessages(m_timeMessage, time);
    showFieldMessages(m_registrationMessage, registration);
    showFieldMessages(m_videoMessage, videoLink);
}

void ScheduleEditor::updateVisibility() {
    const auto r = Recurrence(m_recurrence->currentData().toInt());
    m_everyWeeks->setVisible(r == EveryNWeeks);
    m_firstMeeting->setVisible(r == EveryNWeeks);
    m_weekOfMonth->setVisible(r == MonthlyNth);
}

void ScheduleEditor::updateNextMeetings() {
    const QDate today = clock::today();
    const std::vector<QDate> days = planning::meetingDays(schedule(), today, today.addDays(190));
    QStringList shown;
    for (std::size_t i = 0; i < days.size() && i < 4; ++i)
        shown << QLocale().toString(days[i], QStringLiteral("ddd dd/MM/yyyy"));
    m_next->setText(shown.isEmpty() ? tr("none in the next six months") : shown.join(QStringLiteral(", ")));
}

} // namespace concerto
