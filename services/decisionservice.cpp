// The meeting's decisions: take up, decide, postpone, pre-validate; each one write unit.
#include "services/decisionservice.h"
#include "services/agendaservice.h"
#include "services/rights.h"
#include "services/storeunits.h"

#include "models/domain/boardtime.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/validation/casequorum.h"
#include "models/validation/completeness.h"
#include "models/validation/fichecheck.h"

#include <QCoreApplication>

namespace concerto {

namespace {

const char *const kContext = "Decisions";

StoreResult refused(const char *text) {
    return StoreResult::failure(QCoreApplication::translate(kContext, text));
}

// The latest version of the case's fiche, signed or not.
StoreRead<std::optional<Fiche>> latestFiche(Database &db, const QUuid &inscriptionId) {
    return FicheRepository(db).latestForCase(inscriptionId);
}

// A new fiche for the case, pre-filled from it and from the patient's last fiche of the committee.
StoreRead<Fiche> prefilledFiche(Database &db, const Inscription &c, const Session &s, const Rcp &rcp) {
    Fiche f;
    f.meta.id = QUuid::createUuid();
    f.setId = f.meta.id;
    f.inscriptionId = c.meta.id;
    f.patientId = c.patientId;
    f.sessionId = s.meta.id;
    f.rcpId = rcp.meta.id;
    f.meetingDate = toBoardTime(s.startsAt).date();
    f.caseStatus = c.intent;
    f.authorId = c.presenterId.isNull() ? c.requesterId : c.presenterId;
    f.coordinatorId = rcp.coordinatorId;
    f.writtenOpinions = c.writtenOpinions;
    f.correspondents = c.correspondents;
    if (!c.requesterId.isNull() &&
        std::find(f.correspondents.begin(), f.correspondents.end(), c.requesterId) == f.correspondents.end())
        f.correspondents.insert(f.correspondents.begin(), c.requesterId);
    const StoreRead<std::optional<Patient>> patient = PatientRepository(db).find(c.patientId);
    if (!patient.ok())
        return StoreRead<Fiche>::failure(patient.error);
    if (patient.value)
        f.fileComplete =
            validation::checkCompleteness(c, validation::ageOn(patient.value->birthDate, f.meetingDate), rcp)
                .complete();
    const StoreRead<std::vector<Fiche>> earlier = FicheRepository(db).forPatient(c.patientId);
    if (!earlier.ok())
        return StoreRead<Fiche>::failure(earlier.error);
    const Fiche *last = nullptr;
    for (const Fiche &e : *earlier)
        if (e.isSigned() && e.rcpId == rcp.meta.id && (!last || e.signedAt > last->signedAt))
            last = &e;
    if (last) {
        f.framework.guideline = last->framework.guideline;
        f.framework.trialProposed = last->framework.trialProposed;
        f.framework.trialName = last->framework.trialName;
    }
    return StoreRead<Fiche>::success(f);
}

// A case whose decision is over: signed, or postponed.
StoreResult mayStillDecide(const Inscription &c, const std::optional<Fiche> &latest) {
    if (c.agendaState == AgendaState::Postponed)
        return refused(QT_TRANSLATE_NOOP("Decisions", "This case was postponed to a later session."));
    if (latest && latest->isSigned())
        return refused(QT_TRANSLATE_NOOP(
            "Decisions", "This case's fiche is signed: a correction is a new version of the fiche."));
    return StoreResult::success();
}

} // namespace

StoreRead<std::optional<Fiche>> DecisionService::openFiche(const QUuid &inscriptionId) const {
    StoreRead<std::optional<Fiche>> latest = latestFiche(m_db, inscriptionId);
    if (latest.ok() && latest.value && latest.value->isSigned())
        latest.value.reset();
    return latest;
}

StoreRead<Fiche> DecisionService::takeUp(const QUuid &inscriptionId) {
    using Answer = StoreRead<Fiche>;
    if (StoreResult may = allowed(m_actor, Action::RecordDecisions); !may)
        return Answer::failure(may.error);
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return Answer::failure(unit.error());
    StoreRead<Inscription> c = liveCase(m_db, inscriptionId);
    if (!c.ok())
        return Answer::failure(c.error);
    const StoreRead<Session> s = liveSession(m_db, c->sessionId);
    if (!s.ok())
        return Answer::failure(s.error);
    if (s->status != SessionStatus::InProgress)
        return Answer::failure(QCoreApplication::translate(
            kContext, "The meeting of this session is not in progress: start it to decide its cases."));
    const StoreRead<std::optional<Fiche>> latest = latestFiche(m_db, inscriptionId);
    if (!latest.ok())
        return Answer::failure(latest.error);
    if (StoreResult may = mayStillDecide(*c, *latest); !may)
        return Answer::failure(may.error);
    Fiche fiche;
    if (latest.value) {
        fiche = *latest.value;
    } else {
        const StoreRead<Rcp> rcp = liveCommittee(m_db, s->rcpId);
        if (!rcp.ok())
            return Answer::failure(rcp.error);
        StoreRead<Fiche> made = prefilledFiche(m_db, *c, *s, *rcp);
        if (!made.ok())
            return made;
        fiche = *made;
        if (StoreResult saved = FicheRepository(m_db).save(fiche); !saved)
            return Answer::failure(saved.error);
    }
    // One current case per agenda: another one left current without a decision waits again.
    InscriptionRepository cases(m_db);
    const StoreRead<std::vector<Inscription>> agenda = agenda::read(m_db, c->sessionId);
    if (!agenda.ok())
        return Answer::failure(agenda.error);
    for (Inscription other : *agenda) {
        if (other.meta.id == c->meta.id || other.agendaState != AgendaState::InProgress)
            continue;
        other.agendaState = AgendaState::ToDiscuss;
        if (StoreResult saved = cases.save(other); !saved)
            return Answer::failure(saved.error);
    }
    if (c->agendaState == AgendaState::ToDiscuss) {
        c->agendaState = AgendaState::InProgress;
        if (StoreResult saved = cases.save(*c); !saved)
            return Answer::failure(saved.error);
    }
    if (StoreResult done = commitOrFail(unit); !done)
        return Answer::failure(done.error);
    return Answer::success(fiche);
}

StoreResult DecisionService::decide(const QUuid &ficheId) {
    if (StoreResult may = allowed(m_actor, Action::RecordDecisions); !may)
        return may;
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    FicheRepository fiches(m_db);
    StoreRead<Fiche> fiche = live<Fiche>(fiches, ficheId, kContext,
                                         QT_TRANSLATE_NOOP("Decisions", "This fiche no longer exists."));
    if (!fiche.ok())
        return StoreResult::failure(fiche.error);
    StoreRead<Inscription> c = liveCase(m_db, fiche->inscriptionId);
    if (!c.ok())
        return StoreResult::failure(c.error);
    const StoreRead<std::optional<Fiche>> latest = latestFiche(m_db, c->meta.id);
    if (!latest.ok())
        return StoreResult::failure(latest.error);
    if (StoreResult may = mayStillDecide(*c, *latest); !may)
        return may;
    if (fiche->isSigned())
        return refused(QT_TRANSLATE_NOOP(
            "Decisions", "This fiche is signed and can no longer change: a correction is a new version."));
    const StoreRead<Session> s = liveSession(m_db, c->sessionId);
    if (!s.ok())
        return StoreResult::failure(s.error);
    const StoreRead<Rcp> rcp = liveCommittee(m_db, s->rcpId);
    if (!rcp.ok())
        return StoreResult::failure(rcp.error);
    QStringList faults;
    for (const validation::FicheFault &fault : validation::ficheDecisionFaults(*fiche))
        faults << fault.message;
    if (!faults.isEmpty())
        return StoreResult::failure(faults.join(QLatin1Char('\n')));
    // Who was there for this case, now; a case registered without discussion needs no quorum, but the
    // fiche still says who attended.
    validation::recordOnFiche(validation::evaluateCaseQuorum(rcp->quorum, *s, *c, m_db.now()), *fiche);
    fiche->status = DocumentStatus::Completed;
    if (StoreResult saved = fiches.save(*fiche); !saved)
        return saved;
    c->agendaState = fiche->caseStatus == QLatin1String(kCaseRegistered) ? AgendaState::Registered
                                                                         : AgendaState::Discussed;
    if (StoreResult saved = InscriptionRepository(m_db).save(*c); !saved)
        return saved;
    return commitOrFail(unit);
}

StoreResult DecisionService::postpone(const QUuid &inscriptionId, const QUuid &laterSessionId,
                                      const QString &reason) {
    if (StoreResult may = allowed(m_actor, Action::RecordDecisions); !may)
        return may;
    if (reason.trimmed().isEmpty())
        return refused(QT_TRANSLATE_NOOP("Decisions", "Give the reason why the case is postponed."));
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    StoreRead<Inscription> c = liveCase(m_db, inscriptionId);
    if (!c.ok())
        return StoreResult::failure(c.error);
    const StoreRead<std::optional<Fiche>> latest = latestFiche(m_db, inscriptionId);
    if (!latest.ok())
        return StoreResult::failure(latest.error);
    if (StoreResult may = mayStillDecide(*c, *latest); !may)
        return may;
    // Decided: its fiche completed (a case pre-validated for registration is not decided yet).
    if (c->agendaState == AgendaState::Discussed ||
        (latest.value && latest.value->status != DocumentStatus::InProgress))
        return refused(
            QT_TRANSLATE_NOOP("Decisions", "This case is decided: it can no longer be postponed."));
    const StoreRead<Session> here = liveSession(m_db, c->sessionId);
    if (!here.ok())
        return StoreResult::failure(here.error);
    const StoreRead<Session> later = liveSession(m_db, laterSessionId);
    if (!later.ok())
        return StoreResult::failure(later.error);
    if (later->startsAt <= here->startsAt)
        return refused(QT_TRANSLATE_NOOP("Decisions", "A case is postponed to a later session."));
    // The same case in the later session, to discuss: a postponement is not a late registration.
    Inscription again = *c;
    again.meta = RecordMeta{};
    again.sessionId = laterSessionId;
    again.agendaState = AgendaState::ToDiscuss;
    again.agendaOrder = 0;
    again.registeredAt = QDateTime();
    again.postponement = Postponement{};
    if (StoreResult registered = agenda::registerCase(m_db, again, true); !registered)
        return registered;
    if (again.lateRegistration) {
        again.lateRegistration = false;
        if (StoreResult saved = InscriptionRepository(m_db).save(again); !saved)
            return saved;
    }
    if (latest.value)
        if (StoreResult withdrawn = FicheRepository(m_db).remove(latest.value->meta.id); !withdrawn)
            return withdrawn;
    c->agendaState = AgendaState::Postponed;
    c->postponement.reason = reason.trimmed();
    c->postponement.toSessionId = laterSessionId;
    c->postponement.at = m_db.now();
    if (StoreResult saved = InscriptionRepository(m_db).save(*c); !saved)
        return saved;
    return commitOrFail(unit);
}

StoreResult DecisionService::preValidate(const QUuid &inscriptionId, const Guideline &guideline) {
    if (StoreResult may = allowed(m_actor, Action::SignFiches); !may)
        return may;
    WriteTransaction unit(m_db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    StoreRead<Inscription> c = liveCase(m_db, inscriptionId);
    if (!c.ok())
        return StoreResult::failure(c.error);
    if (c->intent != QLatin1String(kCaseRegistered))
        return refused(QT_TRANSLATE_NOOP(
            "Decisions", "This case is to be discussed: only a case to register without discussion is "
                         "pre-validated."));
    const StoreRead<Session> s = liveSession(m_db, c->sessionId);
    if (!s.ok())
        return StoreResult::failure(s.error);
    if (s->status == SessionStatus::Closed || s->status == SessionStatus::Cancelled)
        return refused(QT_TRANSLATE_NOOP("Decisions", "This session is over or cancelled."));
    const StoreRead<Rcp> rcp = liveCommittee(m_db, s->rcpId);
    if (!rcp.ok())
        return StoreResult::failure(rcp.error);
    const QUuid coordinator = m_actor.isRestricted() ? m_actor.professionalId : rcp->coordinatorId;
    if (m_actor.isRestricted() && !rcp->maySign(coordinator))
        return StoreResult::failure(
            QCoreApplication::translate(kContext, "Only the coordinator of %1 or a deputy named in the "
                                                  "directory pre-validates its cases.")
                .arg(rcp->name));
    const auto known = std::find_if(rcp->guidelines.begin(), rcp->guidelines.end(), [&](const Guideline &g) {
        return g.name == guideline.name && g.version == guideline.version;
    });
    if (guideline.isEmpty() || known == rcp->guidelines.end())
        return StoreResult::failure(
            QCoreApplication::translate(kContext, "Choose one of the guidelines %1 follows.").arg(rcp->name));
    const StoreRead<std::optional<Fiche>> latest = latestFiche(m_db, inscriptionId);
    if (!latest.ok())
        return StoreResult::failure(latest.error);
    if (StoreResult may = mayStillDecide(*c, *latest); !may)
        return may;
    Fiche fiche;
    if (latest.value) {
        fiche = *latest.value;
    } else {
        StoreRead<Fiche> made = prefilledFiche(m_db, *c, *s, *rcp);
        if (!made.ok())
            return StoreResult::failure(made.error);
        fiche = *made;
    }
    fiche.caseStatus = QString::fromLatin1(kCaseRegistered);
    fiche.framework.guideline = *known;
    fiche.framework.conform = true;
    fiche.framework.nonConformityReason.clear();
    fiche.coordinatorId = coordinator;
    if (StoreResult saved = FicheRepository(m_db).save(fiche); !saved)
        return saved;
    c->agendaState = AgendaState::Registered;
    if (StoreResult saved = InscriptionRepository(m_db).save(*c); !saved)
        return saved;
    return commitOrFail(unit);
}

} // namespace concerto
