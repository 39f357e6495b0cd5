// The quorum of one case: who is present at the instant it is discussed, and what the rule makes of them.
#include "models/validation/casequorum.h"

#include <algorithm>

namespace concerto::validation {

CaseQuorum evaluateCaseQuorum(const QuorumRule &rule, const Session &session, const Inscription &c,
                              const QDateTime &at) {
    CaseQuorum q;
    std::vector<QuorumVoter> voters;
    for (const Attendance &a : session.attendance) {
        if (!a.presentAt(at))
            continue;
        voters.push_back({a.professionalId, a.specialty, a.countsForQuorum});
        FicheAttendee f;
        f.professionalId = a.professionalId;
        f.specialty = a.specialty;
        f.remote = a.remote;
        f.guestName = a.guestName;
        f.guestOrganisation = a.guestOrganisation;
        q.attendees.push_back(f);
    }
    const std::size_t present = voters.size();
    if (rule.writtenOpinionsCount)
        for (const WrittenOpinion &w : c.writtenOpinions)
            if (!w.authorId.isNull() && !w.specialty.isEmpty())
                voters.push_back({w.authorId, w.specialty, true});
    q.rule = rule.evaluate(voters);

    // A guest without RPPS has no id: counted in attendance order, as evaluate() takes them.
    std::vector<QUuid> counted = q.rule.countedVoters;
    auto take = [&counted](const QUuid &id) {
        const auto it = std::find(counted.begin(), counted.end(), id);
        if (it == counted.end())
            return false;
        counted.erase(it);
        return true;
    };
    for (std::size_t n = 0; n < present; ++n)
        q.attendees[n].countedForQuorum = voters[n].countsForQuorum && take(voters[n].professionalId);
    for (const WrittenOpinion &w : c.writtenOpinions)
        if (rule.writtenOpinionsCount && take(w.authorId))
            q.opinions.push_back(w);

    q.requesterRequired = rule.requesterMustAttend && !c.requesterId.isNull();
    const auto isThere = [&](const QUuid &id) {
        return !id.isNull() &&
               std::any_of(session.attendance.begin(), session.attendance.end(),
                           [&](const Attendance &a) { return a.professionalId == id && a.presentAt(at); });
    };
    q.requesterPresent = !q.requesterRequired || isThere(c.requesterId) || isThere(c.presenterId);
    return q;
}

void recordOnFiche(const CaseQuorum &quorum, Fiche &fiche) {
    fiche.quorum = quorum.status();
    fiche.attendees = quorum.attendees;
    fiche.writtenOpinions = quorum.opinions;
}

} // namespace concerto::validation
