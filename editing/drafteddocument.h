// An editing document over one stored record whose drafts go to record_draft (a fiche's decision, a
// committee): opened with the draft restored when it is newer than the record (an undoable step), saved
// in one write unit merged with what another writer saved since it was read (json::mergeThreeWay: a field
// both changed differently is refused with both values, nothing written), the draft removed by the save.
// Each kind says how its record is read and written (through its service, whose rules run first).
#pragma once

#include "editing/recorddocument.h"
#include "editing/recorddrafts.h"

#include <QUuid>
#include <optional>

namespace concerto::editing {

class DraftedDocument : public RecordDocument {
    Q_OBJECT
public:
    ~DraftedDocument() override;

    QUuid id() const { return m_id; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const override;
    bool save() override;
    bool flushDraft() override;
    // Back to the record as stored; the draft is removed.
    bool discard();
    // When the restored draft was written; why a stored draft could not be restored.
    QDateTime restoredDraftAt() const { return m_restoredDraftAt; }
    // Who left the restored draft; empty when unknown (a draft older than the authors).
    QString restoredDraftBy() const { return m_restoredDraftBy; }
    QString damagedDraft() const { return m_damagedDraft; }

protected:
    // `stored`: the record's body as read (empty for a record not saved yet), `storedAt` its updated_at.
    DraftedDocument(Database &db, const QString &entity, const QUuid &id, const QJsonObject &stored,
                    bool isNew, const QDateTime &storedAt);
    // Restores this record's draft when it is newer than the stored record (called once by each open()).
    void takeUpDraft();
    // The record as stored now (nullopt when it no longer exists), read inside the save's write unit.
    virtual StoreRead<std::optional<QJsonObject>> readStored() const = 0;
    // Writes `body` as the record, refused in words by its rules; inside the save's write unit.
    virtual StoreResult write(const QJsonObject &body) = 0;
    // A sentence naming the record, for the conflict message ("This committee").
    virtual QString recordName() const = 0;

    Database &m_db;

private:
    QString conflictText(const QStringList &paths, const QJsonObject &theirs) const;

    RecordDraftStore m_drafts;
    QUuid m_id;
    bool m_isNew;
    QDateTime m_storedAt;
    QDateTime m_restoredDraftAt;
    QString m_restoredDraftBy;
    QString m_damagedDraft;
};

} // namespace concerto::editing
