// JSON form of a case.
#include "models/domain/inscription.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<AgendaState, 5> kAgendaStates{{{AgendaState::ToDiscuss, "to-discuss"},
                                               {AgendaState::InProgress, "in-progress"},
                                               {AgendaState::Discussed, "discussed"},
                                               {AgendaState::Registered, "registered"},
                                               {AgendaState::Postponed, "postponed"}}};
}

QString Inscription::agendaStateCode(AgendaState s) {
    return codeOf(kAgendaStates, s);
}
AgendaState Inscription::agendaStateFromCode(const QString &code) {
    return enumOf(kAgendaStates, code);
}

QJsonObject Motif::toJson() const {
    QJsonObject o;
    json::put(o, "diagnosticOpinion", diagnosticOpinion);
    json::put(o, "treatmentProposal", treatmentProposal);
    json::put(o, "recours", recours);
    json::put(o, "paediatrics", paediatrics);
    extra.restore(o);
    return o;
}

Motif Motif::fromJson(const QJsonObject &o) {
    Motif m;
    json::Reader in(o);
    in.get("diagnosticOpinion", m.diagnosticOpinion);
    in.get("treatmentProposal", m.treatmentProposal);
    in.get("recours", m.recours);
    in.get("paediatrics", m.paediatrics);
    in.keepUnknown(m);
    return m;
}

QJsonObject Postponement::toJson() const {
    QJsonObject o;
    json::put(o, "reason", reason);
    json::put(o, "toSessionId", toSessionId);
    json::put(o, "at", at);
    extra.restore(o);
    return o;
}

Postponement Postponement::fromJson(const QJsonObject &o) {
    Postponement p;
    json::Reader in(o);
    in.get("reason", p.reason);
    in.get("toSessionId", p.toSessionId);
    in.get("at", p.at);
    in.keepUnknown(p);
    return p;
}

QJsonObject Inscription::toJson() const {
    QJsonObject o;
    json::put(o, "sessionId", sessionId);
    json::put(o, "patientId", patientId);
    json::put(o, "requesterId", requesterId);
    json::put(o, "presenterId", presenterId);
    o.insert(QLatin1String("motif"), motif.toJson());
    json::putEvenEmpty(o, "intent", intent);
    json::put(o, "question", question);
    json::put(o, "registrationComment", registrationComment);
    json::put(o, "agendaState", agendaStateCode(agendaState));
    json::put(o, "agendaOrder", agendaOrder);
    json::put(o, "registeredAt", registeredAt);
    json::put(o, "lateRegistration", lateRegistration);
    json::putList(o, "tumours", tumours);
    o.insert(QLatin1String("clinical"), clinical.toJson());
    json::put(o, "correspondents", correspondents);
    json::putList(o, "writtenOpinions", writtenOpinions);
    if (!postponement.isEmpty())
        o.insert(QLatin1String("postponement"), postponement.toJson());
    extra.restore(o);
    return o;
}

Inscription Inscription::fromJson(const QJsonObject &o) {
    Inscription i;
    json::Reader in(o);
    in.get("sessionId", i.sessionId);
    in.get("patientId", i.patientId);
    in.get("requesterId", i.requesterId);
    in.get("presenterId", i.presenterId);
    in.get("motif", i.motif);
    in.get("intent", i.intent);
    in.get("question", i.question);
    in.get("registrationComment", i.registrationComment);
    in.code("agendaState", kAgendaStates, i.agendaState);
    in.get("agendaOrder", i.agendaOrder);
    in.get("registeredAt", i.registeredAt);
    in.get("lateRegistration", i.lateRegistration);
    in.get("tumours", i.tumours);
    in.get("clinical", i.clinical);
    in.get("correspondents", i.correspondents);
    in.get("writtenOpinions", i.writtenOpinions);
    in.get("postponement", i.postponement);
    in.keepUnknown(i);
    return i;
}

} // namespace concerto
