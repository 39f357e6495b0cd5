// One open case (inscription), the first kind of editing document (recorddocument.h: the working copy,
// its undo steps, dirty state): validation of the case by field path, save through InscriptionRepository
// in one transaction merged with what another writer saved meanwhile, a draft of its own (case_draft,
// with the patient and session of a case not saved yet) restored on the next open, and, for a new case,
// what was taken from the patient's last fiche. Headless: the case editor and the meeting share it.
//
// Field paths are the JSON paths of the case (jsonpath.h): "question", "motif/recours",
// "clinical/whoStatus", "tumours/0/clinicalTnm/t", "clinical/tests/1/result".
#pragma once

#include "editing/attachments.h"
#include "editing/casedrafts.h"
#include "editing/caseprefill.h"
#include "editing/casevalidation.h"
#include "editing/recorddocument.h"

#include "models/domain/patient.h"
#include "models/staging/staging.h"
#include "models/store/database.h"
#include "models/validation/completeness.h"
#include "services/services.h"

#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace concerto::nomenclature {
class NomenclatureRepository;
}

namespace concerto::editing {

class CaseDocument final : public RecordDocument {
    Q_OBJECT
public:
    // Opens a saved case, or a new case whose draft is all there is. A draft newer than the saved case
    // is restored (an undoable step: undo goes back to the saved case) and restoredDraftAt() says when
    // it was written; an older one is kept and offered (olderDraftAt(), restoreOlderDraft()).
    static std::unique_ptr<CaseDocument> open(Database &db, const QUuid &inscriptionId, QString *error);
    // Starts a new case of `patientId` for `sessionId`, pre-filled from the patient's last fiche or case
    // (prefill() says what and from where). Not in the database until save().
    static std::unique_ptr<CaseDocument> create(Database &db, const QUuid &patientId, const QUuid &sessionId,
                                                QString *error);
    // The same, on the services of the open database (what the screens hold).
    // The document saves as the services' acting user (registering a new case, editing a saved one).
    static std::unique_ptr<CaseDocument> open(Services &services, const QUuid &inscriptionId, QString *error);
    static std::unique_ptr<CaseDocument> create(Services &services, const QUuid &patientId,
                                                const QUuid &sessionId, QString *error);
    // Who saves: checked by save() (the machine's administrator unless set).
    void setActor(const Actor &actor) { m_actor = actor; }
    ~CaseDocument() override; // writes the pending draft
    Q_DISABLE_COPY_MOVE(CaseDocument)

    // The files attached to the case.
    AttachmentStore &attachments() const { return *m_attachments; }
    QUuid id() const { return m_case.meta.id; }
    bool isNew() const { return m_isNew; }
    const Inscription &current() const { return m_case; }
    const Patient &patient() const { return m_patient; }
    bool isDirty() const override;

    // Validation of the working copy, by field path; today's date from the database's clock.
    FieldMessages validation() const override;
    // What the case's committee requires before the meeting that the working copy does not hold yet; the
    // committee's name through `committee`. A case whose session or committee is not found: nothing.
    validation::CaseCompleteness completeness(QString *committee = nullptr) const;
    // The stage group the tumour's clinical or pathological TNM gives for its site.
    staging::StageResult stageOf(int tumourIndex, bool pathological) const;

    // Saves the working copy (and removes the draft) in one transaction, against the case as it was
    // read: when another window, another Concerto or an agenda move saved the case since, what they
    // changed and this document did not is kept (the working copy then shows it); a field both changed
    // differently is refused with both values, nothing written (conflicts() names the paths). On failure
    // the document stays as it was, dirty, and lastError() says why.
    bool save() override;

    // Drafts.
    QDateTime restoredDraftAt() const { return m_restoredDraftAt; }
    // Who left the restored draft; empty when unknown (a draft older than the authors).
    QString restoredDraftBy() const { return m_restoredDraftBy; }
    QDateTime olderDraftAt() const { return m_olderDraft ? m_olderDraft->savedAt : QDateTime(); }
    // Why the stored draft of this case could not be restored (not JSON, not an object, a value of the
    // wrong type), in the user's language; empty when there is none. The case opens as saved; the
    // draft stays until discard() removes it or the next change replaces it.
    QString damagedDraft() const { return m_damagedDraft; }
    bool restoreOlderDraft();
    // Writes the draft now if a change is waiting (what closing does); false when it could not be written
    // (draftError() says why).
    bool flushDraft() override;
    // Back to the saved case (a new case: forgotten with its attachments); the draft is removed.
    bool discard();

    const Prefill &prefill() const { return m_prefill; }

    // "DUPONT Marie", for window titles.
    QString title() const;

protected:
    QJsonObject normalised(const QJsonObject &body) const override;
    void bodyApplied() override;
    QString fieldName(const QString &path) const override;

private:
    CaseDocument(Database &db, Inscription inscription, Patient patient, bool isNew);
    // Removes the case's draft unless another window wrote it since this document did.
    StoreResult removeOwnDraft();
    // Why a save was refused: each field both sides changed, with both values.
    QString conflictText(const QStringList &paths, const QJsonObject &theirs) const;
    QJsonObject draftJson() const;
    // The case and pre-fill a draft holds, or why it cannot be restored (empty when it can).
    QString loadDraft(const QJsonObject &json, QJsonObject *body, Prefill *prefill) const;

    Database &m_db;
    Actor m_actor;
    std::unique_ptr<AttachmentStore> m_attachments;
    Inscription m_case;      // the working copy as a record (m_body is its toJson())
    QJsonObject m_lastDraft; // the draft this document last wrote (another window's differs)
    Patient m_patient;
    bool m_isNew;
    QDateTime m_restoredDraftAt;
    QString m_restoredDraftBy;
    std::optional<CaseDraft> m_olderDraft;
    QString m_damagedDraft;
    Prefill m_prefill;
    // The imported ICD-10 and ICD-O-3 sets, when loaded: codes are checked against them.
    std::unique_ptr<nomenclature::NomenclatureRepository> m_nomenclatures;
    QString m_topographyOid;
    QString m_morphologyOid;
};

} // namespace concerto::editing
