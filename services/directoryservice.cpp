// The directory's reads and checked saves.
#include "services/directoryservice.h"

#include "models/store/repositories.h"
#include "models/validation/directorycheck.h"
#include "models/validation/rcpcheck.h"
#include "services/rights.h"

#include <QCoreApplication>

namespace concerto {

namespace {

// Saves `record` through `repository` in its own write unit.
template <typename Repo, typename T>
StoreResult saveInUnit(Database &db, T &record) {
    WriteTransaction unit(db);
    if (!unit.isActive())
        return StoreResult::failure(unit.error());
    T stored = record;
    if (StoreResult saved = Repo(db).save(stored); !saved.ok)
        return saved;
    if (!unit.commit())
        return StoreResult::failure(unit.error());
    record = stored;
    return StoreResult::success();
}

} // namespace

DirectoryService::DirectoryService(Database &db, const Actor &actor)
    : m_db(db)
    , m_actor(actor) {}

StoreRead<std::vector<Rcp>> DirectoryService::committees() const {
    return RcpRepository(m_db).all();
}

StoreRead<std::vector<Organisation>> DirectoryService::organisations() const {
    return OrganisationRepository(m_db).all();
}

StoreRead<std::vector<Professional>> DirectoryService::professionals() const {
    return ProfessionalRepository(m_db).all();
}

StoreRead<std::optional<Rcp>> DirectoryService::committee(const QUuid &id) const {
    return RcpRepository(m_db).find(id);
}

StoreRead<std::optional<Professional>> DirectoryService::professional(const QUuid &id) const {
    return ProfessionalRepository(m_db).find(id);
}

StoreResult DirectoryService::saveCommittee(Rcp &rcp) {
    if (StoreResult may = allowed(m_actor, Action::EditDirectory); !may)
        return may;
    if (const validation::Check check = validation::checkRcp(rcp); !check.ok())
        return StoreResult::failure(check.text());
    return saveInUnit<RcpRepository>(m_db, rcp);
}

StoreResult DirectoryService::saveProfessional(Professional &professional) {
    if (StoreResult may = allowed(m_actor, Action::EditDirectory); !may)
        return may;
    validation::Check check = validation::checkProfessional(professional);
    const StoreRead<std::optional<Professional>> same =
        ProfessionalRepository(m_db).findByRpps(professional.rpps);
    if (!same.ok())
        return StoreResult::failure(same.error);
    if (same.value && same.value->meta.id != professional.meta.id)
        check.add(QCoreApplication::translate("Directory", "The RPPS %1 is already %2's.")
                      .arg(professional.rpps, same.value->displayName()));
    if (!check.ok())
        return StoreResult::failure(check.text());
    return saveInUnit<ProfessionalRepository>(m_db, professional);
}

} // namespace concerto
