// The order of a session's cases, whether a session takes new cases, and the late mark: pure rules
// (the writes are services/agendaservice.cpp).
#include "models/planning/agenda.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto::agenda {

namespace {

int group(const Inscription &i) {
    return isRegisteredCase(i) ? 1 : 0;
}

bool comesBefore(const Inscription &a, const Inscription &b) {
    if (group(a) != group(b))
        return group(a) < group(b);
    const bool aUnordered = a.agendaOrder <= 0, bUnordered = b.agendaOrder <= 0;
    if (aUnordered != bUnordered)
        return bUnordered;
    if (a.agendaOrder != b.agendaOrder)
        return a.agendaOrder < b.agendaOrder;
    if (a.registeredAt != b.registeredAt)
        return a.registeredAt < b.registeredAt;
    return a.meta.id.toString() < b.meta.id.toString();
}

} // namespace

bool isRegisteredCase(const Inscription &inscription) {
    return inscription.intent == QLatin1String(kCaseRegistered);
}

std::vector<Inscription> ordered(std::vector<Inscription> cases) {
    std::sort(cases.begin(), cases.end(), comesBefore);
    return cases;
}

validation::Check mayRegister(const Session &session, bool force) {
    if (session.meta.deleted)
        return validation::Check::fail(
            QCoreApplication::translate("Agenda", "This session does not exist (any more)."));
    if (session.status == SessionStatus::Cancelled)
        return validation::Check::fail(QCoreApplication::translate(
            "Agenda", "This session is cancelled: choose another session for the case."));
    if (session.status != SessionStatus::Planned)
        return validation::Check::fail(QCoreApplication::translate(
            "Agenda", "This session has been held or is under way: choose a later session for the case."));
    if (session.registrationsClosed && !force)
        return validation::Check::fail(QCoreApplication::translate(
            "Agenda", "Registrations for this session are closed. Choose another session, "
                      "or add the case anyway if the coordinator agrees."));
    return validation::Check::pass();
}

bool markLateIfAfterDeadline(Inscription &inscription, const Session &session, const QDateTime &at) {
    inscription.lateRegistration =
        session.registrationDeadline.isValid() && at.isValid() && at > session.registrationDeadline;
    return inscription.lateRegistration;
}

} // namespace concerto::agenda
