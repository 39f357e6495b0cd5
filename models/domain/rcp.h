// An RCP of the directory (a tumour board): its nature, scope, schedule, permanent members,
// quorum rule and the guidelines (référentiels) it follows.
#pragma once

#include "models/domain/casefields.h"
#include "models/domain/quorum.h"
#include "models/domain/record.h"

#include <QTime>

namespace concerto {

inline constexpr const char *kNatureOrganRcp = "ORG-117";       // RCP Appareil - Organes
inline constexpr const char *kNatureTransversalRcp = "ORG-132"; // transversal / supportive care

// Roots of the FRCP encompassingEncounter ids: the RCP's national identifier, and a session's id.
inline constexpr const char *kOidRcpNationalId = "1.2.250.1.161.1.20.3.1";
inline constexpr const char *kOidRcpSession = "1.2.250.1.213.1.1.9";

struct Guideline {
    QString name;
    QString version;
    QDate date;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    bool isEmpty() const { return name.isEmpty(); }
    QJsonObject toJson() const;
    static Guideline fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: Tuesdays at 17:00, 90 minutes, every week,
// registrations closing two days before.
struct MeetingSchedule {
    int weekday = 2;            // 1 = Monday … 7 = Sunday
    QTime start = QTime(17, 0); // in the boards' clock (Europe/Paris, boardtime.h)
    int durationMinutes = 90;
    int everyWeeks = 1;
    // Every `everyWeeks` weeks counted from the week of `firstMeeting` (from the week of 3 January 2000
    // when it is not given), unless `weekOfMonth` is set.
    QDate firstMeeting;
    int weekOfMonth = 0;      // 1–4: the n-th `weekday` of each month; 5: the last one; 0: every n weeks
    int registrationDays = 2; // registrations close this many days before the meeting
    QString place;
    QString videoLink;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    QJsonObject toJson() const;
    static MeetingSchedule fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: an organ RCP (nature ORG-117), the schedule's and
// the quorum rule's own defaults, the default case fields required before the meeting.
struct Rcp {
    RecordMeta meta;
    QUuid organisationId;      // the 3C that runs it
    QUuid hostEstablishmentId; // the establishment that hosts its meetings (none: not given)
    QString name;
    QString nationalId; // "Identifiant national de la RCP" (digits), under kOidRcpNationalId
    QString nature = QString::fromLatin1(kNatureOrganRcp);
    QString appareil;     // JDV_RCP_Appareil code, organ RCPs
    QStringList organs;   // JDV_RCP_Organe codes
    QString theme;        // JDV_TraitementSoins_FRCP code, transversal RCPs
    bool recours = false; // regional expert RCP
    bool paediatric = false;
    MeetingSchedule schedule;
    std::vector<QUuid> permanentMembers;
    // Who signs its fiches: the coordinator and the deputies named here (professionals of the directory).
    QUuid coordinatorId;
    std::vector<QUuid> deputyCoordinatorIds;
    QuorumRule quorum;
    std::vector<Guideline> guidelines;
    // What a case must hold before the meeting (codes of casefields.h; an unknown code is kept).
    QStringList requiredCaseFields = defaultRequiredCaseFields();
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    // Whether the professional is its coordinator or one of its deputies.
    bool maySign(const QUuid &professionalId) const;

    QJsonObject toJson() const;
    static Rcp fromJson(const QJsonObject &o);
};

} // namespace concerto
