// The Meeting (Séance) workspace: the session chosen among today's and the coming ones, started and
// ended; on the left its agenda with each case's state; in the centre the case on screen in large type,
// with the attendance below it; on the right the decision panel. A strip shows the quorum of the case
// live (met, or what is missing), who is present, a timer for the case and one for the session. Enter on
// the agenda takes a case up; Ctrl+Enter saves its decision and takes up the next case; Ctrl+R postpones
// it; F5 opens the presentation window (the case alone, for the projector); Ctrl+Shift+S signs the
// session's decided fiches (the coordinator). Everything from the keyboard.
#pragma once

#include "ui/workspaces/workspace.h"

#include "reports/fichehtml.h"

#include <QElapsedTimer>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace concerto {

enum class AgendaState;
class AgendaModel;
class AttendancePanel;
class CaseSummary;
class DecisionPanel;
class MeetingStrip;
class PresentationWindow;

class MeetingWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit MeetingWorkspace(Services &services, QWidget *parent = nullptr);
    ~MeetingWorkspace() override;
    void refresh() override;

    QComboBox *sessionBox() const { return m_session; }
    AttendancePanel *attendance() const { return m_attendance; }
    QTableView *agenda() const { return m_agenda; }
    QLabel *quorumBadge() const;
    CaseSummary *summary() const { return m_summary; }
    DecisionPanel *decision() const { return m_decision; }
    PresentationWindow *presentation() const { return m_presentation; }
    // The case taken up (being decided); null when none.
    QUuid currentCase() const { return m_current; }

    // The meeting's actions, also on their shortcuts.
    bool takeUpSelected();
    bool decideAndNext();
    void postponeCurrent();
    void present();
    // The coordinator signs every decided fiche of the session; those refused are listed with why.
    void signSession();

private:
    void fillSessions();
    void showSession();
    void showSelectedCase();
    void updateQuorum();
    void updateTimers();
    void startOrEnd();
    void openVideo();
    void showError(const QString &error);
    QUuid currentSession() const;
    QUuid selectedCase() const;
    // The next case after the current one still to decide; null when none.
    QUuid nextCase() const;
    void selectCase(const QUuid &inscriptionId);
    void updatePresentation();
    // Whether a case in `state` is still to decide (waiting, or taken up).
    static bool stillToDecide(AgendaState state);

    QComboBox *m_session = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_video = nullptr;
    QPushButton *m_present = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    QTableView *m_agenda = nullptr;
    CaseSummary *m_summary = nullptr;
    AttendancePanel *m_attendance = nullptr;
    DecisionPanel *m_decision = nullptr;
    PresentationWindow *m_presentation = nullptr;
    QPushButton *m_decide = nullptr;
    QPushButton *m_postpone = nullptr;
    QPushButton *m_sign = nullptr;
    MeetingStrip *m_strip = nullptr;
    QLabel *m_quorumDetail = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_clock = nullptr;
    QElapsedTimer m_caseClock;
    QUuid m_shown;                                       // the session whose agenda and attendance are shown
    QUuid m_selected;                                    // the case selected on the agenda
    QUuid m_current;                                     // the case taken up
    QUuid m_summaryOf;                                   // the case the summary shows
    std::optional<reports::FicheContext> m_shownContext; // what it shows, for the presentation window
    reports::FicheCodeLabels m_shownLabels;
};

} // namespace concerto
