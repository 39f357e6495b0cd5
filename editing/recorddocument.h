// What every editing document shares, whatever record it edits (a case, a fiche's decision, a committee):
// the working copy as JSON, read and changed by field path (jsonpath.h); every edit an undo step on its
// QUndoStack (typing in one text field merges into one step); whether it differs from what is saved; the
// validation of the working copy by field path; a draft written a moment after each change. Each kind
// says what its record keeps of a body, how it is validated, saved and drafted. Headless: the editors
// and the meeting share the documents; no document hands out the database.
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <map>

class QTimer;
class QUndoStack;

namespace concerto::editing {

using FieldMessages = std::map<QString, QStringList>;

class RecordDocument : public QObject {
    Q_OBJECT
public:
    // How long after the last change the draft is written.
    static constexpr int kDraftDelayMs = 500;

    ~RecordDocument() override;
    Q_DISABLE_COPY_MOVE(RecordDocument)

    QJsonObject body() const { return m_body; }
    QUndoStack *undoStack() const { return m_stack; }

    // Reading fields.
    QJsonValue value(const QString &path) const;
    QString text(const QString &path) const;
    QDate date(const QString &path) const;
    int listSize(const QString &listPath) const;

    // Edits: each is one undo step (or merges into the previous one when typing in the same text field).
    // False when the path does not exist or nothing changes.
    bool setValue(const QString &path, const QJsonValue &value);
    bool setText(const QString &path, const QString &text) { return setValue(path, text); }
    bool setDate(const QString &path, const QDate &date);
    bool setBool(const QString &path, bool on) { return setValue(path, on); }
    bool setInt(const QString &path, int v) { return setValue(path, v); }
    bool insertItem(const QString &listPath, int index, const QJsonObject &item = {});
    bool removeItem(const QString &listPath, int index);
    bool moveItem(const QString &listPath, int from, int to);
    // Convenience: a new item at the end of a list; returns its index.
    int appendItem(const QString &listPath, const QJsonObject &item = {});
    // Ends the current typing step: the next text typed in the same field is a new undo step.
    void endTyping() { m_typingBreak = true; }

    // Whether the working copy differs from what is saved (a record never saved always does).
    virtual bool isDirty() const;

    // The faults of the working copy, by field path ("" for the record as a whole).
    virtual FieldMessages validation() const = 0;
    QStringList messagesAt(const QString &path) const;

    // Saves the working copy; on failure the document stays as it was, dirty, and lastError() says why
    // (conflicts() names the fields another writer changed differently meanwhile).
    virtual bool save() = 0;
    QString lastError() const { return m_lastError; }
    QStringList conflicts() const { return m_conflicts; }

    // Writes the draft now if a change is waiting (what closing does); false when it could not be
    // written (draftError() says why).
    virtual bool flushDraft() = 0;
    QString draftError() const { return m_draftError; }

    // Replaces the working copy (the commands' way in): the record's own reading of `body`, then changed().
    void applyBody(const QJsonObject &body, const QString &path);

Q_SIGNALS:
    // A field or a list changed (path empty: the whole record), by an edit, an undo or a redo.
    void changed(const QString &path);
    void dirtyChanged(bool dirty);
    void saved();
    void draftWritten(const QDateTime &at);

protected:
    explicit RecordDocument(const QJsonObject &body, QObject *parent = nullptr);

    // What the record keeps of a body (its fromJson then toJson): unknown keys survive, wrong types not.
    virtual QJsonObject normalised(const QJsonObject &body) const { return body; }
    // Called after the working copy changed: the kind keeps its typed record in step.
    virtual void bodyApplied() {}
    // A field's name in the undo history ("change of the question").
    virtual QString fieldName(const QString &path) const { return path; }

    void scheduleDraft();
    // The stored copy was (re)read or saved: the base of the next merge, and the undo stack's clean state.
    void markSaved(const QJsonObject &stored);
    void emitDirtyIfChanged();

    QJsonObject m_body;       // what edits change
    QJsonObject m_storedBody; // the record as stored when opened or last saved
    QUndoStack *m_stack;
    QTimer *m_draftTimer;
    bool m_draftPending = false;
    bool m_typingBreak = false;
    bool m_wasDirty = false;
    QString m_lastError;
    QStringList m_conflicts;
    QString m_draftError;

private:
    void stackChanged();
};

} // namespace concerto::editing
