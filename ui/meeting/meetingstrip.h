// The strip above the meeting's panels: the quorum of the case on screen (met in green, or what is
// missing in red), who is present, a timer for the case taken up (red when it runs over its share of the
// time left) and one for the session against its planned length.
#pragma once

#include "models/domain/session.h"
#include "models/validation/casequorum.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

namespace concerto {

class MeetingStrip final : public QWidget {
    Q_OBJECT
public:
    explicit MeetingStrip(QWidget *parent = nullptr);

    QLabel *quorumBadge() const { return m_quorum; }

    void showPresent(int count);
    void showQuorum(const validation::CaseQuorum &quorum);
    // No quorum to show: no case selected, or it could not be computed (`message` says which).
    void showQuorumMessage(const QString &message);
    // The timers of `session` at `now`: `toDecide` cases still to decide (the one taken up included), the
    // case taken up for `caseSeconds` (negative: none).
    void showTimes(const Session &session, const QDateTime &now, int toDecide, qint64 caseSeconds);

private:
    QLabel *m_quorum = nullptr;
    QLabel *m_present = nullptr;
    QLabel *m_caseTimer = nullptr;
    QLabel *m_sessionTimer = nullptr;
};

} // namespace concerto
