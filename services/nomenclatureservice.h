// The national value sets as the screens use them: the loaded sets, a file imported, and the codes of a
// set read, searched and named (the code pickers of the case editor and the committee editor).
#pragma once

#include "models/domain/roles.h"
#include "models/store/nomenclaturerepository.h"
#include "services/rights.h"

#include <memory>

namespace concerto {

class NomenclatureService final {
public:
    // Imports as `actor`, who must be allowed to import value sets.
    NomenclatureService(Database &db, const Actor &actor)
        : m_repository(std::make_unique<nomenclature::NomenclatureRepository>(db))
        , m_actor(actor) {}

    nomenclature::ImportResult importFile(const QString &path) {
        if (StoreResult may = allowed(m_actor, Action::ImportNomenclatures); !may) {
            nomenclature::ImportResult refused;
            refused.error = may.error;
            return refused;
        }
        return m_repository->importFile(path);
    }
    StoreRead<std::vector<nomenclature::SetInfo>> sets() const { return m_repository->sets(); }
    // By display name ("JDV_Tumeur" finds "JDV_Tumeur_CISIS"), in its active version.
    StoreRead<std::optional<nomenclature::SetInfo>> activeSetByName(const QString &name) const {
        return m_repository->activeSetByName(name);
    }
    StoreRead<QString> displayName(const QString &oid, const QString &code) const {
        return m_repository->displayName(oid, code);
    }
    StoreRead<std::vector<nomenclature::Concept>> concepts(const QString &oid) const {
        return m_repository->concepts(oid);
    }
    StoreRead<std::vector<nomenclature::Concept>> search(const QString &oid, const QString &text,
                                                         int limit = 50) const {
        return m_repository->search(oid, text, limit);
    }

private:
    std::unique_ptr<nomenclature::NomenclatureRepository> m_repository; // keeps the search index
    const Actor &m_actor;
};

} // namespace concerto
