// A meeting of an RCP on a given date, with its attendance list: permanent members checked in and guests
// (a professional of the directory, or a name, specialty and organisation for someone without RPPS), in the
// room or remote, with the times they arrived and left.
#pragma once

#include "models/domain/quorum.h"
#include "models/domain/record.h"

namespace concerto {

enum class SessionStatus { Planned, InProgress, Closed, Cancelled };

// A missing key reads as the member's initial value: a member counting for the quorum, in the room, there
// for the whole session (no arrival or departure time).
struct Attendance {
    QUuid professionalId; // empty for a guest without RPPS
    QString specialty;    // the one specialty this physician counts for
    bool remote = false;
    bool countsForQuorum = true; // also when the record does not say
    bool guest = false;          // invited for this session, not a permanent member of the committee
    QString guestName{};         // a guest without RPPS: name and organisation as told
    QString guestOrganisation{};
    QDateTime arrivedAt{}; // UTC; empty: there from the start
    QDateTime leftAt{};    // UTC; empty: stayed to the end
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    // Present at `at`: arrived by then and not yet left.
    bool presentAt(const QDateTime &at) const;
    // The same person: the same professional, or, without one, the same guest name and organisation.
    bool isSamePerson(const Attendance &other) const;
    QJsonObject toJson() const;
    static Attendance fromJson(const QJsonObject &o);
};

// A missing key reads as the member's initial value: planned, 90 minutes, registrations open.
struct Session {
    RecordMeta meta;
    QUuid rcpId;
    QDateTime startsAt; // UTC
    int durationMinutes = 90;
    QString place;
    QString videoLink;
    QDateTime registrationDeadline; // UTC
    SessionStatus status = SessionStatus::Planned;
    QString cancellationReason; // why a cancelled session will not take place
    QDateTime plannedStart;     // UTC; where a moved session was first planned (empty when never moved)
    QString moveReason;
    // The secretary closed the registrations (agenda.h): new cases are refused unless forced.
    bool registrationsClosed = false;
    std::vector<Attendance> attendance;
    json::Unknown extra{}; // read but not understood: written back as it was (jsonfields.h)

    std::vector<QuorumVoter> voters() const;
    QJsonObject toJson() const;
    static Session fromJson(const QJsonObject &o);
    static QString statusCode(SessionStatus s);
    static SessionStatus statusFromCode(const QString &code);
};

} // namespace concerto
