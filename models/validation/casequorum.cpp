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
    std::vector<std::size_t> opinionOf; // the opinion behind each voter after the attendees
    if (rule.writtenOpinionsCount)
        for (std::size_t n = 0; n < c.writtenOpinions.size(); ++n) {
            const WrittenOpinion &w = c.writtenOpinions[n];
            if (!w.authorId.isNull() && !w.specialty.isEmpty()) {
                voters.push_back({w.authorId, w.specialty, true});
                opinionOf.push_back(n);
            }
        }
    q.rule = rule.evaluate(voters);

    // Marked by their place among the voters: guests without RPPS have no id to tell them apart.
    for (int place : q.rule.countedIndices) {
        if (place < int(present))
            q.attendees[std::size_t(place)].countedForQuorum = true;
        else
            q.opinions.push_back(c.writtenOpinions[opinionOf[std::size_t(place) - present]]);
    }

    q.requesterRequired = rule.requesterMustAttend;
    const auto isThere = [&](const QUuid &id) {
        return !id.isNull() &&
               std::any_of(session.attendance.begin(), session.attendance.end(),
                           [&](const Attendance &a) { return a.professionalId == id && a.presentAt(at); });
    };
    // A case that names no requester has nobody to present it: not met where the rule asks for one.
    q.requesterPresent = isThere(c.requesterId) || isThere(c.presenterId);
    return q;
}

void recordOnFiche(const CaseQuorum &quorum, Fiche &fiche) {
    fiche.quorum = quorum.status();
    fiche.attendees = quorum.attendees;
    fiche.writtenOpinions = quorum.opinions;
}

} // namespace concerto::validation
