// The generic write and read path of an aggregate table. A save is one transaction holding the row,
// a change-journal (outbox) row and an audit row; deletes are tombstones. Typed repositories sit on top.
#pragma once

#include "models/domain/record.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"
#include "models/store/tables.h"

#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <memory>
#include <optional>

namespace concerto {

// A stored row: bookkeeping plus the JSON body, and where the row stands in the list it was read from.
struct StoredRow {
    RecordMeta meta;
    QJsonObject body;
    QVariantList listKey; // values of the list's sort columns (keyset paging)
};

// A position in a list paged by key: the sort-column values of one row, from PageOf::firstKey/lastKey.
// An empty key means the start (or, paging backwards, the end) of the list.
using PageKey = QVariantList;

// One page of a list and the keys of its first and last rows, to ask for the pages before and after.
template <typename T>
struct PageOf {
    std::vector<T> items;
    PageKey firstKey;
    PageKey lastKey;
};

// The order of a list, as "col [DESC], col [DESC]…", ending with a unique column (id).
struct ListOrder {
    QStringList columns;
    QList<bool> descending;
    static ListOrder parse(const QString &orderBy);
};

// A new record in its stored form (query column values, JSON body, field names), made on any thread
// so that bulk loads can serialise records while the store writes earlier ones.
struct PreparedRecord {
    RecordMeta meta; // id made by the caller; updatedAt taken as the time of the change when set
    QVariantList columnValues;
    QByteArray body;
    QByteArray fields; // RecordTable::fieldList of the body's keys
};

class RecordTable final {
public:
    // `columns` are the table's query columns, filled from each record by the repository; the table's
    // derived columns (tables.h) are computed from the body by SQL at each insert and update.
    RecordTable(Database &db, QString table, QStringList columns);
    Q_DISABLE_COPY_MOVE(RecordTable)

    QString table() const { return m_table; }
    Database &database() const { return m_db; }

    // Inserts or updates the record (a null id gets a new UUID). Sets meta.updatedAt/By; updated_at is
    // a strict revision (a later one than the stored one, by 1 ms when the clock does not move on).
    // Saving an unchanged body writes nothing. When meta.updatedAt is valid it is taken as when the
    // caller read the record: if the stored row changed since (its updated_at or version differ), the
    // save is refused as a conflict (StoreResult::conflict) and the stored row kept. A meta without a
    // valid updatedAt (a record made without a read: imports, bulk paths) overwrites as before.
    StoreResult save(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body);
    // Inserts a prepared new record (bulk loads): no lookup first, so an id already stored fails on the
    // primary key. Journaled and audited like any save.
    StoreResult insert(PreparedRecord &record);
    // Marks the record deleted (tombstone), journaled and audited like any change.
    StoreResult remove(const QUuid &id);

    // Reads fail loudly: a failed query, a failed step or a damaged body is an error, never fewer rows.
    StoreRead<std::optional<StoredRow>> find(const QUuid &id) const;
    // Rows matching `where` (which may end with ORDER BY and LIMIT) with its bound values.
    StoreRead<std::vector<StoredRow>> select(const QString &where, const QVariantList &binds) const;
    // One page of the rows matching `filter` (empty: all) in `order`: the `limit` rows after `from`
    // (forward) or before it (backward, returned in list order). Seeks by key: the last page of a large
    // table costs what the first one does.
    StoreRead<PageOf<StoredRow>> page(const QString &filter, const QVariantList &binds,
                                      const ListOrder &order, const PageKey &from, bool forward,
                                      int limit) const;
    // The same over `source`, a FROM clause that joins this table (named by itself) to others, so that
    // the order may be another table's column: the records come from this table, the filter and the
    // order name their columns with their table (fiche.status, s.starts_at).
    StoreRead<PageOf<StoredRow>> page(const QString &source, const QString &filter, const QVariantList &binds,
                                      const ListOrder &order, const PageKey &from, bool forward,
                                      int limit) const;
    // The first column of the first row of a prepared query (a count), with the query finished so
    // that it holds no read snapshot afterwards.
    StoreRead<int> scalar(QSqlQuery &query) const;
    // A prepared query reused across calls (the SQL is the cache key).
    QSqlQuery &prepared(const QString &sql) const;
    static QByteArray compactBody(const QJsonObject &body);
    static QByteArray fieldList(const QStringList &fields);
    QString selectColumns() const {
        return QStringLiteral("id, version, updated_at, updated_by, deleted, body");
    }
    // The same columns named with the table, for a query that joins others.
    QString qualifiedColumns() const {
        return QStringLiteral("%1.id, %1.version, %1.updated_at, %1.updated_by, %1.deleted, %1.body")
            .arg(m_table);
    }

private:
    StoreResult insertRow(const PreparedRecord &record);
    StoreResult write(RecordMeta &meta, const QVariantList &columnValues, const QJsonObject &body,
                      bool tombstone);
    // The change-journal (outbox) row of a write, left out for local-only writes.
    StoreResult journal(const RecordMeta &meta, const QString &operation, qint64 baseVersion,
                        const QByteArray &fields);
    StoreResult audit(const RecordMeta &meta, const QString &action, const QByteArray &changes);
    StoreResult failed(const QSqlQuery &q, const char *what) const;
    StoreResult refused(const QString &error) const;
    // The refusal of a save over a newer stored copy (`stored`: who changed it, when).
    StoreResult conflict(const RecordMeta &stored) const;
    QString readError(const QSqlQuery &q) const;
    // Rows of an executed query whose select list is selectColumns() then `keyColumns` sort columns.
    StoreRead<std::vector<StoredRow>> rows(QSqlQuery &query, int keyColumns = 0) const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    std::vector<DerivedColumn> m_derived; // derived::columnsOf(table)
    int m_bodyUses = 0;                   // how many times their expressions name the body
    QString m_insertSql;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace concerto
