// The meeting's strip: quorum badge, count present, case and session timers.
#include "ui/meeting/meetingstrip.h"
#include "ui/meeting/quorumtext.h"

#include <QHBoxLayout>
#include <QLabel>

namespace concerto {

namespace {

QString minutes(qint64 seconds) {
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MeetingStrip::MeetingStrip(QWidget *parent)
    : QWidget(parent) {
    auto *strip = new QHBoxLayout(this);
    strip->setContentsMargins(0, 0, 0, 0);
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("quorumBadge"));
    m_quorum->setWordWrap(true);
    m_quorum->setMargin(6);
    QFont bold = m_quorum->font();
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    bold.setBold(true);
    m_quorum->setFont(bold);
    strip->addWidget(m_quorum, 1);
    m_present = new QLabel(this);
    m_present->setObjectName(QStringLiteral("presentCount"));
    strip->addWidget(m_present);
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
}

void MeetingStrip::showPresent(int count) {
    m_present->setText(tr("%Ln present", nullptr, count));
}

void MeetingStrip::showQuorum(const validation::CaseQuorum &quorum) {
    m_quorum->setText(quorumHeadline(quorum));
    m_quorum->setProperty("met", quorum.met());
    m_quorum->setStyleSheet(quorum.met()
                                ? QStringLiteral("background: #d8efdd; color: #1b5e20; border-radius: 6px;")
                                : QStringLiteral("background: #fbe0dc; color: #8c1d18; border-radius: 6px;"));
}

void MeetingStrip::showQuorumMessage(const QString &message) {
    m_quorum->setText(message);
    m_quorum->setProperty("met", QVariant());
    m_quorum->setStyleSheet(QString());
}

void MeetingStrip::showTimes(const Session &session, const QDateTime &now, int toDecide, qint64 caseSeconds) {
    const qint64 planned = 60 * qint64(session.durationMinutes);
    if (session.status != SessionStatus::InProgress) {
        m_sessionTimer->setText(tr("Session: %1 planned").arg(minutes(planned)));
        m_caseTimer->clear();
        return;
    }
    m_sessionTimer->setText(
        tr("Session: %1 of %2").arg(minutes(session.startsAt.secsTo(now)), minutes(planned)));
    if (caseSeconds < 0) {
        m_caseTimer->setText(tr("No case taken up"));
        m_caseTimer->setStyleSheet(QString());
        return;
    }
    const qint64 left = now.secsTo(session.startsAt.addSecs(planned));
    const qint64 share = toDecide > 0 ? std::max<qint64>(60, left / toDecide) : 0;
    m_caseTimer->setText(tr("Case: %1").arg(minutes(caseSeconds)));
    m_caseTimer->setStyleSheet(caseSeconds > share + 60 && share > 0 ? QStringLiteral("color: #8c1d18;")
                                                                     : QString());
}

} // namespace concerto
