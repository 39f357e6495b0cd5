// The loaded national value sets in the local database (tables nomenclature_set and
// nomenclature_concept): import of a file as one write transaction, the active version of each set,
// code lookup, search-as-you-type and the list of loaded versions for the Administration screen.
//
// Import rules: a file is read and checked completely before anything is written; a refused file
// changes nothing. The imported version becomes the active one of its OID, older versions stay listed
// (activate() brings one back). Importing an OID and version that is already loaded replaces it
// atomically with the file's content (ImportResult::replaced says so): a corrected file reissued
// under the same version number then wins, and importing the same file twice is harmless.
#pragma once

#include "models/nomenclature/conceptindex.h"
#include "models/nomenclature/valueset.h"
#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QSqlQuery>
#include <map>
#include <memory>
#include <optional>

namespace concerto::nomenclature {

struct ImportResult {
    bool ok = false;
    QString error; // in the user's language, names the file
    SetInfo set;   // what was loaded
    bool replaced = false;

    explicit operator bool() const { return ok; }
};

class NomenclatureRepository final {
public:
    explicit NomenclatureRepository(Database &db);
    ~NomenclatureRepository();
    Q_DISABLE_COPY_MOVE(NomenclatureRepository)

    ImportResult importFile(const QString &path);
    // The same with a file's bytes (a value set the regional server sent), `fileName` naming it.
    ImportResult importData(const QByteArray &content, const QString &fileName);
    ImportResult store(const ValueSet &set);
    StoreResult activate(const QString &oid, const QString &version);

    // Reads say when they failed (StoreRead::error), never an empty answer instead.
    // Every loaded version, by name then import time.
    StoreRead<std::vector<SetInfo>> sets() const;
    StoreRead<std::optional<SetInfo>> activeSet(const QString &oid) const;
    // By displayName, e.g. "JDV_Tumeur_CISIS"; "JDV_Tumeur" finds it too.
    StoreRead<std::optional<SetInfo>> activeSetByName(const QString &name) const;

    // In the active version of the set `oid`; empty when the code or the set is unknown.
    StoreRead<QString> displayName(const QString &oid, const QString &code) const;
    StoreRead<std::vector<Concept>> concepts(const QString &oid) const;
    StoreRead<std::vector<Concept>> search(const QString &oid, const QString &text, int limit = 50) const;

private:
    QSqlQuery &prepared(const QString &sql) const;
    // Logs a failed statement and says what it means for the user.
    QString readError(const QSqlQuery &q) const;
    StoreRead<std::vector<Concept>> loadConcepts(const QString &oid, const QString &version) const;
    StoreRead<std::vector<SetInfo>> selectSets(const QString &where, const QVariantList &binds) const;

    Database &m_db;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    struct CachedIndex {
        QString version;
        QDateTime importedAt;
        std::shared_ptr<const ConceptIndex> index;
    };
    mutable std::map<QString, CachedIndex> m_indexes; // by OID, for its active version
};

} // namespace concerto::nomenclature
