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

    // Tombstoned records are found too (meta.deleted tells); lists and counts leave them out.
    std::optional<T> find(const QUuid &id) const {
        const std::optional<StoredRow> row = m_table.find(id);
        return row ? std::optional<T>(fromRow(*row)) : std::nullopt;
    }

    std::vector<T> page(int offset, int limit) const {
        return select(
            QStringLiteral("deleted = 0 ORDER BY %1 LIMIT ? OFFSET ?").arg(QLatin1String(Traits::order)),
            {limit, offset});
    }

    int count() const {
        QSqlQuery &q = m_table.prepared(
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(m_table.table()));
        return RecordTable::scalar(q);
    }

    Database &database() const { return m_table.database(); }

protected:
    static T fromRow(const StoredRow &row) {
        T record = T::fromJson(row.body);
        record.meta = row.meta;
        return record;
    }

    // Records matching a WHERE clause (with ORDER/LIMIT if wanted) and its bound values.
    std::vector<T> select(const QString &where, const QVariantList &binds) const {
        QSqlQuery &q = m_table.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                            .arg(m_table.selectColumns(), m_table.table(), where));
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        std::vector<T> result;
        if (!q.exec())
            return result;
        for (const StoredRow &row : m_table.rows(q))
            result.push_back(fromRow(row));
        return result;
    }

    RecordTable m_table;
};

} // namespace concerto
