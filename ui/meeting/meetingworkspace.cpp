// The meeting workspace: session, agenda, attendance and the live quorum of the selected case.
#include "ui/meeting/meetingworkspace.h"
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/quorumtext.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "services/directorylists.h"
#include "services/meetingservice.h"
#include "services/planningservice.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace concerto {

MeetingWorkspace::MeetingWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Meeting"),
                tr("Take the attendance and follow the quorum of each case live; the case summary and the "
                   "decision panel come next."),
                parent) {
    auto *top = new QHBoxLayout;
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("session"));
    m_session->setMinimumWidth(380);
    m_session->setToolTip(tr("Today's sessions and those of the next two weeks"));
    top->addWidget(m_session);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startMeeting"));
    needsRight(m_start, Action::TakeAttendance);
    top->addWidget(m_start);
    m_video = new QPushButton(tr("Join the video conference"), this);
    m_video->setObjectName(QStringLiteral("videoLink"));
    top->addWidget(m_video);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("meetingState"));
    top->addWidget(m_state, 1);
    content()->addLayout(top);
    m_error = makeErrorBanner(this);
    content()->addWidget(m_error);

    auto *split = new QSplitter(this);
    m_agendaModel = new AgendaModel(services, this);
    m_agenda = new QTableView(split);
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_agenda->setModel(m_agendaModel);
    setUpTable(m_agenda);
    for (int c : {int(AgendaModel::CompletenessColumn), int(AgendaModel::LateColumn),
                  int(AgendaModel::RequesterColumn)})
        m_agenda->hideColumn(c);
    m_agenda->horizontalHeader()->setSectionResizeMode(AgendaModel::PatientColumn, QHeaderView::Stretch);
    m_agenda->horizontalHeader()->resizeSection(AgendaModel::OrderColumn, 36);

    auto *middle = new QWidget(split);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *attendanceTitle = new QLabel(tr("Attendance"), middle);
    attendanceTitle->setObjectName(QStringLiteral("sectionTitle"));
    middleLayout->addWidget(attendanceTitle);
    m_attendance = new AttendancePanel(services, middle);
    middleLayout->addWidget(m_attendance);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *quorumTitle = new QLabel(tr("Quorum of the selected case"), right);
    quorumTitle->setObjectName(QStringLiteral("sectionTitle"));
    rightLayout->addWidget(quorumTitle);
    m_quorum = new QLabel(right);
    m_quorum->setObjectName(QStringLiteral("quorumBadge"));
    m_quorum->setWordWrap(true);
    m_quorum->setMargin(10);
    QFont big = m_quorum->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_quorum->setFont(big);
    rightLayout->addWidget(m_quorum);
    m_quorumDetail = new QLabel(right);
    m_quorumDetail->setObjectName(QStringLiteral("quorumDetail"));
    m_quorumDetail->setWordWrap(true);
    m_quorumDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addWidget(m_quorumDetail, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({320, 600, 300});
    content()->addWidget(split, 1);

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000); // a departure or an arrival time passes: the quorum follows
    connect(m_tick, &QTimer::timeout, this, &MeetingWorkspace::updateQuorum);
    m_tick->start();

    connect(m_session, &QComboBox::currentIndexChanged, this, &MeetingWorkspace::showSession);
    connect(m_start, &QPushButton::clicked, this, &MeetingWorkspace::startOrEnd);
    connect(m_video, &QPushButton::clicked, this, &MeetingWorkspace::openVideo);
    connect(m_attendance, &AttendancePanel::attendanceChanged, this, &MeetingWorkspace::updateQuorum);
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MeetingWorkspace::updateQuorum);
    connect(m_agendaModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_agenda->currentIndex().isValid() && m_agendaModel->rowCount() > 0)
            m_agenda->setCurrentIndex(m_agendaModel->index(0, AgendaModel::PatientColumn));
        updateQuorum();
    });
    connect(&services, &Services::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("session"))
            showSession();
        else if (entity == QLatin1String("inscription") || entity == QLatin1String("rcp"))
            updateQuorum();
    });
    connect(&services.directoryLists(), &DirectoryLists::changed, this, &MeetingWorkspace::fillSessions);
    applyRights(this, services);
    refresh();
}

void MeetingWorkspace::refresh() {
    fillSessions();
}

