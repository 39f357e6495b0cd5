// A typed repository over one aggregate table: save, tombstone, find, paging and counting.
// TableTraits<T> (tables.h) says which table a record goes to and which query columns it fills.
#pragma once

#include "models/store/recordtable.h"
#include "models/store/tables.h"

namespace concerto {

template <typename T>
class Repository {
public:
    using Traits = TableTraits<T>;

    explicit Repository(Database &db)
        : m_table(db, QString::fromLatin1(Traits::table), Traits::columns()) {}
    virtual ~Repository() = default;
    Q_DISABLE_COPY_MOVE(Repository)

    virtual StoreResult save(T &record) {
        return m_table.save(record.meta, Traits::values(record), record.toJson());
    }
    virtual StoreResult remove(const QUuid &id) { return m_table.remove(id); }

    // Bulk loads: prepare() turns a new record (id made by the caller) into its stored form and may run
    // on any thread; insert() writes it without looking for a stored row first.
    static PreparedRecord prepare(const T &record) {
        const QJsonObject body = record.toJson();
        return {record.meta, Traits::values(record), RecordTable::compactBody(body),
                RecordTable::fieldList(body.keys())};
    }
    StoreResult insert(PreparedRecord &record) { return m_table.insert(record); }

    // Tombstoned records are found too (meta.deleted tells); lists and counts leave them out. Every read
    // says when it failed (StoreRead::error); its value is then not to be shown.
    StoreRead<std::optional<T>> find(const QUuid &id) const {
        StoreRead<std::optional<StoredRow>> row = m_table.find(id);
        if (!row.ok())
            return StoreRead<std::optional<T>>::failure(row.error);
        return StoreRead<std::optional<T>>::success(row.value ? std::optional<T>(fromRow(*row.value))
                                                              : std::nullopt);
    }

    // The list in its usual order (Traits::order), a page at a time, by key: the `limit` records after
    // `after` (the first page for an empty key), or before `before` (the last page for an empty key).
    StoreRead<PageOf<T>> pageAfter(const PageKey &after, int limit) const {
        return listPage(QString(), {}, defaultOrder(), after, true, limit);
    }
    StoreRead<PageOf<T>> pageBefore(const PageKey &before, int limit) const {
        return listPage(QString(), {}, defaultOrder(), before, false, limit);
    }
    // Every record, for the small tables of the directory (organisations, RCPs).
    StoreRead<std::vector<T>> all() const {
        return select(QStringLiteral("deleted = 0 ORDER BY %1").arg(QLatin1String(Traits::order)), {});
    }

    StoreRead<int> count() const {
        QSqlQuery &q = m_table.prepared(
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(m_table.table()));
        return m_table.scalar(q);
    }

    Database &database() const { return m_table.database(); }

protected:
    static T fromRow(const StoredRow &row) {
        T record = T::fromJson(row.body);
        record.meta = row.meta;
        return record;
    }

    static const ListOrder &defaultOrder() {
        static const ListOrder order = ListOrder::parse(QLatin1String(Traits::order));
        return order;
    }

    // Records matching a WHERE clause (with ORDER/LIMIT if wanted) and its bound values.
    StoreRead<std::vector<T>> select(const QString &where, const QVariantList &binds) const {
        StoreRead<std::vector<StoredRow>> found = m_table.select(where, binds);
        if (!found.ok())
            return StoreRead<std::vector<T>>::failure(found.error);
        std::vector<T> result;
        result.reserve(found->size());
        for (const StoredRow &row : *found)
            result.push_back(fromRow(row));
        return StoreRead<std::vector<T>>::success(std::move(result));
    }

    // The same over a FROM clause that joins the table to others (see RecordTable::page).
    StoreRead<PageOf<T>> listPageFrom(const QString &source, const QString &filter, const QVariantList &binds,
                                      const ListOrder &order, const PageKey &from, bool forward,
                                      int limit) const {
        StoreRead<PageOf<StoredRow>> found = m_table.page(source, filter, binds, order, from, forward, limit);
        if (!found.ok())
            return StoreRead<PageOf<T>>::failure(found.error);
        PageOf<T> result{{}, found->firstKey, found->lastKey};
        result.items.reserve(found->items.size());
        for (const StoredRow &row : found->items)
            result.items.push_back(fromRow(row));
        return StoreRead<PageOf<T>>::success(std::move(result));
    }

    // A page of the records matching `filter`, in `order`, by key (see RecordTable::page).
    StoreRead<PageOf<T>> listPage(const QString &filter, const QVariantList &binds, const ListOrder &order,
                                  const PageKey &from, bool forward, int limit) const {
        StoreRead<PageOf<StoredRow>> found = m_table.page(filter, binds, order, from, forward, limit);
        if (!found.ok())
            return StoreRead<PageOf<T>>::failure(found.error);
        PageOf<T> result{{}, found->firstKey, found->lastKey};
        result.items.reserve(found->items.size());
        for (const StoredRow &row : found->items)
            result.items.push_back(fromRow(row));
        return StoreRead<PageOf<T>>::success(std::move(result));
    }

    RecordTable m_table;
};

} // namespace concerto
