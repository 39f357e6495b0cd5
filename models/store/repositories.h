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
    // Sessions on the days [from, to] of the boards' clock (Europe/Paris), in time order.
    StoreRead<std::vector<Session>> onDays(const QDate &from, const QDate &to) const;
    StoreRead<std::vector<Session>> forRcp(const QUuid &rcpId) const;
};

class PatientRepository final : public Repository<Patient> {
public:
    using Repository::Repository;
    // The first `limit` patients a search finds, best first (PatientSearch: names in any order, accents,
    // case and hyphens ignored, a birth date, the start of an INS or IPP); the list's first page for
    // a text without words.
    StoreRead<std::vector<Patient>> search(const QString &text, int limit = 50) const;
    StoreRead<std::optional<Patient>> findByIns(const QString &ins) const;
    StoreRead<std::optional<Patient>> findByIpp(const QString &ipp) const;
    // Living patients born that day, of that sex: where duplicate detection looks (identity/duplicates.h).
    StoreRead<std::vector<Patient>> bornOn(const QDate &birthDate, Sex sex) const;
    // How many cases (living inscriptions) and fiches (any) name the patient.
    StoreRead<int> casesAndFiches(const QUuid &patientId) const;
    // Refuses, in words, to delete a patient who has a case or a fiche: their history must keep them.
    StoreResult remove(const QUuid &id) override;

    // The names of a living patient with a birth date and a known sex, folded (searchKey) and without
    // spaces, as duplicate detection compares them.
    struct FoldedIdentity {
        QString id;
        QString birthDate;
        QString sex;
        QString birthName;
        QString usedName;
        QString givenNames;
    };
    // All of them, ordered by birth date and sex: what a duplicate pass over the whole registry groups.
    // Read from one index, without the records.
    StoreRead<std::vector<FoldedIdentity>> foldedIdentities() const;

private:
    friend class PatientSearch;
};

class InscriptionRepository final : public Repository<Inscription> {
public:
    using Repository::Repository;
    StoreRead<std::vector<Inscription>> forSession(const QUuid &sessionId) const;
    // How many cases a session has, counted by the store (no case is read).
    StoreRead<int> countForSession(const QUuid &sessionId) const;
    StoreRead<std::vector<Inscription>> forPatient(const QUuid &patientId) const;
    // The cases of the sessions held from `from` to before `to` (UTC), in meeting order, optionally of
    // one committee and in one agenda state (empty: any).
    StoreRead<std::vector<Inscription>> forSessionsBetween(const QDateTime &from, const QDateTime &to,
                                                           const QUuid &rcpId,
                                                           const QString &agendaState) const;
};

} // namespace concerto
