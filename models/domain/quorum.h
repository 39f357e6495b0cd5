// The quorum rule of an RCP and its evaluation: every required specialty group must be covered by a
// different physician present (each physician counts for one specialty only), with at least a minimum
// number of distinct specialties among them. Specialties are national codes (TRE_R38 "SM36", or "other":
// domain/specialtycodes.h); the words of older records read as their codes.
#pragma once

#include "models/domain/jsonfields.h"

namespace concerto {

enum class QuorumStatus { Unknown, Met, NotMet }; // GEN-010, ORG-126, ORG-133

struct SpecialtyGroup {
    QString label;           // e.g. "Chirurgien"
    QStringList specialties; // national specialty codes that satisfy the group ("SM45", "SM37")
    json::Unknown extra{};   // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static SpecialtyGroup fromJson(const QJsonObject &o);
};

// One attendee as the quorum sees them.
struct QuorumVoter {
    QUuid professionalId;
    QString specialty;
    bool countsForQuorum = true;
};

struct QuorumResult {
    bool met = false;
    QStringList missingGroups;        // labels of the required groups nobody covers
    std::vector<QUuid> countedVoters; // the physicians who make the quorum
    std::vector<int> countedIndices;  // their places in the voters given to evaluate(), in the same order
    int distinctSpecialties = 0;
    int minimumSpecialties = 0;

    QuorumStatus status() const { return met ? QuorumStatus::Met : QuorumStatus::NotMet; }
};

struct QuorumRule {
    std::vector<SpecialtyGroup> requiredGroups;
    int minimumSpecialties = 3; // also when the record does not say
    // An absent specialist's written opinion, entered before the meeting, counts for its specialty.
    bool writtenOpinionsCount = false;
    // The requesting physician must be present for the case, or represented by its presenter.
    bool requesterMustAttend = true; // also when the record does not say
    json::Unknown extra{};           // read but not understood: written back as it was (jsonfields.h)

    QuorumResult evaluate(const std::vector<QuorumVoter> &voters) const;

    QJsonObject toJson() const;
    static QuorumRule fromJson(const QJsonObject &o);
};

QString quorumStatusCode(QuorumStatus s);
QuorumStatus quorumStatusFromCode(const QString &code);
const CodeTable<QuorumStatus, 3> &quorumStatusCodes(); // for the records that carry a quorum status

} // namespace concerto