void MeetingWorkspace::fillSessions() {
    const QUuid chosen = currentSession();
    const QDateTime now = m_services.now();
    const StoreRead<std::vector<Session>> sessions =
        m_services.planning().between(now.addSecs(-12 * 3600), now.addDays(14));
    QSignalBlocker quiet(m_session);
    m_session->clear();
    if (!sessions.ok()) {
        m_error->setText(tr("The sessions could not be read: %1").arg(sessions.error));
        m_error->show();
        showSession();
        return;
    }
    m_error->hide();
    DirectoryLists &lists = m_services.directoryLists();
    const auto &committees = lists.committees();
    const bool namesKnown = lists.isLoaded() && committees.ok();
    int preferred = -1;
    for (const Session &s : *sessions) {
        if (s.status == SessionStatus::Cancelled)
            continue;
        QString name = tr("Reading…");
        if (namesKnown) {
            name = tr("Unknown committee");
            for (const Rcp &r : *committees)
                if (r.meta.id == s.rcpId)
                    name = r.name;
        }
        const QDateTime local = toBoardTime(s.startsAt);
        m_session->addItem(tr("%1 %2 · %3")
                               .arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                    QLocale().toString(local.time(), QLocale::ShortFormat), name),
                           s.meta.id);
        // Chosen first: a session in progress, else the first one not over yet.
        const int index = m_session->count() - 1;
        if (s.status == SessionStatus::InProgress)
            preferred = index;
        else if (preferred < 0 && s.status == SessionStatus::Planned &&
                 s.startsAt.addSecs(60 * s.durationMinutes) > now)
            preferred = index;
    }
    const int keep = m_session->findData(chosen);
    m_session->setCurrentIndex(keep >= 0 ? keep : std::max(preferred, m_session->count() > 0 ? 0 : -1));
    quiet.unblock();
    showSession();
}

QUuid MeetingWorkspace::currentSession() const {
    return m_session->currentData().toUuid();
}

QUuid MeetingWorkspace::selectedCase() const {
    const QModelIndex at = m_agenda->currentIndex();
    return at.isValid() ? at.siblingAtColumn(0).data(AgendaModel::InscriptionIdRole).toUuid() : QUuid();
}

void MeetingWorkspace::showSession() {
    const QUuid id = currentSession();
    if (m_shown != id) {
        m_shown = id;
        m_agendaModel->setSession(id);
        m_attendance->setSession(id);
    }
    m_start->setEnabled(!id.isNull());
    m_video->setEnabled(false);
    m_state->clear();
    if (id.isNull()) {
        m_start->setText(tr("Start the meeting"));
        m_state->setText(tr("No session today or in the next two weeks."));
        return;
    }
    const StoreRead<Session> s = m_services.meeting().session(id);
    if (!s.ok()) {
        m_state->setText(s.error);
        return;
    }
    const bool running = s->status == SessionStatus::InProgress;
    m_start->setText(running ? tr("End the meeting") : tr("Start the meeting"));
    m_start->setEnabled(s->status != SessionStatus::Closed);
    m_video->setEnabled(!s->videoLink.isEmpty());
    m_video->setToolTip(s->videoLink.isEmpty() ? tr("This session has no video-conference link")
                                               : s->videoLink);
    m_state->setText(s->status == SessionStatus::Closed ? tr("Meeting ended")
                     : running                          ? tr("Meeting in progress")
                                                        : tr("Not started"));
}

void MeetingWorkspace::startOrEnd() {
    const QUuid id = currentSession();
    const StoreRead<Session> s = m_services.meeting().session(id);
    if (!s.ok())
        return;
    const StoreResult done = s->status == SessionStatus::InProgress ? m_services.meeting().close(id)
                                                                    : m_services.meeting().open(id);
    m_error->setVisible(!done.ok);
    m_error->setText(done.error);
}

void MeetingWorkspace::openVideo() {
    const StoreRead<Session> s = m_services.meeting().session(currentSession());
    if (s.ok() && !s->videoLink.isEmpty())
        QDesktopServices::openUrl(QUrl(s->videoLink));
}

void MeetingWorkspace::updateQuorum() {
    const QUuid c = selectedCase();
    if (c.isNull()) {
        m_quorum->setText(tr("Select a case to see its quorum."));
        m_quorum->setStyleSheet(QString());
        m_quorumDetail->clear();
        return;
    }
    const StoreRead<validation::CaseQuorum> q = m_services.meeting().caseQuorum(c, m_services.now());
    if (!q.ok()) {
        m_quorum->setText(tr("The quorum could not be computed: %1").arg(q.error));
        m_quorum->setStyleSheet(QString());
        m_quorumDetail->clear();
        return;
    }
    m_quorum->setText(quorumHeadline(*q));
    m_quorum->setProperty("met", q->met());
    m_quorum->setStyleSheet(q->met()
                                ? QStringLiteral("background: #d8efdd; color: #1b5e20; border-radius: 6px;")
                                : QStringLiteral("background: #fbe0dc; color: #8c1d18; border-radius: 6px;"));
    m_quorumDetail->setText(quorumDetail(*q));
}

} // namespace concerto
