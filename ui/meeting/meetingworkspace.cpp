// The meeting workspace laid out: the session chosen, its agenda, the case on screen, the attendance, the strip
// (quorum and timers) and the decision panel, with their shortcuts; the course of the meeting is in
// meetingflow.cpp.
#include "ui/meeting/meetingworkspace.h"
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/casesummary.h"
#include "ui/meeting/decisionpanel.h"
#include "ui/meeting/meetingstrip.h"
#include "ui/meeting/presentationwindow.h"
#include "ui/meeting/quorumtext.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "services/directorylists.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/planningservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace concerto {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

// Enter on the agenda takes the selected case up.
class AgendaKeys final : public QObject {
public:
    AgendaKeys(MeetingWorkspace *workspace)
        : QObject(workspace)
        , m_workspace(workspace) {}
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                key->modifiers() == Qt::NoModifier) {
                m_workspace->takeUpSelected();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MeetingWorkspace *m_workspace;
};

} // namespace

MeetingWorkspace::MeetingWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Meeting"),
                tr("Enter takes a case up, Ctrl+Enter saves its decision and goes to the next one, Ctrl+R "
                   "postpones it, F5 shows it on the projector."),
                parent) {
    auto *top = new QHBoxLayout;
    m_session = new QComboBox(this);
    m_session->setObjectName(QStringLiteral("session"));
    m_session->setMinimumWidth(340);
    m_session->setToolTip(tr("Today's sessions and those of the next two weeks"));
    top->addWidget(m_session);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startMeeting"));
    needsRight(m_start, Action::TakeAttendance);
    top->addWidget(m_start);
    m_video = new QPushButton(tr("Join the video conference"), this);
    m_video->setObjectName(QStringLiteral("videoLink"));
    top->addWidget(m_video);
    m_present = new QPushButton(tr("Presentation (F5)"), this);
    m_present->setObjectName(QStringLiteral("presentCase"));
    m_present->setToolTip(tr("The case alone, in large type, on the second screen or the projector"));
    top->addWidget(m_present);
    m_sign = new QPushButton(tr("Sign the decided fiches (Ctrl+Shift+S)"), this);
    m_sign->setObjectName(QStringLiteral("signSession"));
    m_sign->setToolTip(tr("The coordinator signs every decided fiche of the session at once"));
    needsRight(m_sign, Action::SignFiches);
    top->addWidget(m_sign);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("meetingState"));
    top->addWidget(m_state, 1);
    content()->addLayout(top);

    // The strip: quorum of the case, who is present, the timers.
    m_strip = new MeetingStrip(this);
    content()->addWidget(m_strip);
    m_error = makeErrorBanner(this);
    content()->addWidget(m_error);

    auto *split = new QSplitter(this);
    m_agendaModel = new AgendaModel(services, this);
    m_agenda = new QTableView(split);
    m_agenda->setObjectName(QStringLiteral("meetingAgenda"));
    m_agenda->setModel(m_agendaModel);
    setUpTable(m_agenda);
    for (int c : {int(AgendaModel::CompletenessColumn), int(AgendaModel::LateColumn),
                  int(AgendaModel::RequesterColumn), int(AgendaModel::KindColumn)})
        m_agenda->hideColumn(c);
    m_agenda->horizontalHeader()->setSectionResizeMode(AgendaModel::PatientColumn, QHeaderView::Stretch);
    m_agenda->horizontalHeader()->resizeSection(AgendaModel::OrderColumn, 32);
    m_agenda->horizontalHeader()->resizeSection(AgendaModel::StateColumn, 90);
    m_agenda->installEventFilter(new AgendaKeys(this));
    m_agenda->setToolTip(tr("Enter: take the case up"));

    auto *centre = new QSplitter(Qt::Vertical, split);
    auto *caseBox = new QWidget(centre);
    auto *caseLayout = new QVBoxLayout(caseBox);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(sectionTitle(tr("Case"), caseBox));
    m_summary = new CaseSummary(1.35, caseBox);
    caseLayout->addWidget(m_summary, 1);
    auto *attendanceBox = new QWidget(centre);
    auto *attendanceLayout = new QVBoxLayout(attendanceBox);
    attendanceLayout->setContentsMargins(0, 0, 0, 0);
    attendanceLayout->addWidget(sectionTitle(tr("Attendance"), attendanceBox));
    m_attendance = new AttendancePanel(services, attendanceBox);
    attendanceLayout->addWidget(m_attendance, 1);
    m_quorumDetail = new QLabel(attendanceBox);
    m_quorumDetail->setObjectName(QStringLiteral("quorumDetail"));
    m_quorumDetail->setWordWrap(true);
    attendanceLayout->addWidget(m_quorumDetail);
    centre->setChildrenCollapsible(false);
    centre->setSizes({380, 320});

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(sectionTitle(tr("Decision"), right));
    m_decision = new DecisionPanel(services, right);
    rightLayout->addWidget(m_decision, 1);
    auto *actions = new QHBoxLayout;
    m_decide = new QPushButton(tr("Save, next case (Ctrl+Enter)"), right);
    m_decide->setObjectName(QStringLiteral("decideAndNext"));
    m_decide->setDefault(false);
    needsRight(m_decide, Action::RecordDecisions);
    m_postpone = new QPushButton(tr("Postpone… (Ctrl+R)"), right);
    m_postpone->setObjectName(QStringLiteral("postponeCase"));
    needsRight(m_postpone, Action::RecordDecisions);
    actions->addWidget(m_decide, 1);
    actions->addWidget(m_postpone);
    rightLayout->addLayout(actions);
    split->setChildrenCollapsible(false);
    split->setSizes({300, 500, 460});
    content()->addWidget(split, 1);

    auto *decideKeys = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, [this] { decideAndNext(); },
        Qt::WidgetWithChildrenShortcut);
    auto *decideKeypad = new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this, [this] { decideAndNext(); },
        Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(decideKeys);
    Q_UNUSED(decideKeypad);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_R), this, this, [this] { postponeCurrent(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, this, [this] { signSession(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::Key_F9), this, this,
        [this] {
            if (m_start->isVisible() && m_start->isEnabled())
                startOrEnd();
        },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::Key_F5), this, this, [this] { present(); }, Qt::WidgetWithChildrenShortcut);
    // Alt+1…4: the agenda, the case, the attendance, the decision.
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_1), this, this, [this] { m_agenda->setFocus(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_2), this, this, [this] { m_summary->setFocus(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_3), this, this, [this] { m_attendance->table()->setFocus(); },
        Qt::WidgetWithChildrenShortcut);
    new QShortcut(
        QKeySequence(Qt::ALT | Qt::Key_4), this, this,
        [this] {
            if (QWidget *field = m_decision->firstField())
                field->setFocus();
        },
        Qt::WidgetWithChildrenShortcut);

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000); // a departure or an arrival time passes: the quorum follows
    connect(m_tick, &QTimer::timeout, this, &MeetingWorkspace::updateQuorum);
    m_tick->start();
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &MeetingWorkspace::updateTimers);
    m_clock->start();

    connect(m_session, &QComboBox::currentIndexChanged, this, &MeetingWorkspace::showSession);
    connect(m_start, &QPushButton::clicked, this, &MeetingWorkspace::startOrEnd);
    connect(m_video, &QPushButton::clicked, this, &MeetingWorkspace::openVideo);
    connect(m_present, &QPushButton::clicked, this, &MeetingWorkspace::present);
    connect(m_sign, &QPushButton::clicked, this, &MeetingWorkspace::signSession);
    connect(m_decide, &QPushButton::clicked, this, &MeetingWorkspace::decideAndNext);
    connect(m_postpone, &QPushButton::clicked, this, &MeetingWorkspace::postponeCurrent);
    connect(m_attendance, &AttendancePanel::attendanceChanged, this, &MeetingWorkspace::updateQuorum);
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_selected = selectedCase();
        showSelectedCase();
    });
    connect(m_agendaModel, &QAbstractItemModel::modelReset, this, [this] {
        // Read again after a change: the same case stays selected.
        const int row = m_agendaModel->rowOf(!m_selected.isNull() ? m_selected : m_current);
        if (row >= 0)
            m_agenda->setCurrentIndex(m_agendaModel->index(row, AgendaModel::PatientColumn));
        else if (m_agendaModel->rowCount() > 0)
            m_agenda->setCurrentIndex(m_agendaModel->index(0, AgendaModel::PatientColumn));
        m_summaryOf = QUuid();
        showSelectedCase();
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

MeetingWorkspace::~MeetingWorkspace() {
    delete m_presentation;
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
        showError(tr("The sessions could not be read: %1").arg(sessions.error));
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

void MeetingWorkspace::showError(const QString &error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void MeetingWorkspace::showSession() {
    const QUuid id = currentSession();
    if (m_shown != id) {
        m_shown = id;
        m_current = m_selected = m_summaryOf = QUuid();
        m_decision->closeDocument();
        m_agendaModel->setSession(id);
        m_attendance->setSession(id);
    }
    m_start->setEnabled(!id.isNull());
    m_video->setEnabled(false);
    m_state->clear();
    if (id.isNull()) {
        m_start->setText(tr("Start the meeting (F9)"));
        m_state->setText(tr("No session today or in the next two weeks."));
        return;
    }
    const StoreRead<Session> s = m_services.meeting().session(id);
    if (!s.ok()) {
        m_state->setText(s.error);
        return;
    }
    const bool running = s->status == SessionStatus::InProgress;
    m_start->setText(running ? tr("End the meeting (F9)") : tr("Start the meeting (F9)"));
    m_start->setEnabled(s->status != SessionStatus::Closed);
    m_video->setEnabled(!s->videoLink.isEmpty());
    m_video->setToolTip(s->videoLink.isEmpty() ? tr("This session has no video-conference link")
                                               : s->videoLink);
    m_state->setText(s->status == SessionStatus::Closed ? tr("Meeting ended")
                     : running                          ? tr("Meeting in progress")
                                                        : tr("Not started"));
    if (!running && !m_current.isNull()) {
        m_current = QUuid();
        m_decision->closeDocument(tr("The meeting is not in progress."));
    }
    updateTimers();
}

void MeetingWorkspace::showSelectedCase() {
    updateQuorum();
    const QUuid c = m_selected;
    if (c == m_summaryOf)
        return;
    m_summaryOf = c;
    m_shownContext.reset();
    const int row = m_agendaModel->rowOf(c);
    if (c.isNull() || row < 0) {
        m_summary->showMessage(tr("Select a case on the agenda."));
        updatePresentation();
        return;
    }
    const Inscription &i = m_agendaModel->summary().cases[std::size_t(row)].inscription;
    Fiche shown; // what the summary reads: the case, its patient, session and committee
    shown.inscriptionId = i.meta.id;
    shown.patientId = i.patientId;
    shown.sessionId = i.sessionId;
    shown.rcpId = m_agendaModel->summary().session.rcpId;
    shown.meetingDate = toBoardTime(m_agendaModel->summary().session.startsAt).date();
    shown.writtenOpinions = i.writtenOpinions;
    const StoreRead<reports::FicheContext> context = m_services.fiches().printable(shown);
    if (!context.ok()) {
        m_summary->showMessage(tr("The case could not be read: %1").arg(context.error));
        updatePresentation();
        return;
    }
    m_shownContext = *context;
    m_shownLabels = m_services.fiches().codeLabels(*context);
    m_summary->showCase(*m_shownContext, m_shownLabels);
    updatePresentation();
}

QLabel *MeetingWorkspace::quorumBadge() const {
    return m_strip->quorumBadge();
}

void MeetingWorkspace::updateTimers() {
    const auto &summary = m_agendaModel->summary();
    int toDecide = 0;
    for (const validation::CaseInSession &c : summary.cases)
        if (stillToDecide(c.inscription.agendaState) || c.inscription.meta.id == m_current)
            ++toDecide;
    const bool caseRunning = !m_current.isNull() && m_caseClock.isValid();
    Session shown = summary.session;
    if (m_shown.isNull())
        shown.status = SessionStatus::Planned;
    m_strip->showTimes(shown, m_services.now(), toDecide, caseRunning ? m_caseClock.elapsed() / 1000 : -1);
}

void MeetingWorkspace::updateQuorum() {
    m_strip->showPresent(m_attendance->presentCount());
    m_quorumDetail->clear();
    const QUuid c = selectedCase();
    if (c.isNull()) {
        m_strip->showQuorumMessage(tr("Select a case to see its quorum."));
        return;
    }
    const StoreRead<validation::CaseQuorum> q = m_services.meeting().caseQuorum(c, m_services.now());
    if (!q.ok()) {
        m_strip->showQuorumMessage(tr("The quorum could not be computed: %1").arg(q.error));
        return;
    }
    m_strip->showQuorum(*q);
    // One wrapped paragraph under the attendance: the list keeps its room.
    m_quorumDetail->setText(quorumDetail(*q).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
}

} // namespace concerto
