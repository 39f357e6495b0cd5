// The meeting workspace: session, agenda, case on screen, attendance, live quorum, decision and timers.
#include "ui/meeting/meetingworkspace.h"
#include "ui/meeting/attendancepanel.h"
#include "ui/meeting/casesummary.h"
#include "ui/meeting/decisionpanel.h"
#include "ui/meeting/postponedialog.h"
#include "ui/meeting/presentationwindow.h"
#include "ui/meeting/quorumtext.h"
#include "ui/screenrights.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "services/decisionservice.h"
#include "services/directorylists.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/planningservice.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace concerto {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QString minutes(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool stillToDecide(AgendaState state) {
    return state == AgendaState::ToDiscuss || state == AgendaState::InProgress;
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
    auto *strip = new QHBoxLayout;
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("quorumBadge"));
    m_quorum->setWordWrap(true);
    m_quorum->setMargin(6);
    QFont bold = m_quorum->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setBold(true);
    m_quorum->setFont(bold);
    strip->addWidget(m_quorum, 1);
    m_presentCount = new QLabel(this);
    m_presentCount->setObjectName(QStringLiteral("presentCount"));
    strip->addWidget(m_presentCount);
    m_caseTimer = new QLabel(this);
    m_caseTimer->setObjectName(QStringLiteral("caseTimer"));
    m_caseTimer->setFont(bold);
    m_caseTimer->setToolTip(tr("Time spent on the case taken up, against its share of the session"));
    strip->addSpacing(16);
    strip->addWidget(m_caseTimer);
    m_sessionTimer = new QLabel(this);
    m_sessionTimer->setObjectName(QStringLiteral("sessionTimer"));
    m_sessionTimer->setToolTip(tr("Time since the session began, against its planned length"));
    strip->addSpacing(16);
    strip->addWidget(m_sessionTimer);
    content()->addLayout(strip);
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

    auto *decideKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this,
                                     [this] { decideAndNext(); }, Qt::WidgetWithChildrenShortcut);
    auto *decideKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this, this,
                                       [this] { decideAndNext(); }, Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(decideKeys);
    Q_UNUSED(decideKeypad);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, this, [this] { postponeCurrent(); },
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, this, [this] { signSession(); },
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_F9), this, this, [this] {
        if (m_start->isVisible() && m_start->isEnabled())
            startOrEnd();
    }, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::Key_F5), this, this, [this] { present(); }, Qt::WidgetWithChildrenShortcut);
    // Alt+1…4: the agenda, the case, the attendance, the decision.
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_1), this, this, [this] { m_agenda->setFocus(); },
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_2), this, this, [this] { m_summary->setFocus(); },
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_3), this, this, [this] { m_attendance->table()->setFocus(); },
                  Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::ALT | Qt::Key_4), this, this, [this] {
        if (QWidget *field = m_decision->firstField())
            field->setFocus();
    }, Qt::WidgetWithChildrenShortcut);

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

void MeetingWorkspace::selectCase(const QUuid &inscriptionId) {
    const int row = m_agendaModel->rowOf(inscriptionId);
    if (row >= 0)
        m_agenda->setCurrentIndex(m_agendaModel->index(row, AgendaModel::PatientColumn));
}

QUuid MeetingWorkspace::nextCase() const {
    const auto &cases = m_agendaModel->summary().cases;
    const int from = std::max(m_agendaModel->rowOf(m_current), m_agendaModel->rowOf(m_selected));
    for (std::size_t n = 0; n < cases.size(); ++n) {
        const std::size_t at = (std::size_t(std::max(from, 0)) + n + 1) % cases.size();
        const Inscription &i = cases[at].inscription;
        if (i.meta.id != m_current && stillToDecide(i.agendaState))
            return i.meta.id;
    }
    return {};
}

