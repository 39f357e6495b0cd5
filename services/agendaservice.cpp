// A session's agenda as the secretary changes it: cases read in agenda order, moved on the agenda or to
// another session, registered, registrations closed; each change one write unit (journal and audit).
#include "services/agendaservice.h"
#include "services/rights.h"
#include "services/storeunits.h"

#include "models/store/repositories.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto::agenda {

namespace {

// Numbers `cases` (in the wanted order) 1..n and saves those whose number changed, inside the caller's
// write unit; `always` is saved even when its number did not change.
StoreResult renumber(InscriptionRepository &repo, std::vector<Inscription> &cases, const QUuid &always = {}) {
    for (std::size_t n = 0; n < cases.size(); ++n) {
        Inscription &i = cases[n];
        const int order = int(n) + 1;
        if (i.agendaOrder == order && i.meta.id != always)
            continue;
        i.agendaOrder = order;
        const StoreResult saved = repo.save(i);
        if (!saved.ok)
            return saved;
    }
    return StoreResult::success();
}

// Where a case of `i`'s group goes when it is put last in its group.
std::size_t endOfGroup(const std::vector<Inscription> &cases, const Inscription &i) {
    std::size_t at = 0;
    while (at < cases.size() && isRegisteredCase(cases[at]) <= isRegisteredCase(i))
        ++at;
    return at;
}

StoreResult moveBy(Database &db, const QUuid &inscriptionId, int delta) {
    const StoreRead<Inscription> found = liveCase(db, inscriptionId);
    if (!found.ok())
        return StoreResult::failure(found.error);
    const StoreRead<std::vector<Inscription>> cases = read(db, found->sessionId);
    if (!cases.ok())
        return StoreResult::failure(cases.error);
    for (std::size_t n = 0; n < cases->size(); ++n)
        if ((*cases)[n].meta.id == inscriptionId)
            return moveCase(db, inscriptionId, std::max(0, int(n) + delta));
    return StoreResult::failure(
        QCoreApplication::translate("Agenda", "This case does not exist (any more)."));
}

} // namespace

StoreRead<std::vector<Inscription>> read(Database &db, const QUuid &sessionId) {
    StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).forSession(sessionId);
    if (cases.ok())
        *cases = ordered(std::move(*cases));
    return cases;
}

StoreResult moveCase(Database &db, const QUuid &inscriptionId, int position) {
    if (db.isReadOnly())
        return StoreResult::failure(QCoreApplication::translate(
            "Agenda", "This database is open read-only: the agenda cannot change."));
    const StoreRead<Inscription> found = liveCase(db, inscriptionId);
    if (!found.ok())
        return StoreResult::failure(found.error);
    StoreRead<std::vector<Inscription>> read_ = read(db, found->sessionId);
    if (!read_.ok())
        return StoreResult::failure(read_.error);
    std::vector<Inscription> &cases = *read_;
    const auto it = std::find_if(cases.begin(), cases.end(),
                                 [&](const Inscription &i) { return i.meta.id == inscriptionId; });
    if (it == cases.end())
        return StoreResult::failure(
            QCoreApplication::translate("Agenda", "This case does not exist (any more)."));
    const int from = int(it - cases.begin());
    // The case stays inside its group.
    int first = from, last = from;
    while (first > 0 && isRegisteredCase(cases[std::size_t(first - 1)]) == isRegisteredCase(*it))
        --first;
    while (last + 1 < int(cases.size()) &&
           isRegisteredCase(cases[std::size_t(last + 1)]) == isRegisteredCase(*it))
        ++last;
    const int to = std::clamp(position, first, last);
    if (to == from)
        return StoreResult::success();
    Inscription moving = std::move(cases[std::size_t(from)]);
    cases.erase(cases.begin() + from);
    cases.insert(cases.begin() + to, std::move(moving));

    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    InscriptionRepository repo(db);
    const StoreResult saved = renumber(repo, cases);
    if (!saved.ok)
        return saved;
    return commitOrFail(unit);
}

StoreResult moveUp(Database &db, const QUuid &inscriptionId) {
    return moveBy(db, inscriptionId, -1);
}

StoreResult moveDown(Database &db, const QUuid &inscriptionId) {
    return moveBy(db, inscriptionId, +1);
}

