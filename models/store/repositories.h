// The repositories of the directory and case aggregates, with the queries the screens need.
#pragma once

#include "models/store/repository.h"

namespace concerto {

using OrganisationRepository = Repository<Organisation>;
using RcpRepository = Repository<Rcp>;

class ProfessionalRepository final : public Repository<Professional> {
public:
    using Repository::Repository;
    StoreRead<std::optional<Professional>> findByRpps(const QString &rpps) const;
};

class SessionRepository final : public Repository<Session> {
public:
    using Repository::Repository;
    // Sessions starting in [from, to), in time order.
    StoreRead<std::vector<Session>> between(const QDateTime &from, const QDateTime &to) const;
    StoreRead<std::vector<Session>> forRcp(const QUuid &rcpId) const;
};

class PatientRepository final : public Repository<Patient> {
public:
    using Repository::Repository;
    // Patients whose names start with the words typed (accents and case ignored), or whose INS or IPP is it.
    StoreRead<std::vector<Patient>> search(const QString &text, int limit = 50) const;
    StoreRead<std::optional<Patient>> findByIns(const QString &ins) const;
    // Identities that may be the same person: same birth date and a name or first given name in common.
    StoreRead<std::vector<Patient>> lookAlikes(const Patient &patient) const;
};

class InscriptionRepository final : public Repository<Inscription> {
public:
    using Repository::Repository;
    StoreRead<std::vector<Inscription>> forSession(const QUuid &sessionId) const;
    // How many cases a session has, counted by the store (no case is read).
    StoreRead<int> countForSession(const QUuid &sessionId) const;
    StoreRead<std::vector<Inscription>> forPatient(const QUuid &patientId) const;
};

} // namespace concerto
