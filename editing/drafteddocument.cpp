// Open, save with a merge, and drafts of a record document (see drafteddocument.h).
#include "editing/drafteddocument.h"
#include "editing/documentcommands.h"

#include "models/domain/jsonmerge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QUndoStack>

namespace concerto::editing {

DraftedDocument::DraftedDocument(Database &db, const QString &entity, const QUuid &id,
                                 const QJsonObject &stored, bool isNew, const QDateTime &storedAt)
    : RecordDocument(stored)
    , m_db(db)
    , m_drafts(db, entity)
    , m_id(id)
    , m_isNew(isNew)
    , m_storedAt(storedAt) {
    m_storedBody = isNew ? QJsonObject() : stored;
    m_wasDirty = isNew;
}

DraftedDocument::~DraftedDocument() {
    // The kind's parts are gone here, but the draft needs only the body and the store.
    if (m_draftPending)
        DraftedDocument::flushDraft();
}

bool DraftedDocument::isDirty() const {
    return m_isNew || RecordDocument::isDirty();
}

void DraftedDocument::takeUpDraft() {
    const StoreRead<std::optional<RecordDraft>> draft = m_drafts.find(m_id);
    if (!draft.ok() || !draft.value)
        return;
    if (!draft.value->damage.isEmpty()) {
        m_damagedDraft =
            tr("The draft from %1 cannot be restored: %2.")
                .arg(QLocale().toString(draft.value->savedAt.toLocalTime(), QLocale::ShortFormat),
                     draft.value->damage);
        return;
    }
    // Older than the record: the record is what is there. A draft of the same millisecond as the record
    // was written after reading it (a document opens the record before it drafts), so it is restored.
    if (!m_isNew && draft.value->savedAt < m_storedAt)
        return;
    m_stack->push(new ReplaceBodyCommand(this, m_body, draft.value->json, tr("restored draft")));
    m_draftTimer->stop(); // the draft is what is there
    m_draftPending = false;
    m_restoredDraftAt = draft.value->savedAt;
    m_restoredDraftBy = draft.value->author;
    emitDirtyIfChanged();
}

bool DraftedDocument::flushDraft() {
    m_draftTimer->stop();
    if (!m_draftPending)
        return true;
    StoreResult written;
    QDateTime at;
    if (isDirty()) {
        at = m_db.now();
        written = m_drafts.write(m_id, m_body, at);
    } else {
        written = m_drafts.remove(m_id);
    }
    if (!written) {
        m_draftError = written.error;
        return false; // still pending: the next change or close tries again
    }
    m_draftPending = false;
    m_draftError.clear();
    m_damagedDraft.clear();
    if (at.isValid())
        Q_EMIT draftWritten(at);
    return true;
}

QString DraftedDocument::conflictText(const QStringList &paths, const QJsonObject &theirs) const {
    auto shown = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isUndefined() || v.isNull())
            return tr("(empty)");
        if (v.isBool() || v.isDouble())
            return v.toVariant().toString();
        return QString::fromUtf8((v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                                     .toJson(QJsonDocument::Compact));
    };
    QStringList lines;
    for (const QString &path : paths)
        lines << tr("%1: yours \"%2\", saved meanwhile \"%3\"")
                     .arg(fieldName(path), shown(json::valueAt(m_body, path)),
                          shown(json::valueAt(theirs, path)));
    return tr("%1 was saved by someone else while you edited it, and some of the same fields changed. "
              "Nothing "
              "was saved; your changes are kept here.\n%2")
        .arg(recordName(), lines.join(QLatin1Char('\n')));
}

bool DraftedDocument::save() {
    m_draftTimer->stop();
    QJsonObject toSave = m_body;
    bool mergedTheirs = false;
    {
        WriteTransaction unit(m_db);
        if (!unit.isActive()) {
            m_lastError = unit.error();
            return false;
        }
        if (!m_isNew) {
            // The record as stored now, read inside the write: another writer's save is merged.
            const StoreRead<std::optional<QJsonObject>> stored = readStored();
            if (!stored.ok() || !stored.value) {
                m_lastError = stored.ok() ? tr("%1 no longer exists.").arg(recordName()) : stored.error;
                return false;
            }
            const QJsonObject theirs = *stored.value;
            if (theirs != m_storedBody) {
                const json::Merge merge = json::mergeThreeWay(m_storedBody, m_body, theirs);
                if (!merge.clean()) {
                    m_conflicts = merge.conflicts;
                    m_lastError = conflictText(merge.conflicts, theirs);
                    return false; // nothing written; the draft keeps the edits
                }
                toSave = normalised(merge.merged);
                mergedTheirs = true;
            }
        }
        StoreResult written = write(toSave);
        if (written)
            written = m_drafts.remove(m_id);
        if (!written || !unit.commit()) {
            m_lastError = written ? unit.error() : written.error;
            return false;
        }
    }
    m_conflicts.clear();
    m_lastError.clear();
    if (mergedTheirs) // the working copy shows what the other writer saved
        applyBody(toSave, QString());
    m_isNew = false;
    m_restoredDraftAt = {};
    m_damagedDraft.clear();
    markSaved(m_body);
    m_draftTimer->stop();
    m_draftPending = false;
    Q_EMIT saved();
    return true;
}

bool DraftedDocument::discard() {
    m_draftTimer->stop();
    if (StoreResult r = m_drafts.remove(m_id); !r) {
        m_lastError = r.error;
        return false;
    }
    if (!m_isNew) {
        const StoreRead<std::optional<QJsonObject>> stored = readStored();
        if (!stored.ok() || !stored.value) {
            m_lastError = stored.ok() ? tr("%1 no longer exists.").arg(recordName()) : stored.error;
            return false;
        }
        m_storedBody = *stored.value;
        applyBody(*stored.value, QString());
    }
    m_stack->clear();
    m_restoredDraftAt = {};
    m_damagedDraft.clear();
    emitDirtyIfChanged();
    m_draftTimer->stop();
    m_draftPending = false;
    return true;
}

} // namespace concerto::editing
