// The undoable edits of a case (see casecommands.h).
#include "editing/documentcommands.h"
#include "editing/jsonpath.h"
#include "editing/recorddocument.h"

namespace concerto::editing {

SetValueCommand::SetValueCommand(RecordDocument *document, QString path, QJsonValue before, QJsonValue after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_path(std::move(path))
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void SetValueCommand::redo() {
    QJsonObject body = m_document->body();
    setValueAt(body, m_path, m_after);
    m_document->applyBody(body, m_path);
}

void SetValueCommand::undo() {
    QJsonObject body = m_document->body();
    setValueAt(body, m_path, m_before);
    m_document->applyBody(body, m_path);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other) {
    const auto *next = static_cast<const SetValueCommand *>(other);
    // Typing: successive texts of one field. A check box or a date is one step each.
    if (next->m_path != m_path || !(m_after.isString() || m_after.isUndefined()) ||
        !(next->m_after.isString() || next->m_after.isUndefined()))
        return false;
    m_after = next->m_after;
    // Typed back to what it was: the step disappears.
    setObsolete(m_after == m_before || (m_before.isUndefined() && m_after.toString().isEmpty()));
    return true;
}

ListCommand::ListCommand(RecordDocument *document, Kind kind, QString listPath, int index, QJsonValue item,
                         int to, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_kind(kind)
    , m_listPath(std::move(listPath))
    , m_index(index)
    , m_item(std::move(item))
    , m_to(to) {}

void ListCommand::redo() {
    QJsonObject body = m_document->body();
    switch (m_kind) {
    case Kind::Insert:
        insertItem(body, m_listPath, m_index, m_item);
        break;
    case Kind::Remove:
        m_item = valueAt(body, itemPath(m_listPath, m_index));
        removeItem(body, m_listPath, m_index);
        break;
    case Kind::Move:
        moveItem(body, m_listPath, m_index, m_to);
        break;
    }
    m_document->applyBody(body, m_listPath);
}

void ListCommand::undo() {
    QJsonObject body = m_document->body();
    switch (m_kind) {
    case Kind::Insert:
        removeItem(body, m_listPath, m_index);
        break;
    case Kind::Remove:
        insertItem(body, m_listPath, m_index, m_item);
        break;
    case Kind::Move:
        moveItem(body, m_listPath, m_to, m_index);
        break;
    }
    m_document->applyBody(body, m_listPath);
}

ReplaceBodyCommand::ReplaceBodyCommand(RecordDocument *document, QJsonObject before, QJsonObject after,
                                       const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

void ReplaceBodyCommand::redo() {
    m_document->applyBody(m_after, QString());
}

void ReplaceBodyCommand::undo() {
    m_document->applyBody(m_before, QString());
}

} // namespace concerto::editing