StoreResult registerCase(Database &db, Inscription &inscription, bool force) {
    const StoreRead<Session> session = liveSession(db, inscription.sessionId);
    if (!session.ok())
        return StoreResult::failure(session.error);
    const validation::Check allowed = mayRegister(*session, force);
    if (!allowed.ok())
        return StoreResult::failure(allowed.text());
    StoreRead<std::vector<Inscription>> others = read(db, inscription.sessionId);
    if (!others.ok())
        return StoreResult::failure(others.error);
    std::vector<Inscription> &cases = *others;
    cases.erase(std::remove_if(cases.begin(), cases.end(),
                               [&](const Inscription &i) { return i.meta.id == inscription.meta.id; }),
                cases.end());

    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    Inscription registered = inscription;
    if (!registered.registeredAt.isValid())
        registered.registeredAt = db.now();
    markLateIfAfterDeadline(registered, *session, registered.registeredAt);
    if (registered.meta.id.isNull())
        registered.meta.id = QUuid::createUuid();
    const std::size_t at = endOfGroup(cases, registered);
    cases.insert(cases.begin() + std::ptrdiff_t(at), registered);
    InscriptionRepository repo(db);
    StoreResult saved = renumber(repo, cases, registered.meta.id);
    if (!saved.ok)
        return saved;
    saved = commitOrFail(unit);
    if (saved.ok)
        inscription = cases[at];
    return saved;
}

StoreResult moveToSession(Database &db, const QUuid &inscriptionId, const QUuid &sessionId, bool force) {
    StoreRead<Inscription> found = liveCase(db, inscriptionId);
    if (!found.ok())
        return StoreResult::failure(found.error);
    Inscription moving = *found;
    if (moving.sessionId == sessionId)
        return StoreResult::failure(
            QCoreApplication::translate("Agenda", "The case is already on this session's agenda."));
    if (moving.agendaState == AgendaState::Discussed || moving.agendaState == AgendaState::Registered ||
        moving.agendaState == AgendaState::InProgress)
        return StoreResult::failure(QCoreApplication::translate(
            "Agenda", "This case has already been presented at its session: its fiche holds "
                      "the decision. Register a new case for a new discussion."));
    const StoreRead<Session> target = liveSession(db, sessionId);
    if (!target.ok())
        return StoreResult::failure(target.error);
    const validation::Check allowed = mayRegister(*target, force);
    if (!allowed.ok())
        return StoreResult::failure(allowed.text());
    StoreRead<std::vector<Inscription>> left = read(db, moving.sessionId);
    StoreRead<std::vector<Inscription>> there = read(db, sessionId);
    if (!left.ok() || !there.ok())
        return StoreResult::failure(left.ok() ? there.error : left.error);
    left->erase(std::remove_if(left->begin(), left->end(),
                               [&](const Inscription &i) { return i.meta.id == inscriptionId; }),
                left->end());

    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    moving.sessionId = sessionId;
    if (moving.agendaState == AgendaState::Postponed)
        moving.agendaState = AgendaState::ToDiscuss;
    markLateIfAfterDeadline(moving, *target, db.now());
    const std::size_t at = endOfGroup(*there, moving);
    there->insert(there->begin() + std::ptrdiff_t(at), moving);
    InscriptionRepository repo(db);
    StoreResult saved = renumber(repo, *left);
    if (saved.ok)
        saved = renumber(repo, *there, inscriptionId);
    if (!saved.ok)
        return saved;
    return commitOrFail(unit);
}

StoreResult setRegistrationsClosed(Database &db, const QUuid &sessionId, bool closed) {
    StoreRead<Session> session = liveSession(db, sessionId);
    if (!session.ok())
        return StoreResult::failure(session.error);
    if (session->status != SessionStatus::Planned)
        return StoreResult::failure(QCoreApplication::translate(
            "Agenda", "Only a planned session's registrations can be closed or opened."));
    if (session->registrationsClosed == closed)
        return StoreResult::success();
    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    session->registrationsClosed = closed;
    const StoreResult saved = SessionRepository(db).save(*session);
    if (!saved.ok)
        return saved;
    return commitOrFail(unit);
}

} // namespace concerto::agenda

namespace concerto {

StoreResult AgendaService::moveCase(const QUuid &inscriptionId, int position) {
    if (StoreResult may = allowed(m_actor, Action::RegisterCases); !may)
        return may;
    return agenda::moveCase(m_db, inscriptionId, position);
}

StoreResult AgendaService::moveToSession(const QUuid &inscriptionId, const QUuid &sessionId, bool force) {
    if (StoreResult may = allowed(m_actor, Action::RegisterCases); !may)
        return may;
    return agenda::moveToSession(m_db, inscriptionId, sessionId, force);
}

StoreResult AgendaService::setRegistrationsClosed(const QUuid &sessionId, bool closed) {
    if (StoreResult may = allowed(m_actor, Action::PlanSessions); !may)
        return may;
    return agenda::setRegistrationsClosed(m_db, sessionId, closed);
}

StoreResult AgendaService::registerCase(Inscription &inscription, bool force) {
    if (StoreResult may = allowed(m_actor, Action::RegisterCases); !may)
        return may;
    return agenda::registerCase(m_db, inscription, force);
}

} // namespace concerto
