// JSON form of the clinical context.
#include "models/domain/clinical.h"
#include "models/domain/codes.h"

namespace concerto {

namespace {
const CodeTable<TreatmentState, 3> kStates{{{TreatmentState::Done, "done"},
                                            {TreatmentState::Ongoing, "ongoing"},
                                            {TreatmentState::NotDone, "not-done"}}};
}

QJsonObject TestResult::toJson() const {
    QJsonObject o;
    json::put(o, "date", date);
    json::put(o, "exam", exam);
    json::put(o, "result", result);
    return o;
}

TestResult TestResult::fromJson(const QJsonObject &o) {
    TestResult t;
    json::get(o, "date", t.date);
    json::get(o, "exam", t.exam);
    json::get(o, "result", t.result);
    return t;
}

QJsonObject PastTreatment::toJson() const {
    QJsonObject o;
    json::put(o, "type", type);
    json::put(o, "details", details);
    json::put(o, "start", start);
    json::put(o, "end", end);
    json::put(o, "state", codeOf(kStates, state));
    return o;
}

PastTreatment PastTreatment::fromJson(const QJsonObject &o) {
    PastTreatment t;
    QString state;
    json::get(o, "type", t.type);
    json::get(o, "details", t.details);
    json::get(o, "start", t.start);
    json::get(o, "end", t.end);
    json::get(o, "state", state);
    t.state = enumOf(kStates, state);
    return t;
}

QJsonObject ReportConclusion::toJson() const {
    QJsonObject o;
    json::put(o, "kind", kind);
    json::put(o, "date", date);
    json::put(o, "author", author);
    json::put(o, "text", text);
    return o;
}

ReportConclusion ReportConclusion::fromJson(const QJsonObject &o) {
    ReportConclusion r;
    json::get(o, "kind", r.kind);
    json::get(o, "date", r.date);
    json::get(o, "author", r.author);
    json::get(o, "text", r.text);
    return r;
}

QJsonObject ClinicalContext::toJson() const {
    QJsonObject o;
    json::put(o, "fromScreening", fromScreening);
    json::put(o, "screeningDate", screeningDate);
    json::put(o, "history", history);
    json::put(o, "comorbidities", comorbidities);
    if (whoStatus >= 0)
        json::put(o, "whoStatus", whoStatus);
    json::put(o, "whoStatusDate", whoStatusDate);
    json::put(o, "geriatricTool", geriatricTool);
    json::put(o, "geriatricScore", geriatricScore);
    json::putList(o, "tests", tests);
    json::put(o, "phase", phase);
    json::put(o, "relapseDate", relapseDate);
    json::put(o, "progressionLocal", progressionLocal);
    json::put(o, "progressionRegional", progressionRegional);
    json::put(o, "progressionDistant", progressionDistant);
    json::putList(o, "treatments", treatments);
    json::putList(o, "reports", reports);
    json::put(o, "summary", summary);
    return o;
}

ClinicalContext ClinicalContext::fromJson(const QJsonObject &o) {
    ClinicalContext c;
    json::get(o, "fromScreening", c.fromScreening);
    json::get(o, "screeningDate", c.screeningDate);
    json::get(o, "history", c.history);
    json::get(o, "comorbidities", c.comorbidities);
    json::get(o, "whoStatus", c.whoStatus, -1);
    json::get(o, "whoStatusDate", c.whoStatusDate);
    json::get(o, "geriatricTool", c.geriatricTool);
    json::get(o, "geriatricScore", c.geriatricScore);
    json::getList(o, "tests", c.tests);
    json::get(o, "phase", c.phase);
    if (c.phase.isEmpty())
        c.phase = QString::fromLatin1(kPhaseInitial);
    json::get(o, "relapseDate", c.relapseDate);
    json::get(o, "progressionLocal", c.progressionLocal);
    json::get(o, "progressionRegional", c.progressionRegional);
    json::get(o, "progressionDistant", c.progressionDistant);
    json::getList(o, "treatments", c.treatments);
    json::getList(o, "reports", c.reports);
    json::get(o, "summary", c.summary);
    return c;
}

} // namespace concerto
