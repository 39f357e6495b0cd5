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
    return o;
}

ProposalLine ProposalLine::fromJson(const QJsonObject &o) {
    ProposalLine l;
    json::get(o, "intention", l.intention, 1);
    json::get(o, "sequence", l.sequence, 1);
    json::get(o, "treatmentType", l.treatmentType);
    json::get(o, "details", l.details);
    json::get(o, "plannedStart", l.plannedStart);
    json::get(o, "plannedEnd", l.plannedEnd);
    return l;
}

QJsonObject FurtherExam::toJson() const {
    QJsonObject o;
    json::put(o, "type", type);
    json::put(o, "earliest", earliest);
    json::put(o, "latest", latest);
    return o;
}

FurtherExam FurtherExam::fromJson(const QJsonObject &o) {
    FurtherExam e;
    json::get(o, "type", e.type);
    json::get(o, "earliest", e.earliest);
    json::get(o, "latest", e.latest);
    return e;
}

QJsonObject Framework::toJson() const {
    QJsonObject o;
    if (!guideline.isEmpty())
        o.insert(QLatin1String("guideline"), guideline.toJson());
    o.insert(QLatin1String("conform"), conform);
    json::put(o, "nonConformityReason", nonConformityReason);
    json::put(o, "trialProposed", trialProposed);
    json::put(o, "trialName", trialName);
    return o;
}

Framework Framework::fromJson(const QJsonObject &o) {
    Framework f;
    f.guideline = Guideline::fromJson(o.value(QLatin1String("guideline")).toObject());
    f.conform = o.value(QLatin1String("conform")).toBool(true);
    json::get(o, "nonConformityReason", f.nonConformityReason);
    json::get(o, "trialProposed", f.trialProposed);
    json::get(o, "trialName", f.trialName);
    return f;
}

QJsonObject FicheAttendee::toJson() const {
    QJsonObject o;
    json::put(o, "professionalId", professionalId);
    json::put(o, "specialty", specialty);
    json::put(o, "remote", remote);
    json::put(o, "countedForQuorum", countedForQuorum);
    return o;
}

FicheAttendee FicheAttendee::fromJson(const QJsonObject &o) {
    FicheAttendee a;
    json::get(o, "professionalId", a.professionalId);
    json::get(o, "specialty", a.specialty);
    json::get(o, "remote", a.remote);
    json::get(o, "countedForQuorum", a.countedForQuorum);
    return a;
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
    json::put(o, "caseStatus", caseStatus);
    json::put(o, "quorum", quorumStatusCode(quorum));
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
    json::put(o, "correspondents", correspondents);
    json::put(o, "signerId", signerId);
    json::put(o, "signedAt", signedAt);
    if (!caseSnapshot.isEmpty())
        o.insert(QLatin1String("caseSnapshot"), caseSnapshot);
    return o;
}

Fiche Fiche::fromJson(const QJsonObject &o) {
    Fiche f;
    QString code;
    json::get(o, "setId", f.setId);
    json::get(o, "versionNumber", f.versionNumber, 1);
    json::get(o, "amendmentReason", f.amendmentReason);
    json::get(o, "inscriptionId", f.inscriptionId);
    json::get(o, "patientId", f.patientId);
    json::get(o, "sessionId", f.sessionId);
    json::get(o, "rcpId", f.rcpId);
    json::get(o, "meetingDate", f.meetingDate);
    json::get(o, "caseStatus", f.caseStatus);
    json::get(o, "quorum", code);
    f.quorum = quorumStatusFromCode(code);
    json::get(o, "fileComplete", f.fileComplete);
    json::get(o, "referToRecours", f.referToRecours);
    json::get(o, "surveillanceOnly", f.surveillanceOnly);
    json::getList(o, "exams", f.exams);
    json::getList(o, "proposal", f.proposal);
    f.framework = Framework::fromJson(o.value(QLatin1String("framework")).toObject());
    json::get(o, "patientComments", f.patientComments);
    json::get(o, "status", code);
    f.status = statusFromCode(code);
    json::get(o, "authorId", f.authorId);
    json::get(o, "coordinatorId", f.coordinatorId);
    json::getList(o, "attendees", f.attendees);
    json::get(o, "correspondents", f.correspondents);
    json::get(o, "signerId", f.signerId);
    json::get(o, "signedAt", f.signedAt);
    f.caseSnapshot = o.value(QLatin1String("caseSnapshot")).toObject();
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
    return next;
}

} // namespace concerto
