// The undoable edits of an editing document: set one field, insert, remove or move a list item, and
// replace the whole working copy (a restored draft). Each one changes the RecordDocument's JSON body
// through its field path; typing in one text field merges into one step (mergeWith on the same path).
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QUndoCommand>

namespace concerto::editing {

class RecordDocument;

class SetValueCommand final : public QUndoCommand {
public:
    static constexpr int kId = 0x4341; // "CA": consecutive values of one text field merge
    SetValueCommand(RecordDocument *document, QString path, QJsonValue before, QJsonValue after,
                    const QString &text);
    void redo() override;
    void undo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;
    QString path() const { return m_path; }

private:
    RecordDocument *m_document;
    QString m_path;
    QJsonValue m_before;
    QJsonValue m_after;
};

class ListCommand final : public QUndoCommand {
public:
    enum class Kind { Insert, Remove, Move };
    // Insert: `item` goes to `index`; Remove: the item at `index` (kept for undo); Move: `index` to `to`.
    ListCommand(RecordDocument *document, Kind kind, QString listPath, int index, QJsonValue item, int to,
                const QString &text);
    void redo() override;
    void undo() override;

private:
    RecordDocument *m_document;
    Kind m_kind;
    QString m_listPath;
    int m_index;
    QJsonValue m_item;
    int m_to;
};

class ReplaceBodyCommand final : public QUndoCommand {
public:
    ReplaceBodyCommand(RecordDocument *document, QJsonObject before, QJsonObject after, const QString &text);
    void redo() override;
    void undo() override;

private:
    RecordDocument *m_document;
    QJsonObject m_before;
    QJsonObject m_after;
};

} // namespace concerto::editing
