// The fiche RCP's use cases that change it once it is written: the coordinator's signature, checked by the
// one signing rule (validation::checkFicheForSigning, with the quorum rule of the fiche's committee)
// before the store writes it, and the amendment of a signed fiche as a new version. The store's triggers
// stay as the last line: a signed fiche never changes, whoever writes.
#pragma once

#include "models/domain/fiche.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QJsonObject>

namespace concerto {

class FicheService final {
public:
    explicit FicheService(Database &db);

    // Signs `fiche` as `signerId`, freezing `caseSnapshot`, in one write unit: refused with every reason
    // the signing check gives (one a line), or when its committee cannot be read; nothing written then.
    // On success `fiche` is the signed version as stored.
    StoreResult sign(Fiche &fiche, const QUuid &signerId, const QJsonObject &caseSnapshot = {});
    // A correction of the latest signed version: a new, unsigned version with its reason.
    StoreResult amend(const Fiche &signedFiche, const QString &reason, Fiche *amendment = nullptr);

private:
    Database &m_db;
};

} // namespace concerto
