// A session's attendance as the meeting takes it: the committee's permanent members and the guests, each
// with their specialty, whether they are in the room or remote, and the times they arrived and left.
// Space checks the selected person in or out, R switches them to remote, Ctrl+I adds a guest, Delete takes
// someone checked in by mistake off the list. Every change goes through the meeting service.
#pragma once

#include "models/domain/session.h"
#include "services/services.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace concerto {

class AttendancePanel final : public QWidget {
    Q_OBJECT
public:
    explicit AttendancePanel(Services &services, QWidget *parent = nullptr);

    void setSession(const QUuid &sessionId);
    QTableWidget *table() const { return m_table; }
    // How many are present now.
    int presentCount() const { return m_present; }

    // The actions on the selected line (also the buttons' and keys').
    void toggleSelected();
    void toggleRemote();
    void addGuest();
    void removeSelected();

Q_SIGNALS:
    // The attendance changed (or was read again): the quorum is to be computed again.
    void attendanceChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void show(const StoreResult &result);
    // The line's person as the attendance list knows them (or a member not yet checked in).
    std::optional<Attendance> selectedPerson() const;

    Services &m_services;
    QUuid m_sessionId;
    Session m_session;
    std::vector<Attendance> m_lines; // one per table row
    int m_present = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remote = nullptr;
    QPushButton *m_guest = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace concerto
