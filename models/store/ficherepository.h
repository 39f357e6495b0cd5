// The fiche repository: versions of a document, signature (after which the version is locked, here and
// in the database itself) and amendment (a new version of the same document, with its reason).
#pragma once

#include "models/store/repository.h"

namespace concerto {

class FicheRepository final : public Repository<Fiche> {
public:
    using Repository::Repository;

    // Refuses any change to a signed fiche.
    StoreResult save(Fiche &fiche) override;
    StoreResult remove(const QUuid &id) override;

    // Writes the coordinator's signature: the fiche becomes approved, signed and immutable, and
    // `caseSnapshot` freezes what it says of the patient and the case. The store decides nothing: the
    // signing check runs before, in the fiche service (services/ficheservice.h).
    StoreResult saveSigned(Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot = {});
    // A correction of a signed fiche: a new, unsigned version (same set id, number + 1) with its reason.
    StoreResult amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment);

    StoreRead<std::vector<Fiche>> versions(const QUuid &setId) const;
    StoreRead<std::vector<Fiche>> forPatient(const QUuid &patientId) const;
    // The latest version of the fiche of case `inscriptionId` (signed or not); nullopt when it has none.
    StoreRead<std::optional<Fiche>> latestForCase(const QUuid &inscriptionId) const;
    // The signed fiches, newest signature first, a page at a time by key (see Repository::pageAfter).
    StoreRead<PageOf<Fiche>> signedPageAfter(const PageKey &after, int limit) const;
    StoreRead<PageOf<Fiche>> signedPageBefore(const PageKey &before, int limit) const;
    StoreRead<int> signedCount() const;
    // The fiches matching `condition` (SQL on the fiche table's columns, its values bound in order), a
    // page at a time by key: newest change first, or newest signature first when `bySignature`.
    StoreRead<PageOf<Fiche>> pageWhere(const QString &condition, const QVariantList &binds, bool bySignature,
                                       const PageKey &after, int limit) const;
    // The same, newest meeting first (the start of the fiche's session, then the fiche's id): the fiche's
    // columns named fiche.status, fiche.patient_id… in `condition`. With `walkSessions` the sessions are
    // read newest first (index session_start) and their cases' fiches looked up, which pages the whole
    // list by key; without, the fiches `condition` finds through its own index are read and sorted (a
    // patient's, a few sessions'). A fiche without a case is not listed.
    StoreRead<PageOf<Fiche>> pageByMeeting(const QString &condition, const QVariantList &binds,
                                           bool walkSessions, const PageKey &after, int limit) const;
    // The integer a query of the store's file answers (a count), its values bound in order; the
    // statement is prepared once and kept.
    StoreRead<int> countOf(const QString &sql, const QVariantList &binds) const;
};

} // namespace concerto
