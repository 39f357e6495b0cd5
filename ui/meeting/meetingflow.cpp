// The meeting's course, in the meeting workspace: a case taken up, its decision saved and the next one taken
// up, a case postponed, the meeting started and ended, the session's fiches signed, the case on the
// projector.
#include "ui/meeting/casesummary.h"
#include "ui/meeting/decisionpanel.h"
#include "ui/meeting/meetingworkspace.h"
#include "ui/meeting/postponedialog.h"
#include "ui/meeting/presentationwindow.h"

#include "models/domain/boardtime.h"
#include "models/itemmodels/agendamodel.h"
#include "services/decisionservice.h"
#include "services/ficheservice.h"
#include "services/meetingservice.h"
#include "services/planningservice.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QUrl>

namespace concerto {

bool MeetingWorkspace::stillToDecide(AgendaState state) {
    return state == AgendaState::ToDiscuss || state == AgendaState::InProgress;
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

void MeetingWorkspace::selectCase(const QUuid &inscriptionId) {
    const int row = m_agendaModel->rowOf(inscriptionId);
    if (row >= 0)
        m_agenda->setCurrentIndex(m_agendaModel->index(row, AgendaModel::PatientColumn));
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
    const StoreRead<std::vector<Session>> coming = m_services.planning().between(
        summary.session.startsAt.addSecs(60), summary.session.startsAt.addDays(180));
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
        if (const StoreRead<Rcp> rcp = m_services.meeting().committee(m_agendaModel->summary().session.rcpId);
            rcp.ok())
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
    QString text = tr("%Ln fiche(s) signed.", nullptr, done.signedCount);
    if (!done.refused.empty()) {
        text += QLatin1Char('\n') + tr("%Ln fiche(s) not signed:", nullptr, int(done.refused.size()));
        for (const FicheService::SessionSigning::Refusal &r : done.refused)
            text += QStringLiteral("\n• %1: %2")
                        .arg(r.patient, QString(r.reason).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
    m_state->setText(tr("%Ln fiche(s) signed", nullptr, done.signedCount));
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
    m_presentation->setHeading(
        tr("%1 — %2 — case %3 of %4")
            .arg(summary.committee,
                 QLocale().toString(toBoardTime(summary.session.startsAt).date(), QLocale::ShortFormat))
            .arg(QLocale().toString(row + 1), QLocale().toString(qlonglong(summary.cases.size()))));
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

} // namespace concerto
