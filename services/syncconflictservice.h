// The conflicts inbox's use cases: the open sync conflicts as a person reads them (what record, why, who
// changed what on each side and when, field by field) and their settling, checked against the acting
// user's rights for that kind of record. The settled version is a new local version, sent at the next sync.
#pragma once

#include "models/domain/roles.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "services/conflictfields.h"

#include <QDateTime>
#include <QJsonObject>
#include <map>
#include <optional>
#include <vector>

namespace concerto {

struct ConflictView {
    qint64 seq = 0;
    QString entity;
    QString kind;   // "Patient", "Fiche RCP"… in the user's language
    QString record; // the record as a person names it (a patient's name, a session's day)
    QString reason; // why it is a conflict, in words
    QDateTime foundAt;
    QString serverBy;
    QDateTime serverAt;
    bool serverDeleted = false;
    QString mineBy;
    QDateTime mineAt;
    bool mineDeleted = false;
    bool hasBase = false;
    bool fieldByField = false; // one record changed on both sides: settled here, field by field
    std::vector<ConflictField> fields;
    QJsonObject theirs;
};

class SyncConflictService final {
public:
    SyncConflictService(Database &db, const Actor &actor)
        : m_db(db)
        , m_actor(actor) {}

    StoreRead<std::vector<ConflictView>> open() const;
    StoreRead<int> count() const;
    // Settles `conflict` with a side per differing field (the suggested side where none is given); refused
    // in words while a field differs and has no side.
    StoreResult settle(const ConflictView &conflict, const std::map<QString, ConflictSide> &choices) const;
    // The server's copy as it is; this computer's copy as it is (its deletion included).
    StoreResult keepServer(const ConflictView &conflict) const;
    StoreResult keepMine(const ConflictView &conflict) const;

    // A field's path as the screen names it ("Birth name", "Tumour › Topography").
    static QString fieldLabel(const QString &path);
    static QString kindLabel(const QString &entity);

private:
    StoreResult write(const ConflictView &conflict, const std::optional<QJsonObject> &merged) const;

    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
