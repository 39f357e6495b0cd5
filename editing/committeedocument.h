// A committee (RCP) being edited, as an editing document (drafteddocument.h): its working copy with undo,
// the directory's rules by field (validation/rcpcheck.h), drafts kept while it is edited, and the save
// through the directory service, merged with what another writer saved meanwhile.
#pragma once

#include "editing/drafteddocument.h"
#include "models/domain/rcp.h"
#include "services/services.h"

#include <memory>

namespace concerto::editing {

class CommitteeDocument final : public DraftedDocument {
    Q_OBJECT
public:
    // A committee of the directory, with its draft when newer; null and `error` when it cannot be read.
    static std::unique_ptr<CommitteeDocument> open(Services &services, const QUuid &rcpId, QString *error);
    // A new committee, not in the directory until saved: empty, or starting from `start` (its id kept).
    static std::unique_ptr<CommitteeDocument> create(Services &services, const Rcp &start = {});
    ~CommitteeDocument() override;

    // The working copy as a record.
    Rcp committee() const;
    FieldMessages validation() const override;

protected:
    QJsonObject normalised(const QJsonObject &body) const override;
    QString fieldName(const QString &path) const override;
    StoreRead<std::optional<QJsonObject>> readStored() const override;
    StoreResult write(const QJsonObject &body) override;
    QString recordName() const override;

private:
    CommitteeDocument(Services &services, const Rcp &rcp, bool isNew);

    Services &m_services;
    RecordMeta m_meta;               // as read: what the save is checked against
    mutable RecordMeta m_storedMeta; // as read again inside the save
};

} // namespace concerto::editing
