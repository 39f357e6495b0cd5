// The generic write and read path of an aggregate table. A save is one transaction holding the row,
// a change-journal (outbox) row and an audit row; deletes are tombstones. Typed repositories sit on top.
#pragma once

#include "models/domain/record.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <memory>
#include <optional>

namespace concerto {

// A stored row: bookkeeping plus the JSON body.
struct StoredRow {
    RecordMeta meta;
    QJsonObject body;
};

class RecordTable final {
public:
    // `columns` are the table's query columns, filled from each record by the repository.
    RecordTable(Database &db, QString table, QStringList columns);
    Q_DISABLE_COPY_MOVE(RecordTable)

    QString table() const { return m_table; }
    Database &database() const { return m_db; }

    // Inserts or updates the record (a null id gets a new UUID). Sets meta.updatedAt/By.
    // Saving an unchanged body writes nothing.
    StoreResult save(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body);
    // Marks the record deleted (tombstone), journaled and audited like any change.
    StoreResult remove(const QUuid &id);

    std::optional<StoredRow> find(const QUuid &id) const;
    // Rows of a query whose select list is "id, version, updated_at, updated_by, deleted, body".
    std::vector<StoredRow> rows(QSqlQuery &query) const;
    // A prepared query reused across calls (the SQL is the cache key).
    QSqlQuery &prepared(const QString &sql) const;
    QString selectColumns() const {
        return QStringLiteral("id, version, updated_at, updated_by, deleted, body");
    }

private:
    StoreResult write(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body,
                      bool tombstone);
    StoreResult journal(const RecordMeta &meta, const QString &operation, qint64 baseVersion,
                        const QStringList &fields);
    StoreResult audit(const RecordMeta &meta, const QString &action, const QJsonObject &changes);
    StoreResult failed(const QSqlQuery &q) const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace concerto
