// The directory's use cases: the committees (RCP), the professionals and the organisations read for the
// screens, and saved after the directory's rules (validation/rcpcheck.h, validation/directorycheck.h)
// accept them: an RPPS is one professional's only. Each save is one write unit (journal and audit).
#pragma once

#include "models/domain/organisation.h"
#include "models/domain/professional.h"
#include "models/domain/rcp.h"
#include "models/domain/roles.h"
#include "models/store/storeresult.h"

#include <optional>
#include <vector>

namespace concerto {

class Database;

class DirectoryService final {
public:
    // Writes as `actor`, who must be allowed to edit the directory.
    explicit DirectoryService(Database &db, const Actor &actor);

    // Living records (tombstones left out), in the directory's order.
    StoreRead<std::vector<Rcp>> committees() const;
    StoreRead<std::vector<Organisation>> organisations() const;
    StoreRead<std::vector<Professional>> professionals() const;
    // One record, tombstoned ones included (meta.deleted tells).
    StoreRead<std::optional<Rcp>> committee(const QUuid &id) const;
    StoreRead<std::optional<Professional>> professional(const QUuid &id) const;

    // Checks then saves; refused in words (one reason a line) with nothing written. On success the
    // record is as stored.
    StoreResult saveCommittee(Rcp &rcp);
    StoreResult saveProfessional(Professional &professional);

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace concerto
