// Records as the regional server would send them (ServerRecord), made from domain records, and the row
// counts the sync tests compare before and after a batch.
#pragma once

#include "models/store/serverapply.h"
#include "models/store/tables.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace concerto::test {

inline const QDateTime kServerTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);

template <typename T>
ServerRecord serverCopy(const T &record, qint64 version, const QString &by = QStringLiteral("dr.martin"),
                        bool deleted = false) {
    return {QString::fromLatin1(TableTraits<T>::table),
            record.meta.id,
            version,
            kServerTime.addSecs(version),
            by,
            deleted,
            QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact)};
}

// The first column of the first row of `sql`, as text ("" when there is none, "error" when it fails).
inline QString value(Database &db, const QString &sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return QStringLiteral("error");
    return q.next() ? q.value(0).toString() : QString();
}

inline int countOf(Database &db, const QString &table) {
    return value(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

// How many rows each table that a batch may write holds.
inline QStringList rowCounts(Database &db) {
    QStringList counts;
    for (const char *table : {"organisation", "professional", "rcp", "session", "patient", "inscription",
                              "fiche", "change_journal", "audit_log", "sync_base", "sync_conflict"})
        counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(countOf(db, QLatin1String(table)));
    return counts;
}

} // namespace concerto::test
