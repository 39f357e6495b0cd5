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
    return o;
}

Motif Motif::fromJson(const QJsonObject &o) {
    Motif m;
    json::get(o, "diagnosticOpinion", m.diagnosticOpinion);
    json::get(o, "treatmentProposal", m.treatmentProposal);
    json::get(o, "recours", m.recours);
    json::get(o, "paediatrics", m.paediatrics);
    return m;
}

QJsonObject Inscription::toJson() const {
    QJsonObject o;
    json::put(o, "sessionId", sessionId);
    json::put(o, "patientId", patientId);
    json::put(o, "requesterId", requesterId);
    json::put(o, "presenterId", presenterId);
    o.insert(QLatin1String("motif"), motif.toJson());
    json::put(o, "intent", intent);
    json::put(o, "question", question);
    json::put(o, "agendaState", agendaStateCode(agendaState));
    json::put(o, "agendaOrder", agendaOrder);
    json::put(o, "registeredAt", registeredAt);
    json::putList(o, "tumours", tumours);
    o.insert(QLatin1String("clinical"), clinical.toJson());
    json::put(o, "correspondents", correspondents);
    return o;
}

Inscription Inscription::fromJson(const QJsonObject &o) {
    Inscription i;
    QString state;
    json::get(o, "sessionId", i.sessionId);
    json::get(o, "patientId", i.patientId);
    json::get(o, "requesterId", i.requesterId);
    json::get(o, "presenterId", i.presenterId);
    i.motif = Motif::fromJson(o.value(QLatin1String("motif")).toObject());
    json::get(o, "intent", i.intent);
    json::get(o, "question", i.question);
    json::get(o, "agendaState", state);
    i.agendaState = agendaStateFromCode(state);
    json::get(o, "agendaOrder", i.agendaOrder);
    json::get(o, "registeredAt", i.registeredAt);
    json::getList(o, "tumours", i.tumours);
    i.clinical = ClinicalContext::fromJson(o.value(QLatin1String("clinical")).toObject());
    json::get(o, "correspondents", i.correspondents);
    return i;
}

} // namespace concerto
