// A meeting of an RCP on a given date, with its attendance list.
#pragma once

#include "models/domain/quorum.h"
#include "models/domain/record.h"

namespace concerto {

enum class SessionStatus { Planned, InProgress, Closed, Cancelled };

struct Attendance {
    QUuid professionalId;
    QString specialty; // the one specialty this physician counts for
    bool remote = false;
    bool countsForQuorum = true; // also when the record does not say
    json::Unknown extra{};       // read but not understood: written back as it was (jsonfields.h)

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
