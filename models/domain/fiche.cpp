// JSON form of a fiche RCP and its parts.
#include "models/domain/fiche.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<DocumentStatus, 4> kStatuses{{{DocumentStatus::InProgress, "385651009"},
                                              {DocumentStatus::Completed, "398166005"},
                                              {DocumentStatus::Approved, "9571008"},
                                              {DocumentStatus::Closed, "29179001"}}};
}

QString Fiche::statusCode(DocumentStatus s) {
    return codeOf(kStatuses, s);
}
DocumentStatus Fiche::statusFromCode(const QString &code) {
    return enumOf(kStatuses, code);
}

QJsonObject ProposalLine::toJson() const {
    QJsonObject o;
    json::put(o, "intention", intention);
    json::put(o, "sequence", sequence);
    json::put(o, "treatmentType", treatmentType);
    json::put(o, "details", details);
    json::put(o, "plannedStart", plannedStart);
    json::put(o, "plannedEnd", plannedEnd);
    extra.restore(o);
    return o;
}

ProposalLine ProposalLine::fromJson(const QJsonObject &o) {
    ProposalLine l;
    json::Reader in(o);
    in.get("intention", l.intention);
    in.get("sequence", l.sequence);
    in.get("treatmentType", l.treatmentType);
    in.get("details", l.details);
    in.get("plannedStart", l.plannedStart);
    in.get("plannedEnd", l.plannedEnd);
    in.keepUnknown(l);
    return l;
}

QJsonObject FurtherExam::toJson() const {
    QJsonObject o;
    json::put(o, "type", type);
    json::put(o, "earliest", earliest);
    json::put(o, "latest", latest);
    extra.restore(o);
    return o;
}

FurtherExam FurtherExam::fromJson(const QJsonObject &o) {
    FurtherExam e;
    json::Reader in(o);
    in.get("type", e.type);
    in.get("earliest", e.earliest);
    in.get("latest", e.latest);
    in.keepUnknown(e);
    return e;
}

QJsonObject Framework::toJson() const {
    QJsonObject o;
    json::put(o, "guideline", guideline.toJson());
    o.insert(QLatin1String("conform"), conform);
    json::put(o, "nonConformityReason", nonConformityReason);
    json::put(o, "trialProposed", trialProposed);
    json::put(o, "trialName", trialName);
    extra.restore(o);
    return o;
}

Framework Framework::fromJson(const QJsonObject &o) {
    Framework f;
    json::Reader in(o);
    in.get("guideline", f.guideline);
    in.get("conform", f.conform);
    in.get("nonConformityReason", f.nonConformityReason);
    in.get("trialProposed", f.trialProposed);
    in.get("trialName", f.trialName);
    in.keepUnknown(f);
    return f;
}

QJsonObject FicheAttendee::toJson() const {
    QJsonObject o;
    json::put(o, "professionalId", professionalId);
    json::put(o, "specialty", specialty);
    json::put(o, "remote", remote);
    json::put(o, "countedForQuorum", countedForQuorum);
    json::put(o, "guestName", guestName);
    json::put(o, "guestOrganisation", guestOrganisation);
    extra.restore(o);
    return o;
}

FicheAttendee FicheAttendee::fromJson(const QJsonObject &o) {
    FicheAttendee a;
    json::Reader in(o);
    in.get("professionalId", a.professionalId);
    in.get("specialty", a.specialty);
    in.get("remote", a.remote);
    in.get("countedForQuorum", a.countedForQuorum);
    in.get("guestName", a.guestName);
    in.get("guestOrganisation", a.guestOrganisation);
    in.keepUnknown(a);
    return a;
}

QJsonObject QuorumOverride::toJson() const {
    QJsonObject o;
    json::put(o, "coordinatorId", coordinatorId);
    json::put(o, "reason", reason);
    json::put(o, "at", at);
    extra.restore(o);
    return o;
}

