// The nomenclature tables: writes in one BEGIN IMMEDIATE transaction, reads through prepared
// statements kept for the repository's life, search through an in-memory index per active set.
#include "models/store/nomenclaturerepository.h"
#include "models/nomenclature/svsreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSqlError>

namespace concerto::nomenclature {

namespace {

QVariant dateValue(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

const QLatin1String
    kSetColumns("oid, version, name, revision_date, source, imported_at, concept_count, active");

} // namespace

NomenclatureRepository::NomenclatureRepository(Database &db)
    : m_db(db) {}

NomenclatureRepository::~NomenclatureRepository() = default;

QSqlQuery &NomenclatureRepository::prepared(const QString &sql) const {
    std::unique_ptr<QSqlQuery> &q = m_queries[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db.connection());
        q->prepare(sql);
    }
    return *q;
}

QString NomenclatureRepository::readError(const QSqlQuery &q) const {
    return readFailure("reading", QStringLiteral("nomenclature"), q, m_db.path());
}

ImportResult NomenclatureRepository::importFile(const QString &path) {
    ReadResult read = readValueSetFile(path);
    if (!read) {
        ImportResult result;
        result.error = read.error;
        return result;
    }
    return store(*read.set);
}

ImportResult NomenclatureRepository::importData(const QByteArray &content, const QString &fileName) {
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    ReadResult read = readValueSet(buffer, fileName);
    if (!read) {
        ImportResult result;
        result.error = read.error;
        return result;
    }
    return store(*read.set);
}

ImportResult NomenclatureRepository::store(const ValueSet &set) {
    ImportResult result;
    const auto failed = [&](const QString &detail) {
        result.ok = false;
        result.error =
            QCoreApplication::translate("Nomenclature", "%1: cannot store the value set %2 (version %3): %4")
                .arg(set.source, set.name, set.version, detail);
        return result;
    };
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return failed(tx.error());

    QSqlQuery &exists =
        prepared(QStringLiteral("SELECT 1 FROM nomenclature_set WHERE oid = ? AND version = ?"));
    exists.addBindValue(set.oid);
    exists.addBindValue(set.version);
    if (!exists.exec())
        return failed(readError(exists));
    result.replaced = exists.next();
    exists.finish();

    const QString importedAt = m_db.now().toString(Qt::ISODateWithMs);
    struct Step {
        QString sql;
        QVariantList binds;
    };
    const std::vector<Step> steps{
        {QStringLiteral("DELETE FROM nomenclature_concept WHERE oid = ? AND version = ?"),
         {set.oid, set.version}},
        {QStringLiteral("DELETE FROM nomenclature_set WHERE oid = ? AND version = ?"),
         {set.oid, set.version}},
        {QStringLiteral("UPDATE nomenclature_set SET active = 0 WHERE oid = ?"), {set.oid}},
        {QStringLiteral("INSERT INTO nomenclature_set (%1) VALUES (?, ?, ?, ?, ?, ?, ?, 1)").arg(kSetColumns),
         {set.oid, set.version, set.name, dateValue(set.revisionDate), set.source, importedAt,
          int(set.concepts.size())}}};
    for (const Step &step : steps) {
        QSqlQuery &q = prepared(step.sql);
        for (const QVariant &v : step.binds)
            q.addBindValue(v);
        if (!q.exec())
            return failed(readError(q));
    }
    QSqlQuery &insert = prepared(
        QStringLiteral("INSERT INTO nomenclature_concept (oid, version, code, code_system, display_name,"
                       " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Concept &c : set.concepts) {
        insert.addBindValue(set.oid);
        insert.addBindValue(set.version);
        insert.addBindValue(c.code);
        insert.addBindValue(c.codeSystem.isEmpty() ? QVariant() : QVariant(c.codeSystem));
        insert.addBindValue(c.displayName);
        insert.addBindValue(dateValue(c.validFrom));
        insert.addBindValue(dateValue(c.validTo));
        if (!insert.exec())
            return failed(readError(insert));
    }
    if (!tx.commit())
        return failed(tx.error());
    m_indexes.erase(set.oid);
    result.ok = true;
    result.set = {set.oid,
                  set.version,
                  set.name,
                  set.revisionDate,
                  set.source,
                  QDateTime::fromString(importedAt, Qt::ISODateWithMs),
                  int(set.concepts.size()),
                  true};
    return result;
}

StoreResult NomenclatureRepository::activate(const QString &oid, const QString &version) {
    WriteTransaction tx(m_db);
    if (!tx.isActive())
        return StoreResult::failure(tx.error());
    QSqlQuery &q =
        prepared(QStringLiteral("UPDATE nomenclature_set SET active = (version = ?) WHERE oid = ?"));
    q.addBindValue(version);
    q.addBindValue(oid);
    if (!q.exec())
        return StoreResult::failure(readError(q));
    const StoreRead<std::optional<SetInfo>> now = activeSet(oid);
    if (!now.ok())
        return StoreResult::failure(now.error);
    if (!now.value || now.value->version != version)
        return StoreResult::failure(
            QCoreApplication::translate("Nomenclature", "The value set %1 has no loaded version %2.")
                .arg(oid, version));
    if (!tx.commit())
        return StoreResult::failure(tx.error());
    m_indexes.erase(oid);
    return StoreResult::success();
}

StoreRead<std::vector<SetInfo>> NomenclatureRepository::selectSets(const QString &where,
                                                                   const QVariantList &binds) const {
    using Read = StoreRead<std::vector<SetInfo>>;
    QSqlQuery &q = prepared(QStringLiteral("SELECT %1 FROM nomenclature_set %2").arg(kSetColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    std::vector<SetInfo> result;
    if (!q.exec())
        return Read::failure(readError(q));
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                          QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs), q.value(6).toInt(),
                          q.value(7).toBool()});
    const bool failed = q.lastError().isValid();
    const QString error = failed ? readError(q) : QString();
    q.finish();
    return failed ? Read::failure(error) : Read::success(std::move(result));
}

StoreRead<std::vector<SetInfo>> NomenclatureRepository::sets() const {
    return selectSets(QStringLiteral("ORDER BY name, imported_at"), {});
}

StoreRead<std::optional<SetInfo>> NomenclatureRepository::activeSet(const QString &oid) const {
    return firstOf(selectSets(QStringLiteral("WHERE oid = ? AND active = 1"), {oid}));
}

StoreRead<std::optional<SetInfo>> NomenclatureRepository::activeSetByName(const QString &name) const {
    return firstOf(selectSets(
        QStringLiteral(
            "WHERE active = 1 AND (name = ? OR name = ?) ORDER BY name = ? DESC, imported_at DESC"),
        {name, QString(name + QLatin1String("_CISIS")), name}));
}

StoreRead<QString> NomenclatureRepository::displayName(const QString &oid, const QString &code) const {
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT c.display_name FROM nomenclature_set s"
                       " CROSS JOIN nomenclature_concept c ON c.oid = s.oid AND c.version = s.version"
                       " WHERE s.oid = ? AND s.active = 1 AND c.code = ?"));
    q.addBindValue(oid);
    q.addBindValue(code);
    QString name;
    if (!q.exec() || (!q.next() && q.lastError().isValid())) {
        const QString error = readError(q);
        q.finish();
        return StoreRead<QString>::failure(error);
    }
    if (q.isValid())
        name = q.value(0).toString();
    q.finish();
    return StoreRead<QString>::success(name);
}

