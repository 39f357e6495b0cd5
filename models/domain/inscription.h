// A case registered for a session (inscription): why it is presented, who asks and presents, the
// question, whether it is to be registered or discussed, its tumours and clinical context.
#pragma once

#include "models/domain/clinical.h"
#include "models/domain/record.h"
#include "models/domain/tumour.h"
#include "models/domain/writtenopinion.h"

namespace concerto {

inline constexpr const char *kCaseRegistered = "ORG-128"; // enregistré: follows a guideline, no discussion
inline constexpr const char *kCaseDiscussed = "ORG-134";  // discuté

// Where the case stands on the meeting's agenda.
enum class AgendaState { ToDiscuss, InProgress, Discussed, Registered, Postponed };

struct Motif {
    bool diagnosticOpinion = false;
    bool treatmentProposal = false; // includes surveillance
    bool recours = false;
    bool paediatrics = false;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool any() const { return diagnosticOpinion || treatmentProposal || recours || paediatrics; }
    QJsonObject toJson() const;
    static Motif fromJson(const QJsonObject &o);
};

// Why and where a case was postponed at its meeting (the case itself stays in its session, postponed; a new
// case is registered in the later session). Empty when it was not.
struct Postponement {
    QString reason{};
    QUuid toSessionId{};
    QDateTime at{};        // UTC
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return reason.isEmpty() && toSessionId.isNull() && !at.isValid(); }
    QJsonObject toJson() const;
    static Postponement fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: to be discussed (intent ORG-134), first on the
// agenda's list of cases to discuss, not registered late.
struct Inscription {
    RecordMeta meta;
    QUuid sessionId;
    QUuid patientId;
    QUuid requesterId; // médecin demandeur
    QUuid presenterId;
    Motif motif;
    QString intent = QString::fromLatin1(kCaseDiscussed); // registered or discussed, as requested
    QString question;
    QString registrationComment; // the requester's or secretary's remark on the registration, if any
    AgendaState agendaState = AgendaState::ToDiscuss;
    int agendaOrder = 0;
    QDateTime registeredAt; // UTC
    // Registered, or moved to its session, after the session's registration deadline
    // (agenda::markLateIfAfterDeadline).
    bool lateRegistration = false;
    std::vector<Tumour> tumours;
    ClinicalContext clinical;
    std::vector<QUuid> correspondents;           // professionals to inform
    std::vector<WrittenOpinion> writtenOpinions; // absent specialists' opinions, entered before the meeting
    Postponement postponement{};                 // written only when the case was postponed
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static Inscription fromJson(const QJsonObject &o);
    static QString agendaStateCode(AgendaState s);
    static AgendaState agendaStateFromCode(const QString &code);
};

} // namespace concerto
