// The editing document's working copy, its undo steps and its draft timer.
#include "editing/recorddocument.h"
#include "editing/documentcommands.h"
#include "editing/jsonpath.h"
#include "models/domain/record.h"

#include <QTimer>
#include <QUndoStack>

namespace concerto::editing {

RecordDocument::RecordDocument(const QJsonObject &body, QObject *parent)
    : QObject(parent)
    , m_body(body)
    , m_stack(new QUndoStack(this))
    , m_draftTimer(new QTimer(this)) {
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, [this] { flushDraft(); });
    connect(m_stack, &QUndoStack::indexChanged, this, &RecordDocument::stackChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this, &RecordDocument::stackChanged);
}

RecordDocument::~RecordDocument() = default;

QJsonValue RecordDocument::value(const QString &path) const {
    return valueAt(m_body, path);
}

QString RecordDocument::text(const QString &path) const {
    const QJsonValue v = value(path);
    return v.isDouble() ? QString::number(v.toInt()) : v.toString();
}

QDate RecordDocument::date(const QString &path) const {
    return QDate::fromString(value(path).toString(), Qt::ISODate);
}

int RecordDocument::listSize(const QString &listPath) const {
    return editing::listSize(m_body, listPath);
}

bool RecordDocument::setDate(const QString &path, const QDate &date) {
    return setValue(path, date.isValid() ? QJsonValue(json::dateText(date)) : QJsonValue());
}

bool RecordDocument::setValue(const QString &path, const QJsonValue &value) {
    QJsonObject probe = m_body;
    const QJsonValue before = valueAt(m_body, path);
    if (!setValueAt(probe, path, value) || valueAt(probe, path) == before)
        return false;
    const bool typing = !m_typingBreak;
    m_typingBreak = false;
    auto *command = new SetValueCommand(this, path, before, value, tr("change of %1").arg(fieldName(path)));
    if (!typing) {
        // A new step even in the same field: nothing merges into a macro, and the next keys merge into
        // this step's command.
        m_stack->beginMacro(command->text());
        m_stack->push(command);
        m_stack->endMacro();
        return true;
    }
    m_stack->push(command);
    return true;
}

bool RecordDocument::insertItem(const QString &listPath, int index, const QJsonObject &item) {
    if (index < 0 || index > listSize(listPath))
        return false;
    QJsonObject probe = m_body;
    if (!editing::insertItem(probe, listPath, index, item))
        return false;
    m_stack->push(new ListCommand(this, ListCommand::Kind::Insert, listPath, index, item, 0,
                                  tr("addition to %1").arg(fieldName(listPath))));
    return true;
}

int RecordDocument::appendItem(const QString &listPath, const QJsonObject &item) {
    const int index = listSize(listPath);
    return insertItem(listPath, index, item) ? index : -1;
}

bool RecordDocument::removeItem(const QString &listPath, int index) {
    if (index < 0 || index >= listSize(listPath))
        return false;
    m_stack->push(new ListCommand(this, ListCommand::Kind::Remove, listPath, index, {}, 0,
                                  tr("removal from %1").arg(fieldName(listPath))));
    return true;
}

bool RecordDocument::moveItem(const QString &listPath, int from, int to) {
    const int size = listSize(listPath);
    if (from == to || from < 0 || to < 0 || from >= size || to >= size)
        return false;
    m_stack->push(new ListCommand(this, ListCommand::Kind::Move, listPath, from, {}, to,
                                  tr("new order of %1").arg(fieldName(listPath))));
    return true;
}

void RecordDocument::applyBody(const QJsonObject &body, const QString &path) {
    m_body = normalised(body);
    bodyApplied();
    Q_EMIT changed(path);
}

bool RecordDocument::isDirty() const {
    return !m_stack->isClean();
}

QStringList RecordDocument::messagesAt(const QString &path) const {
    const FieldMessages all = validation();
    const auto it = all.find(path);
    return it == all.end() ? QStringList() : it->second;
}

void RecordDocument::stackChanged() {
    scheduleDraft();
    emitDirtyIfChanged();
}

void RecordDocument::emitDirtyIfChanged() {
    const bool dirty = isDirty();
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void RecordDocument::scheduleDraft() {
    m_draftPending = true;
    m_draftTimer->start();
}

void RecordDocument::markSaved(const QJsonObject &stored) {
    m_storedBody = stored;
    m_stack->setClean();
    emitDirtyIfChanged();
}

} // namespace concerto::editing
