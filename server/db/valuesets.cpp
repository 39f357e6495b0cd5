// Value-set files checked by the nomenclature layer's SVS reader and kept whole in the value_sets table.
#include "server/db/valuesets.h"

#include "models/nomenclature/svsreader.h"
#include "server/db/auditlog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace concerto::server {

bool ValueSets::import(const QString &path, StoredValueSet *imported, QString *error, bool *unchanged) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    const QByteArray content = file.readAll();
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    const QString fileName = QFileInfo(path).fileName();
    const nomenclature::ReadResult read = nomenclature::readValueSet(buffer, fileName);
    if (!read) {
        *error = read.error;
        return false;
    }
    StoredValueSet set;
    set.oid = read.set->oid;
    set.version = read.set->version;
    set.name = read.set->name;
    set.revisionDate = read.set->revisionDate;
    set.source = fileName;
    set.conceptCount = int(read.set->concepts.size());
    set.sha256 = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    bool same = false;
    const bool stored = m_database.write(
        [&](QSqlDatabase &db) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT sha256 FROM value_sets WHERE oid = ? AND version = ?"));
            query.addBindValue(set.oid);
            query.addBindValue(set.version);
            if (!query.exec())
                return false;
            if (query.next() && query.value(0).toString() == QString::fromLatin1(set.sha256)) {
                same = true;
                return true;
            }
            query.prepare(QStringLiteral(
                "INSERT INTO value_sets (oid, version, name, revision_date, source, concept_count, sha256,"
                " content, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (oid, version) DO "
                "UPDATE"
                " SET name = excluded.name, revision_date = excluded.revision_date, source = excluded.source,"
                " concept_count = excluded.concept_count, sha256 = excluded.sha256, content = "
                "excluded.content,"
                " imported_at = excluded.imported_at"));
            query.addBindValue(set.oid);
            query.addBindValue(set.version);
            query.addBindValue(set.name);
            query.addBindValue(set.revisionDate.isValid() ? set.revisionDate.toString(Qt::ISODate)
                                                          : QVariant());
            query.addBindValue(set.source);
            query.addBindValue(set.conceptCount);
            query.addBindValue(QString::fromLatin1(set.sha256));
            query.addBindValue(content);
            query.addBindValue(QDateTime::currentSecsSinceEpoch());
            return query.exec() &&
                   AuditLog(m_database)
                       .append({QLatin1String(auditaction::importNomenclature),
                                0,
                                m_actor,
                                QStringLiteral("value-set"),
                                set.oid + QLatin1Char('/') + set.version,
                                0,
                                {{QStringLiteral("name"), set.name},
                                 {QStringLiteral("source"), set.source},
                                 {QStringLiteral("concepts"), set.conceptCount},
                                 {QStringLiteral("sha256"), QString::fromLatin1(set.sha256)}}});
        },
        error);
    if (!stored) {
        if (error->isEmpty())
            *error = QStringLiteral("cannot store %1").arg(fileName);
        return false;
    }
    if (imported)
        *imported = set;
    if (unchanged)
        *unchanged = same;
    return true;
}

QList<StoredValueSet> ValueSets::list() const {
    QList<StoredValueSet> sets;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT oid, version, name, revision_date, source, concept_count, sha256"
                                   " FROM value_sets ORDER BY name, oid, version")))
        return sets;
    while (query.next()) {
        StoredValueSet set;
        set.oid = query.value(0).toString();
        set.version = query.value(1).toString();
        set.name = query.value(2).toString();
        set.revisionDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        set.source = query.value(4).toString();
        set.conceptCount = query.value(5).toInt();
        set.sha256 = query.value(6).toString().toLatin1();
        sets.append(set);
    }
    return sets;
}

bool ValueSets::content(const QString &oid, const QString &version, QByteArray *content,
                        QByteArray *sha256) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content, sha256 FROM value_sets WHERE oid = ? AND version = ?"));
    query.addBindValue(oid);
    query.addBindValue(version);
    if (!query.exec() || !query.next())
        return false;
    *content = query.value(0).toByteArray();
    *sha256 = query.value(1).toString().toLatin1();
    return true;
}

} // namespace concerto::server
