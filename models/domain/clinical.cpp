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
    extra.restore(o);
    return o;
}

TestResult TestResult::fromJson(const QJsonObject &o) {
    TestResult t;
    json::Reader in(o);
    in.get("date", t.date);
    in.get("exam", t.exam);
    in.get("result", t.result);
    in.keepUnknown(t);
    return t;
}

QJsonObject PastTreatment::toJson() const {
    QJsonObject o;
    json::put(o, "type", type);
    json::put(o, "details", details);
    json::put(o, "start", start);
    json::put(o, "end", end);
    json::put(o, "state", codeOf(kStates, state));
    extra.restore(o);
    return o;
}

PastTreatment PastTreatment::fromJson(const QJsonObject &o) {
    PastTreatment t;
    json::Reader in(o);
    in.get("type", t.type);
    in.get("details", t.details);
    in.get("start", t.start);
    in.get("end", t.end);
    in.code("state", kStates, t.state);
    in.keepUnknown(t);
    return t;
}

QJsonObject ReportConclusion::toJson() const {
    QJsonObject o;
    json::put(o, "kind", kind);
    json::put(o, "date", date);
    json::put(o, "author", author);
    json::put(o, "text", text);
    extra.restore(o);
    return o;
}

ReportConclusion ReportConclusion::fromJson(const QJsonObject &o) {
    ReportConclusion r;
    json::Reader in(o);
    in.get("kind", r.kind);
    in.get("date", r.date);
    in.get("author", r.author);
    in.get("text", r.text);
    in.keepUnknown(r);
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
    json::putEvenEmpty(o, "phase", phase);
    json::put(o, "relapseDate", relapseDate);
    json::put(o, "progressionLocal", progressionLocal);
    json::put(o, "progressionRegional", progressionRegional);
    json::put(o, "progressionDistant", progressionDistant);
    json::putList(o, "treatments", treatments);
    json::putList(o, "reports", reports);
    json::put(o, "summary", summary);
    extra.restore(o);
    return o;
}

ClinicalContext ClinicalContext::fromJson(const QJsonObject &o) {
    ClinicalContext c;
    json::Reader in(o);
    in.get("fromScreening", c.fromScreening);
    in.get("screeningDate", c.screeningDate);
    in.get("history", c.history);
    in.get("comorbidities", c.comorbidities);
    in.get("whoStatus", c.whoStatus);
    in.get("whoStatusDate", c.whoStatusDate);
    in.get("geriatricTool", c.geriatricTool);
    in.get("geriatricScore", c.geriatricScore);
    in.get("tests", c.tests);
    in.get("phase", c.phase);
    in.get("relapseDate", c.relapseDate);
    in.get("progressionLocal", c.progressionLocal);
    in.get("progressionRegional", c.progressionRegional);
    in.get("progressionDistant", c.progressionDistant);
    in.get("treatments", c.treatments);
    in.get("reports", c.reports);
    in.get("summary", c.summary);
    in.keepUnknown(c);
    return c;
}

} // namespace concerto