bool MeetingWorkspace::takeUpSelected() {
    const QUuid c = selectedCase();
    if (c.isNull())
        return false;
    if (c == m_current) {
        if (QWidget *field = m_decision->firstField())
            field->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (!m_current.isNull() && !m_decision->save())
        return false; // the decision on screen could not be saved: it stays, with the reason
    const StoreRead<Fiche> fiche = m_services.decisions().takeUp(c);
    if (!fiche.ok()) {
        showError(fiche.error);
        return false;
    }
    showError({});
    std::vector<Guideline> guidelines;
    if (const StoreRead<Rcp> rcp = m_services.meeting().committee(fiche->rcpId); rcp.ok())
        guidelines = rcp->guidelines;
    if (!m_decision->open(fiche->meta.id, guidelines))
        return false;
    m_current = c;
    m_selected = c;
    m_caseClock.restart();
    updateTimers();
    if (QWidget *field = m_decision->firstField())
        field->setFocus(Qt::ShortcutFocusReason);
    return true;
}

bool MeetingWorkspace::decideAndNext() {
    if (m_current.isNull())
        return takeUpSelected();
    if (!m_decision->save())
        return false;
    const StoreResult decided = m_services.decisions().decide(m_decision->ficheId());
    if (!decided.ok) {
        m_decision->showError(decided.error);
        return false;
    }
    const QUuid next = nextCase();
    m_decision->closeDocument(tr("Decision saved."));
    m_current = QUuid();
    if (next.isNull()) {
        m_summary->showMessage(tr("Every case of the agenda is decided or postponed."));
        m_agenda->setFocus();
        return true;
    }
    selectCase(next);
    return takeUpSelected();
}

void MeetingWorkspace::postponeCurrent() {
    const QUuid c = m_current.isNull() ? selectedCase() : m_current;
    const int row = m_agendaModel->rowOf(c);
    if (c.isNull() || row < 0)
        return;
    const auto &summary = m_agendaModel->summary();
    std::vector<Session> later;
    const StoreRead<std::vector<Session>> coming =
        m_services.planning().between(summary.session.startsAt.addSecs(60), summary.session.startsAt.addDays(180));
    if (coming.ok())
        for (const Session &s : *coming)
            if (s.rcpId == summary.session.rcpId && s.status == SessionStatus::Planned && !s.meta.deleted)
                later.push_back(s);
    PostponeDialog dialog(summary.cases[std::size_t(row)].patient, later, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (c == m_current)
        m_decision->closeDocument();
    const StoreResult done = m_services.decisions().postpone(c, dialog.sessionId(), dialog.reason());
    if (!done.ok) {
        showError(done.error);
        return;
    }
    showError({});
    if (c == m_current) {
        m_current = QUuid();
        m_decision->closeDocument(tr("Case postponed."));
        const QUuid next = nextCase();
        if (!next.isNull()) {
            selectCase(next);
            takeUpSelected();
        }
    }
}

void MeetingWorkspace::signSession() {
    const QUuid session = currentSession();
    if (session.isNull() || !m_services.may(Action::SignFiches))
        return;
    if (!m_current.isNull())
        m_decision->save();
    const Actor &actor = m_services.actor();
    QUuid signer = actor.professionalId;
    if (!actor.isRestricted())
        if (const StoreRead<Rcp> rcp = m_services.meeting().committee(m_agendaModel->summary().session.rcpId); rcp.ok())
            signer = rcp->coordinatorId;
    const QMessageBox::StandardButton sure = QMessageBox::question(
        this, tr("Sign the session's fiches"),
        tr("Sign every decided fiche of this session? A signed fiche is locked: a correction is a new "
           "version."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (sure != QMessageBox::Yes)
        return;
    const FicheService::SessionSigning done = m_services.fiches().signSession(session, signer);
    if (!done.error.isEmpty()) {
        showError(done.error);
        return;
    }
    QString text = tr("%n fiche(s) signed.", nullptr, done.signedCount);
    if (!done.refused.empty()) {
        text += QLatin1Char('\n') + tr("%n fiche(s) not signed:", nullptr, int(done.refused.size()));
        for (const FicheService::SessionSigning::Refusal &r : done.refused)
            text += QStringLiteral("\n• %1: %2").arg(r.patient, QString(r.reason).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    m_state->setText(tr("%n fiche(s) signed", nullptr, done.signedCount));
    QMessageBox box(done.refused.empty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Sign the session's fiches"), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("signingReport"));
    box.exec();
}

void MeetingWorkspace::present() {
    if (!m_presentation)
        m_presentation = new PresentationWindow(nullptr);
    updatePresentation();
    m_presentation->present();
}

void MeetingWorkspace::updatePresentation() {
    if (!m_presentation)
        return;
    const auto &summary = m_agendaModel->summary();
    const int row = m_agendaModel->rowOf(m_summaryOf);
    m_presentation->setHeading(tr("%1 — %2 — case %3 of %4")
                                   .arg(summary.committee,
                                        QLocale().toString(toBoardTime(summary.session.startsAt).date(),
                                                           QLocale::ShortFormat))
                                   .arg(row + 1)
                                   .arg(summary.cases.size()));
    if (row < 0 || !m_shownContext)
        m_presentation->showMessage(tr("No case on screen."));
    else
        m_presentation->showCase(*m_shownContext, m_shownLabels);
}

void MeetingWorkspace::startOrEnd() {
    const QUuid id = currentSession();
    const StoreRead<Session> s = m_services.meeting().session(id);
    if (!s.ok())
        return;
    if (s->status == SessionStatus::InProgress && !m_current.isNull())
        m_decision->save();
    const StoreResult done = s->status == SessionStatus::InProgress ? m_services.meeting().close(id)
                                                                    : m_services.meeting().open(id);
    showError(done.error);
}

void MeetingWorkspace::openVideo() {
    const StoreRead<Session> s = m_services.meeting().session(currentSession());
    if (s.ok() && !s->videoLink.isEmpty())
        QDesktopServices::openUrl(QUrl(s->videoLink));
}

void MeetingWorkspace::updateTimers() {
    const auto &summary = m_agendaModel->summary();
    const bool running = !m_shown.isNull() && summary.session.status == SessionStatus::InProgress;
    int toDecide = 0;
    for (const validation::CaseInSession &c : summary.cases)
        if (stillToDecide(c.inscription.agendaState) || c.inscription.meta.id == m_current)
            ++toDecide;
    if (!running) {
        m_sessionTimer->setText(tr("Session: %1 planned").arg(minutes(60 * summary.session.durationMinutes)));
        m_caseTimer->clear();
    } else {
        const qint64 since = summary.session.startsAt.secsTo(m_services.now());
        m_sessionTimer->setText(tr("Session: %1 of %2")
                                    .arg(minutes(since), minutes(60 * summary.session.durationMinutes)));
    }
    if (running && !m_current.isNull() && m_caseClock.isValid()) {
        const qint64 spent = m_caseClock.elapsed() / 1000;
        const qint64 left = summary.session.startsAt.addSecs(60 * summary.session.durationMinutes).toSecsSinceEpoch() -
                            m_services.now().toSecsSinceEpoch();
        const qint64 share = toDecide > 0 ? std::max<qint64>(60, left / toDecide) : 0;
        m_caseTimer->setText(tr("Case: %1").arg(minutes(spent)));
        m_caseTimer->setStyleSheet(spent > share + 60 && share > 0 ? QStringLiteral("color: #8c1d18;")
                                                                   : QString());
    } else if (running) {
        m_caseTimer->setText(tr("No case taken up"));
        m_caseTimer->setStyleSheet(QString());
    }
}

void MeetingWorkspace::updateQuorum() {
    m_presentCount->setText(tr("%n present", nullptr, m_attendance->presentCount()));
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
    // One wrapped paragraph under the attendance: the list keeps its room.
    m_quorumDetail->setText(quorumDetail(*q).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
}

} // namespace concerto
