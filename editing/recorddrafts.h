// Drafts of the other editing documents (a fiche's decision, a committee), kept on this computer only
// (table record_draft, schema 13), keyed by the record's table and id: the working copy as the user left
// it, written a moment after each change. Never journaled, never sent.
#pragma once

#include "models/store/database.h"

#include <QJsonObject>
#include <optional>

namespace concerto::editing {

struct RecordDraft {
    QJsonObject json;  // the working copy
    QDateTime savedAt; // UTC
    QString author;    // the user at work when it was written; empty for an older draft
    // Why the stored draft cannot be read (not JSON, not a JSON object), in the user's language.
    QString damage;
};

class RecordDraftStore final {
public:
    RecordDraftStore(Database &db, QString entity)
        : m_db(db)
        , m_entity(std::move(entity)) {}

    // Writes the draft as the database's current actor's.
    StoreResult write(const QUuid &id, const QJsonObject &json, const QDateTime &at);
    StoreResult remove(const QUuid &id);
    StoreRead<std::optional<RecordDraft>> find(const QUuid &id) const;

private:
    Database &m_db;
    QString m_entity;
};

} // namespace concerto::editing