StoreRead<std::vector<Concept>> NomenclatureRepository::loadConcepts(const QString &oid,
                                                                     const QString &version) const {
    using Read = StoreRead<std::vector<Concept>>;
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT code, code_system, display_name, valid_from, valid_to"
                                " FROM nomenclature_concept WHERE oid = ? AND version = ? ORDER BY rowid"));
    q.addBindValue(oid);
    q.addBindValue(version);
    std::vector<Concept> result;
    if (!q.exec())
        return Read::failure(readError(q));
    while (q.next())
        result.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          QDate::fromString(q.value(3).toString(), Qt::ISODate),
                          QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    const bool failed = q.lastError().isValid();
    const QString error = failed ? readError(q) : QString();
    q.finish();
    return failed ? Read::failure(error) : Read::success(std::move(result));
}

StoreRead<std::vector<Concept>> NomenclatureRepository::concepts(const QString &oid) const {
    const StoreRead<std::optional<SetInfo>> active = activeSet(oid);
    if (!active.ok())
        return StoreRead<std::vector<Concept>>::failure(active.error);
    return active.value ? loadConcepts(oid, active.value->version)
                        : StoreRead<std::vector<Concept>>::success({});
}

StoreRead<std::vector<Concept>> NomenclatureRepository::search(const QString &oid, const QString &text,
                                                               int limit) const {
    using Read = StoreRead<std::vector<Concept>>;
    // The active version (and when it was loaded) decides whether the cached index still holds:
    // another connection may have imported or switched versions since.
    QSqlQuery &q = prepared(QStringLiteral("SELECT version, imported_at FROM nomenclature_set"
                                           " WHERE oid = ? AND active = 1"));
    q.addBindValue(oid);
    if (!q.exec() || !q.next()) {
        const QString error = q.lastError().isValid() ? readError(q) : QString();
        q.finish();
        m_indexes.erase(oid);
        return error.isEmpty() ? Read::success({}) : Read::failure(error);
    }
    const QString version = q.value(0).toString();
    const QDateTime importedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    q.finish();
    auto it = m_indexes.find(oid);
    if (it == m_indexes.end() || it->second.version != version || it->second.importedAt != importedAt) {
        StoreRead<std::vector<Concept>> loaded = loadConcepts(oid, version);
        if (!loaded.ok())
            return loaded;
        it = m_indexes
                 .insert_or_assign(oid, CachedIndex{version, importedAt,
                                                    std::make_shared<const ConceptIndex>(std::move(*loaded))})
                 .first;
    }
    return Read::success(it->second.index->search(text, limit));
}

} // namespace concerto::nomenclature