QuorumOverride QuorumOverride::fromJson(const QJsonObject &o) {
    QuorumOverride q;
    json::Reader in(o);
    in.get("coordinatorId", q.coordinatorId);
    in.get("reason", q.reason);
    in.get("at", q.at);
    in.keepUnknown(q);
    return q;
}

QJsonObject Fiche::toJson() const {
    QJsonObject o;
    json::put(o, "setId", setId);
    json::put(o, "versionNumber", versionNumber);
    json::put(o, "amendmentReason", amendmentReason);
    json::put(o, "inscriptionId", inscriptionId);
    json::put(o, "patientId", patientId);
    json::put(o, "sessionId", sessionId);
    json::put(o, "rcpId", rcpId);
    json::put(o, "meetingDate", meetingDate);
    json::putEvenEmpty(o, "caseStatus", caseStatus);
    json::put(o, "quorum", quorumStatusCode(quorum));
    json::put(o, "quorumOverride", quorumOverride.toJson());
    json::put(o, "fileComplete", fileComplete);
    json::put(o, "referToRecours", referToRecours);
    json::put(o, "surveillanceOnly", surveillanceOnly);
    json::putList(o, "exams", exams);
    json::putList(o, "proposal", proposal);
    o.insert(QLatin1String("framework"), framework.toJson());
    json::put(o, "patientComments", patientComments);
    json::put(o, "status", statusCode(status));
    json::put(o, "authorId", authorId);
    json::put(o, "coordinatorId", coordinatorId);
    json::putList(o, "attendees", attendees);
    json::putList(o, "writtenOpinions", writtenOpinions);
    json::put(o, "correspondents", correspondents);
    json::put(o, "signerId", signerId);
    json::put(o, "signedAt", signedAt);
    json::put(o, "caseSnapshot", caseSnapshot);
    extra.restore(o);
    return o;
}

Fiche Fiche::fromJson(const QJsonObject &o) {
    Fiche f;
    json::Reader in(o);
    in.get("setId", f.setId);
    in.get("versionNumber", f.versionNumber);
    in.get("amendmentReason", f.amendmentReason);
    in.get("inscriptionId", f.inscriptionId);
    in.get("patientId", f.patientId);
    in.get("sessionId", f.sessionId);
    in.get("rcpId", f.rcpId);
    in.get("meetingDate", f.meetingDate);
    in.get("caseStatus", f.caseStatus);
    in.code("quorum", quorumStatusCodes(), f.quorum);
    in.get("quorumOverride", f.quorumOverride);
    in.get("fileComplete", f.fileComplete);
    in.get("referToRecours", f.referToRecours);
    in.get("surveillanceOnly", f.surveillanceOnly);
    in.get("exams", f.exams);
    in.get("proposal", f.proposal);
    in.get("framework", f.framework);
    in.get("patientComments", f.patientComments);
    in.code("status", kStatuses, f.status);
    in.get("authorId", f.authorId);
    in.get("coordinatorId", f.coordinatorId);
    in.get("attendees", f.attendees);
    in.get("writtenOpinions", f.writtenOpinions);
    in.get("correspondents", f.correspondents);
    in.get("signerId", f.signerId);
    in.get("signedAt", f.signedAt);
    in.get("caseSnapshot", f.caseSnapshot);
    in.keepUnknown(f);
    return f;
}

void Fiche::markSigned(const QUuid &signer, const QDateTime &at, const QJsonObject &snapshot) {
    signerId = signer;
    signedAt = at;
    status = DocumentStatus::Approved;
    if (!snapshot.isEmpty())
        caseSnapshot = snapshot;
}

Fiche Fiche::nextVersion(const QString &reason) const {
    Fiche next = *this;
    next.meta = RecordMeta{};
    next.versionNumber = versionNumber + 1;
    next.amendmentReason = reason.trimmed();
    next.signedAt = {};
    next.signerId = {};
    next.status = DocumentStatus::InProgress;
    // Set on purpose: a value of the old version that this one did not understand does not come back.
    for (const char *key : {"versionNumber", "amendmentReason", "signedAt", "signerId", "status"})
        next.extra.forget(key);
    return next;
}

} // namespace concerto
