// The board's decision on a fiche not signed yet, as an editing document (drafteddocument.h): the
// fiche's status, proposal lines, guideline and conformity, trial and comments edited with undo, the
// decision's rules by field (validation::ficheDecisionFaults), drafts while it is edited, and the save
// through the fiche service (a signed fiche is refused: a correction is a new version). What the
// meeting's decision panel edits.
#pragma once

#include "editing/drafteddocument.h"
#include "models/domain/fiche.h"
#include "services/services.h"

#include <memory>

namespace concerto::editing {

class FicheDecisionDocument final : public DraftedDocument {
    Q_OBJECT
public:
    // The fiche's decision, with its draft when newer; null and `error` for a signed or missing fiche.
    static std::unique_ptr<FicheDecisionDocument> open(Services &services, const QUuid &ficheId,
                                                       QString *error);
    ~FicheDecisionDocument() override;

    // The working copy as a record.
    Fiche fiche() const;
    // A fiche without a proposal line gets an empty one to fill: in the working copy only, neither an
    // undo step nor a change to save until a field of it is filled.
    void offerFirstLine();
    FieldMessages validation() const override;

protected:
    QJsonObject normalised(const QJsonObject &body) const override;
    QString fieldName(const QString &path) const override;
    StoreRead<std::optional<QJsonObject>> readStored() const override;
    StoreResult write(const QJsonObject &body) override;
    QString recordName() const override;

private:
    FicheDecisionDocument(Services &services, const Fiche &fiche);

    Services &m_services;
    RecordMeta m_meta;
    mutable RecordMeta m_storedMeta;
};

} // namespace concerto::editing
