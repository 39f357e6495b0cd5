// Quorum evaluation: a small bipartite matching of required groups to distinct physicians.
#include "models/domain/quorum.h"
#include "models/domain/codes.h"
#include "models/domain/record.h"
#include "models/domain/specialtycodes.h"

#include <QSet>
#include <functional>

namespace concerto {

namespace {
const CodeTable<QuorumStatus, 3> kQuorumCodes{
    {{QuorumStatus::Unknown, "GEN-010"}, {QuorumStatus::Met, "ORG-126"}, {QuorumStatus::NotMet, "ORG-133"}}};
}

const CodeTable<QuorumStatus, 3> &quorumStatusCodes() {
    return kQuorumCodes;
}
QString quorumStatusCode(QuorumStatus s) {
    return codeOf(kQuorumCodes, s);
}
QuorumStatus quorumStatusFromCode(const QString &code) {
    return enumOf(kQuorumCodes, code);
}

QJsonObject SpecialtyGroup::toJson() const {
    QJsonObject o;
    json::put(o, "label", label);
    json::put(o, "specialties", specialties);
    extra.restore(o);
    return o;
}

SpecialtyGroup SpecialtyGroup::fromJson(const QJsonObject &o) {
    SpecialtyGroup g;
    json::Reader in(o);
    in.get("label", g.label);
    in.get("specialties", g.specialties);
    for (QString &code : g.specialties)
        code = nomenclature::nationalSpecialtyCode(code);
    in.keepUnknown(g);
    return g;
}

QJsonObject QuorumRule::toJson() const {
    QJsonObject o;
    json::putList(o, "requiredGroups", requiredGroups);
    json::put(o, "minimumSpecialties", minimumSpecialties);
    json::put(o, "writtenOpinionsCount", writtenOpinionsCount);
    if (!requesterMustAttend) // the default is true: written only when the rule waives it
        o.insert(QLatin1String("requesterMustAttend"), false);
    extra.restore(o);
    return o;
}

QuorumRule QuorumRule::fromJson(const QJsonObject &o) {
    QuorumRule r;
    json::Reader in(o);
    in.get("requiredGroups", r.requiredGroups);
    in.get("minimumSpecialties", r.minimumSpecialties);
    in.get("writtenOpinionsCount", r.writtenOpinionsCount);
    in.get("requesterMustAttend", r.requesterMustAttend);
    in.keepUnknown(r);
    return r;
}

QuorumResult QuorumRule::evaluate(const std::vector<QuorumVoter> &voters) const {
    QuorumResult result;
    result.minimumSpecialties = minimumSpecialties;

    // Specialties compared by national code, so that the words of older records (an attendance list,
    // a rule written before national codes) match the codes of today.
    std::vector<QuorumVoter> eligible;
    std::vector<int> placeOf; // each eligible voter's place in `voters`
    QSet<QUuid> seen;
    for (std::size_t n = 0; n < voters.size(); ++n) {
        const QuorumVoter &v = voters[n];
        if (v.countsForQuorum && !v.specialty.isEmpty() &&
            (v.professionalId.isNull() || !seen.contains(v.professionalId))) {
            seen.insert(v.professionalId); // a guest without an id is never taken for another
            eligible.push_back({v.professionalId, nomenclature::nationalSpecialtyCode(v.specialty), true});
            placeOf.push_back(int(n));
        }
    }
    std::vector<QSet<QString>> accepted(requiredGroups.size());
    for (std::size_t g = 0; g < requiredGroups.size(); ++g)
        for (const QString &code : requiredGroups[g].specialties)
            accepted[g].insert(nomenclature::nationalSpecialtyCode(code));

    // Assign each required group a different physician (augmenting paths; groups are few).
    std::vector<int> voterOfGroup(requiredGroups.size(), -1);
    std::vector<int> groupOfVoter(eligible.size(), -1);
    std::function<bool(std::size_t, std::vector<bool> &)> assign = [&](std::size_t g,
                                                                       std::vector<bool> &visited) {
        for (std::size_t v = 0; v < eligible.size(); ++v) {
            if (visited[v] || !accepted[g].contains(eligible[v].specialty))
                continue;
            visited[v] = true;
            if (groupOfVoter[v] < 0 || assign(std::size_t(groupOfVoter[v]), visited)) {
                groupOfVoter[v] = int(g);
                voterOfGroup[g] = int(v);
                return true;
            }
        }
        return false;
    };
    for (std::size_t g = 0; g < requiredGroups.size(); ++g) {
        std::vector<bool> visited(eligible.size(), false);
        if (!assign(g, visited))
            result.missingGroups << requiredGroups[g].label;
    }

    // Counted physicians: one per distinct specialty, the group holders first.
    QSet<QString> specialties;
    for (std::size_t g = 0; g < requiredGroups.size(); ++g)
        if (voterOfGroup[g] >= 0) {
            const QuorumVoter &v = eligible[std::size_t(voterOfGroup[g])];
            specialties.insert(v.specialty);
            result.countedVoters.push_back(v.professionalId);
            result.countedIndices.push_back(placeOf[std::size_t(voterOfGroup[g])]);
        }
    for (std::size_t e = 0; e < eligible.size(); ++e)
        if (!specialties.contains(eligible[e].specialty)) {
            specialties.insert(eligible[e].specialty);
            result.countedVoters.push_back(eligible[e].professionalId);
            result.countedIndices.push_back(placeOf[e]);
        }
    result.distinctSpecialties = int(specialties.size());
    result.met = result.missingGroups.isEmpty() && result.distinctSpecialties >= minimumSpecialties;
    return result;
}

} // namespace concerto
