// Meeting: an intentional placeholder that already shows what the store knows.
#include "ui/workspaces/plannedworkspaces.h"
#include "services/agendaservice.h"
#include "services/directoryservice.h"
#include "services/planningservice.h"

#include "models/domain/boardtime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace concerto {

MeetingWorkspace::MeetingWorkspace(Services &services, QWidget *parent)
    : Workspace(services, tr("Meeting"),
                tr("Run the meeting: the agenda, the current case in large type and the decision panel, all "
                   "from the keyboard."),
                parent) {
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("card"));
    m_next->setAttribute(Qt::WA_StyledBackground);
    m_next->setMargin(16);
    m_next->setWordWrap(true);
    content()->addWidget(m_next);
    content()->addWidget(makeComingSoon(
        tr("Coming next"),
        {tr("Left: the agenda with each case's state and presenter"),
         tr("Centre: the current case's summary, legible on a projector"),
         tr("Right: the decision panel, saved with Ctrl+Enter before moving to the next case"),
         tr("Attendance, quorum badge, a timer per case and a presentation mode for a second screen")},
        this));
    content()->addStretch();
    refresh();
}

void MeetingWorkspace::refresh() {
    const QDateTime now = m_services.now();
    const StoreRead<std::vector<Session>> upcoming =
        m_services.planning().between(now.addSecs(-4 * 3600), now.addDays(120));
    if (!upcoming.ok()) {
        m_next->setText(tr("The sessions could not be read: %1").arg(upcoming.error));
        return;
    }
    if (upcoming->empty()) {
        m_next->setText(tr("No session planned in the coming months."));
        return;
    }
    const Session &s = upcoming->front();
    const StoreRead<std::optional<Rcp>> rcp = m_services.directory().committee(s.rcpId);
    const StoreRead<std::vector<Inscription>> registered = m_services.agenda().cases(s.meta.id);
    if (!rcp.ok() || !registered.ok()) {
        m_next->setText(
            tr("The next session could not be read: %1").arg(rcp.ok() ? registered.error : rcp.error));
        return;
    }
    const int cases = int(registered->size());
    const QLocale locale;
    m_next->setText(tr("Next session: %1, %2 at %3, %n case(s) registered.", nullptr, cases)
                        .arg(rcp.value ? rcp.value->name : tr("unknown committee"),
                             locale.toString(toBoardTime(s.startsAt).date(), QLocale::ShortFormat),
                             locale.toString(toBoardTime(s.startsAt).time(), QLocale::ShortFormat)));
}

} // namespace concerto
