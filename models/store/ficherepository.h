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

    // The coordinator validates the fiche: it becomes approved, signed and immutable. `caseSnapshot`
    // freezes what the fiche says of the patient and the case.
    StoreResult sign(Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot = {});
    // A correction of a signed fiche: a new, unsigned version (same set id, number + 1) with its reason.
    StoreResult amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment);

    std::vector<Fiche> versions(const QUuid &setId) const;
    std::vector<Fiche> forPatient(const QUuid &patientId) const;
    std::vector<Fiche> signedPage(int offset, int limit) const;
    int signedCount() const;
};

} // namespace concerto
