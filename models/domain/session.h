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
    bool countsForQuorum = true;

    QJsonObject toJson() const;
    static Attendance fromJson(const QJsonObject &o);
};

struct Session {
    RecordMeta meta;
    QUuid rcpId;
    QDateTime startsAt; // UTC
    int durationMinutes = 90;
    QString place;
    QString videoLink;
    QDateTime registrationDeadline; // UTC
    SessionStatus status = SessionStatus::Planned;
    std::vector<Attendance> attendance;

    std::vector<QuorumVoter> voters() const;
    QJsonObject toJson() const;
    static Session fromJson(const QJsonObject &o);
    static QString statusCode(SessionStatus s);
    static SessionStatus statusFromCode(const QString &code);
};

} // namespace concerto
