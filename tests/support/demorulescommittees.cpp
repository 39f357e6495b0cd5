// The demo committees' rule: each one is hosted by an establishment of the directory that its own 3C
// coordinates (not nothing, not an unknown id, not the 3C itself, not another centre's establishment).
#include "models/store/repositories.h"
#include "tests/support/demorules.h"

#include <algorithm>

namespace concerto::test::demorules {

QStringList checkCommittee(const Rcp &rcp, const std::vector<Organisation> &directory) {
    if (rcp.hostEstablishmentId.isNull())
        return {QStringLiteral("no host establishment")};
    const auto host = std::find_if(directory.begin(), directory.end(), [&](const Organisation &o) {
        return o.meta.id == rcp.hostEstablishmentId;
    });
    if (host == directory.end())
        return {QStringLiteral("host %1 is not in the directory").arg(json::idText(rcp.hostEstablishmentId))};
    if (host->kind != OrganisationKind::Establishment)
        return {QStringLiteral("host \"%1\" is not an establishment").arg(host->name)};
    if (host->parentId != rcp.organisationId)
        return {QStringLiteral("host \"%1\" is not coordinated by the committee's 3C").arg(host->name)};
    return {};
}

bool walkCommittees(Database &db, std::map<QString, QStringList> *broken, int *committees, QString *error) {
    const StoreRead<std::vector<Organisation>> directory = OrganisationRepository(db).all();
    const StoreRead<std::vector<Rcp>> rcps = RcpRepository(db).all();
    for (const QString &e : {directory.error, rcps.error})
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    *committees = 0;
    for (const Rcp &r : rcps.value) {
        ++*committees;
        const QStringList reasons = checkCommittee(r, directory.value);
        if (!reasons.isEmpty())
            (*broken)[r.name] = reasons;
    }
    return true;
}

} // namespace concerto::test::demorules
