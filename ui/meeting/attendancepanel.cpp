// The attendance list of the meeting: read from the session and its committee, changed through the
// meeting service, read again after each change (from this window or another).
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/guestdialog.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/domain/labels.h"
#include "services/directorylists.h"
#include "services/meetingservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concerto {

namespace {
enum Column { NameColumn, SpecialtyColumn, PresenceColumn, ArrivedColumn, LeftColumn, ColumnCount };

QString clockTime(const QDateTime &utc) {
    return utc.isValid() ? QLocale().toString(toBoardTime(utc).time(), QLocale::ShortFormat) : QString();
}
} // namespace

AttendancePanel::AttendancePanel(Services &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attendance"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Specialty"), tr("Presence"), tr("Arrived"), tr("Left")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The name takes what is left; the specialty is elided (its whole text in the tooltip); the times fit.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SpecialtyColumn, QHeaderView::Interactive);
    header->resizeSection(SpecialtyColumn, 150);
    for (int c : {int(PresenceColumn), int(ArrivedColumn), int(LeftColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
    layout->addWidget(m_table);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("attendanceError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_toggle = new QPushButton(tr("Arrived / left"), this);
    m_toggle->setObjectName(QStringLiteral("toggleAttendance"));
    m_toggle->setToolTip(tr("Checks the selected person in, or out when they leave (Space)"));
    m_remote = new QPushButton(tr("Remote"), this);
    m_remote->setObjectName(QStringLiteral("toggleRemote"));
    m_remote->setToolTip(
        tr("The selected person takes part by video conference, or is back in the room (R)"));
    m_guest = new QPushButton(tr("Add a guest…"), this);
    m_guest->setObjectName(QStringLiteral("addGuest"));
    m_guest->setToolTip(tr("A professional of the directory, or someone without RPPS (Ctrl+I)"));
    m_remove = new QPushButton(tr("Take off the list"), this);
    m_remove->setObjectName(QStringLiteral("removeAttendee"));
    m_remove->setToolTip(tr("For someone checked in by mistake (Delete)"));
    for (QPushButton *b : {m_toggle, m_remote, m_guest, m_remove}) {
        needsRight(b, Action::TakeAttendance);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *guestKey = new QShortcut(QKeySequence(tr("Ctrl+I")), this, this, &AttendancePanel::addGuest,
                                   Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(guestKey)

    connect(m_toggle, &QPushButton::clicked, this, &AttendancePanel::toggleSelected);
    connect(m_remote, &QPushButton::clicked, this, &AttendancePanel::toggleRemote);
    connect(m_guest, &QPushButton::clicked, this, &AttendancePanel::addGuest);
    connect(m_remove, &QPushButton::clicked, this, &AttendancePanel::removeSelected);
    connect(&m_services, &Services::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("session") || entity == QLatin1String("rcp") ||
            entity == QLatin1String("professional"))
            reload();
    });
    connect(&m_services.directoryLists(), &DirectoryLists::changed, this, &AttendancePanel::reload);
    applyRights(this, m_services);
}

void AttendancePanel::setSession(const QUuid &sessionId) {
    m_sessionId = sessionId;
    m_error->hide();
    reload();
}

void AttendancePanel::reload() {
    const int row = m_table->currentRow();
    m_table->setRowCount(0);
    m_lines.clear();
    m_present = 0;
    if (m_sessionId.isNull()) {
        Q_EMIT attendanceChanged();
        return;
    }
    const StoreRead<Session> s = m_services.meeting().session(m_sessionId);
    if (!s.ok()) {
        m_error->setText(tr("The attendance could not be read: %1").arg(s.error));
        m_error->show();
        Q_EMIT attendanceChanged();
        return;
    }
    m_session = *s;
    const StoreRead<Rcp> rcp = m_services.meeting().committee(s->rcpId);
    DirectoryLists &lists = m_services.directoryLists();
    const auto &professionals = lists.professionals();
    // Names are known once the directory is read (DirectoryLists::changed reads this list again then).
    const bool namesKnown = lists.isLoaded() && professionals.ok();
    auto professional = [&](const QUuid &id) -> const Professional * {
        if (!namesKnown)
            return nullptr;
        for (const Professional &p : *professionals)
            if (p.meta.id == id)
                return &p;
        return nullptr;
    };
    m_lines = m_session.attendance;
    if (rcp.ok())
        for (const QUuid &member : rcp->permanentMembers) {
            Attendance a;
            a.professionalId = member;
            if (std::none_of(m_lines.begin(), m_lines.end(),
                             [&](const Attendance &x) { return x.isSamePerson(a); })) {
                if (const Professional *p = professional(member))
                    a.specialty = p->specialty;
                m_lines.push_back(a); // not checked in: no arrival time
            }
        }
    const QDateTime now = m_services.now();
    m_table->setRowCount(int(m_lines.size()));
    for (int r = 0; r < int(m_lines.size()); ++r) {
        const Attendance &a = m_lines[std::size_t(r)];
        const bool checkedIn = r < int(m_session.attendance.size());
        const bool here = checkedIn && a.presentAt(now);
        m_present += here ? 1 : 0;
        QString name;
        if (a.professionalId.isNull())
            name = tr("%1 (%2, without RPPS)").arg(a.guestName, a.guestOrganisation);
        else if (const Professional *p = professional(a.professionalId))
            name = p->displayName();
        else
            name = namesKnown ? tr("Unknown professional") : tr("Reading…");
        if (a.guest)
            name += tr(" · guest");
        QString presence = tr("not arrived");
        if (checkedIn && a.leftAt.isValid() && a.leftAt <= now)
            presence = tr("left");
        else if (here)
            presence = a.remote ? tr("remote") : tr("in the room");
        const QStringList cells{name, labels::specialty(a.specialty), presence, clockTime(a.arrivedAt),
                                clockTime(a.leftAt)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (!here)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::clamp(row, 0, m_table->rowCount() - 1));
    if (!rcp.ok()) {
        m_error->setText(tr("The committee's members could not be read: %1").arg(rcp.error));
        m_error->show();
    }
    Q_EMIT attendanceChanged();
}

std::optional<Attendance> AttendancePanel::selectedPerson() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_lines.size()))
        return std::nullopt;
    return m_lines[std::size_t(row)];
}

void AttendancePanel::show(const StoreResult &result) {
    m_error->setVisible(!result.ok);
    m_error->setText(result.error);
}

void AttendancePanel::toggleSelected() {
    const std::optional<Attendance> who = selectedPerson();
    if (!who)
        return;
    const bool here =
        m_table->currentRow() < int(m_session.attendance.size()) && who->presentAt(m_services.now());
    show(here ? m_services.meeting().leave(m_sessionId, *who)
              : m_services.meeting().checkIn(m_sessionId, *who));
}

void AttendancePanel::toggleRemote() {
    const std::optional<Attendance> who = selectedPerson();
    if (!who)
        return;
    show(m_services.meeting().setRemote(m_sessionId, *who, !who->remote));
}

void AttendancePanel::addGuest() {
    if (m_sessionId.isNull() || !m_services.may(Action::TakeAttendance))
        return;
    const auto &professionals = m_services.directoryLists().professionals();
    GuestDialog dialog(professionals.ok() ? *professionals : std::vector<Professional>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    show(m_services.meeting().checkIn(m_sessionId, dialog.guest()));
}

void AttendancePanel::removeSelected() {
    const std::optional<Attendance> who = selectedPerson();
    if (!who || m_table->currentRow() >= int(m_session.attendance.size()))
        return;
    show(m_services.meeting().remove(m_sessionId, *who));
}

bool AttendancePanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::KeyPress && m_services.may(Action::TakeAttendance)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Space:
                toggleSelected();
                return true;
            case Qt::Key_R:
                toggleRemote();
                return true;
            case Qt::Key_Delete:
                removeSelected();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace concerto
