// The fiche RCP: the board's decision for one case, as a versioned document. Versions of one document
// share a set id; a signed version is immutable and a correction is a new version with its reason.
#pragma once

#include "models/domain/quorum.h"
#include "models/domain/rcp.h"
#include "models/domain/record.h"
#include "models/domain/writtenopinion.h"

namespace concerto {

enum class DocumentStatus { InProgress, Completed, Approved, Closed }; // SNOMED codes of JDV_StatutDoc

// A missing key reads as the member's initial value: first intention, first in sequence.
struct ProposalLine {
    int intention = 1;     // 1 = first intention, 2 = alternative…
    int sequence = 1;      // order within the intention
    QString treatmentType; // JDV_TypeTraitement_FRCP code
    QString details;
    QDate plannedStart;
    QDate plannedEnd;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static ProposalLine fromJson(const QJsonObject &o);
};

struct FurtherExam {
    QString type;
    QDate earliest;
    QDate latest;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static FurtherExam fromJson(const QJsonObject &o);
};

struct Framework {
    Guideline guideline;
    bool conform = true;         // also when the record does not say
    QString nonConformityReason; // required when not conform
    bool trialProposed = false;
    QString trialName;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static Framework fromJson(const QJsonObject &o);
};

struct FicheAttendee {
    QUuid professionalId; // empty for a guest without RPPS
    QString specialty;
    bool remote = false;
    bool countedForQuorum = false;
    QString guestName{}; // a guest without RPPS: name and organisation as told
    QString guestOrganisation{};
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static FicheAttendee fromJson(const QJsonObject &o);
};

// A coordinator's decision to sign a discussed case whose quorum was not met (or not known), recorded
// on the fiche with its reason (e.g. the absent surgeon's opinion, given in writing before the meeting).
// Empty when there is none; the signing check (validation/fichecheck.h) asks for the coordinator and
// the reason.
struct QuorumOverride {
    QUuid coordinatorId;
    QString reason;
    QDateTime at;          // UTC, when the coordinator recorded it
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return coordinatorId.isNull() && reason.isEmpty() && !at.isValid(); }
    QJsonObject toJson() const;
    static QuorumOverride fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: version 1 of a discussed case (ORG-134), quorum
// unknown (GEN-010) without override, in progress.
struct Fiche {
    RecordMeta meta;
    QUuid setId; // shared by every version of the document
    int versionNumber = 1;
    QString amendmentReason; // why this version replaces the previous one
    QUuid inscriptionId;
    QUuid patientId;
    QUuid sessionId;
    QUuid rcpId;
    QDate meetingDate;
    QString caseStatus = QStringLiteral("ORG-134"); // ORG-128 registered, ORG-134 discussed
    QuorumStatus quorum = QuorumStatus::Unknown;
    QuorumOverride quorumOverride; // written only when there is one
    bool fileComplete = false;     // the case complete for its committee (validation::checkCompleteness)
    bool referToRecours = false;
    bool surveillanceOnly = false;
    std::vector<FurtherExam> exams;
    std::vector<ProposalLine> proposal;
    Framework framework;
    QString patientComments;
    DocumentStatus status = DocumentStatus::InProgress;
    QUuid authorId;
    QUuid coordinatorId;
    std::vector<FicheAttendee> attendees;
    std::vector<WrittenOpinion> writtenOpinions; // the absent specialists' opinions counted for the quorum
    std::vector<QUuid> correspondents;
    QUuid signerId;
    QDateTime signedAt;       // UTC; set once, when the coordinator validates
    QJsonObject caseSnapshot; // the case (patient, tumours, context) frozen at signature
    json::Unknown extra{};    // read but not understood: written back as it was (jsonfields.h)

    bool isSigned() const { return signedAt.isValid(); }
    // What a signature sets: signer, time, approved status and, when given, the case frozen then.
    void markSigned(const QUuid &signer, const QDateTime &at, const QJsonObject &snapshot);
    // The next version of this document: same set id, number + 1, the reason, unsigned; no id yet.
    Fiche nextVersion(const QString &reason) const;
    QJsonObject toJson() const;
    static Fiche fromJson(const QJsonObject &o);
    static QString statusCode(DocumentStatus s);
    static DocumentStatus statusFromCode(const QString &code);
};

} // namespace concerto
