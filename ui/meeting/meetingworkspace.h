// The Meeting (Séance) workspace, as far as it goes today: the session chosen among today's and the coming
// ones, started and ended; its agenda on the left; the attendance in the centre; the quorum of the selected
// case, computed live from who is present, beside it with a badge (met, or what is missing); the session's
// video-conference link opened from here. The case summary and the decision panel come next.
#pragma once

#include "ui/workspaces/workspace.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace concerto {

class AgendaModel;
class AttendancePanel;

class MeetingWorkspace final : public Workspace {
    Q_OBJECT
public:
    explicit MeetingWorkspace(Services &services, QWidget *parent = nullptr);
    void refresh() override;

    QComboBox *sessionBox() const { return m_session; }
    AttendancePanel *attendance() const { return m_attendance; }
    QTableView *agenda() const { return m_agenda; }
    QLabel *quorumBadge() const { return m_quorum; }

private:
    void fillSessions();
    void showSession();
    void updateQuorum();
    void startOrEnd();
    void openVideo();
    QUuid currentSession() const;
    QUuid selectedCase() const;

    QComboBox *m_session = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_video = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    QTableView *m_agenda = nullptr;
    AttendancePanel *m_attendance = nullptr;
    QLabel *m_quorum = nullptr;
    QLabel *m_quorumDetail = nullptr;
    QTimer *m_tick = nullptr;
    QUuid m_shown; // the session whose agenda and attendance are shown
};

} // namespace concerto
