// The demo rules of time and documents (dates in order, the question of the phase, registration
// before the deadline, amendments, the signing check), the list of every rule, and the walk over a
// whole database. The clinical rules are in demorulesclinical.cpp.
#include "tests/support/demorules.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "models/validation/fichecheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concerto::test::demorules {

namespace {

const char *const kSurgery = "387713003";

QString day(const QDate &d) {
    return d.toString(Qt::ISODate);
}

void breach(Breaches &out, const char *rule, const QString &why) {
    out[QLatin1String(rule)].append(why);
}

// Before or on `limit`, comparing by month when `byMonth`.
bool notAfter(const QDate &d, const QDate &limit, bool byMonth = false) {
    if (byMonth)
        return d.year() * 12 + d.month() <= limit.year() * 12 + limit.month();
    return d <= limit;
}

void checkDates(const FicheInContext &f, Breaches &out) {
    const Inscription &c = *f.inscription;
    const QDate meeting = f.fiche->meetingDate;
    for (const Tumour &t : tumoursOf(f)) {
        if (!t.diagnosisDate.isValid() || !notAfter(t.diagnosisDate, meeting))
            breach(out, "dates-history",
                   QStringLiteral("diagnosis %1 not before the meeting %2")
                       .arg(day(t.diagnosisDate), day(meeting)));
        for (const PastTreatment &p : c.clinical.treatments) {
            if (!p.start.isValid() || p.start >= meeting || !notAfter(t.diagnosisDate, p.start, true))
                breach(out, "dates-history",
                       QStringLiteral("treatment \"%1\" starts %2 (diagnosis %3, meeting %4)")
                           .arg(p.details, day(p.start), day(t.diagnosisDate), day(meeting)));
            if (p.end.isValid() && (p.end >= meeting || p.end < p.start))
                breach(out, "dates-history",
                       QStringLiteral("treatment \"%1\" ends %2 (meeting %3)")
                           .arg(p.details, day(p.end), day(meeting)));
            if (p.state == TreatmentState::Done && !p.end.isValid())
                breach(out, "dates-history",
                       QStringLiteral("treatment \"%1\" done without an end").arg(p.details));
        }
        if (!t.clinicalTnm.isEmpty() && (!t.clinicalTnm.date.isValid() || t.clinicalTnm.date > meeting ||
                                         !notAfter(t.diagnosisDate, t.clinicalTnm.date, true)))
            breach(out, "dates-history",
                   QStringLiteral("clinical TNM dated %1 (diagnosis %2, meeting %3)")
                       .arg(day(t.clinicalTnm.date), day(t.diagnosisDate), day(meeting)));
        // The pathological TNM: only after a surgery, dated after it and before the meeting.
        const TnmStaging &p = t.pathologicalTnm;
        if (!p.isEmpty()) {
            QDate surgery;
            for (const PastTreatment &x : c.clinical.treatments)
                if (x.type == QLatin1String(kSurgery) && (!surgery.isValid() || x.start < surgery))
                    surgery = x.start;
            if (!surgery.isValid())
                breach(out, "dates-ptnm",
                       QStringLiteral("%1 without any surgery before the meeting").arg(p.text()));
            else if (!p.date.isValid() || p.date < surgery || p.date >= meeting)
                breach(out, "dates-ptnm",
                       QStringLiteral("%1 dated %2 (surgery %3, meeting %4)")
                           .arg(p.text(), day(p.date), day(surgery), day(meeting)));
        }
        const ClinicalContext &k = c.clinical;
        if (k.phase == QLatin1String(kPhaseRelapse)) {
            const QDate r = k.relapseDate;
            bool treatedBefore = false;
            for (const PastTreatment &x : k.treatments)
                if (x.start < r) {
                    treatedBefore = true;
                    if (!x.end.isValid() || x.end >= r)
                        breach(out, "dates-relapse",
                               QStringLiteral("relapse %1 while \"%2\" (%3 to %4) went on")
                                   .arg(day(r), x.details, day(x.start), day(x.end)));
                }
            if (!r.isValid() || r >= meeting || !notAfter(t.diagnosisDate, r, true) || !treatedBefore)
                breach(out, "dates-relapse",
                       QStringLiteral("relapse dated %1 (diagnosis %2, meeting %3, %4)")
                           .arg(day(r), day(t.diagnosisDate), day(meeting),
                                treatedBefore ? QStringLiteral("treated before")
                                              : QStringLiteral("nothing treated before")));
        } else if (k.relapseDate.isValid() || k.progressionDistant || k.progressionLocal ||
                   k.progressionRegional) {
            breach(out, "dates-relapse",
                   QStringLiteral("a relapse date or progression in the initial phase"));
        }
        if (k.fromScreening &&
            (!k.screeningDate.isValid() || !notAfter(k.screeningDate, t.diagnosisDate, true)))
            breach(out, "dates-history",
                   QStringLiteral("screening %1 after the diagnosis").arg(day(k.screeningDate)));
    }
    const ClinicalContext &k = c.clinical;
    for (const TestResult &x : k.tests)
        if (!x.date.isValid() || x.date > meeting)
            breach(out, "dates-history", QStringLiteral("test \"%1\" dated %2").arg(x.exam, day(x.date)));
    for (const ReportConclusion &x : k.reports)
        if (!x.date.isValid() || x.date > meeting)
            breach(out, "dates-history", QStringLiteral("report \"%1\" dated %2").arg(x.kind, day(x.date)));
    if (k.whoStatusDate.isValid() && k.whoStatusDate > meeting)
        breach(out, "dates-history", QStringLiteral("WHO status dated %1").arg(day(k.whoStatusDate)));
    for (const ProposalLine &l : f.fiche->proposal)
        if (!l.plannedStart.isValid() || l.plannedStart < meeting || l.plannedEnd < l.plannedStart)
            breach(out, "dates-history",
                   QStringLiteral("proposal \"%1\" planned %2 to %3 (meeting %4)")
                       .arg(l.details, day(l.plannedStart), day(l.plannedEnd), day(meeting)));
}

void checkQuestion(const FicheInContext &f, Breaches &out) {
    const QString q = f.inscription->question.toLower();
    const bool relapse = f.inscription->clinical.phase == QLatin1String(kPhaseRelapse);
    static const QStringList relapseWords{QStringLiteral("récidive"), QStringLiteral("rechute"),
                                          QStringLiteral("progression")};
    static const QStringList initialWords{QStringLiteral("initiale"), QStringLiteral("d'emblée"),
                                          QStringLiteral("première ligne"), QStringLiteral("adjuvant")};
    for (const QString &w : relapse ? initialWords : relapseWords)
        if (q.contains(w))
            breach(out, "question-phase",
                   QStringLiteral("\"%1\" in the %2 phase")
                       .arg(f.inscription->question,
                            relapse ? QStringLiteral("relapse") : QStringLiteral("initial")));
}

void checkRegistration(const FicheInContext &f, Breaches &out) {
    // A case may come after its session's deadline only when it is marked late
    // (agenda::markLateIfAfterDeadline); a case marked late must have come after it.
    const QDateTime &deadline = f.session->registrationDeadline;
    const bool afterDeadline = f.inscription->registeredAt > deadline;
    if (!deadline.isValid() || !f.inscription->registeredAt.isValid() ||
        afterDeadline != f.inscription->lateRegistration)
        breach(out, "late-registration",
               QStringLiteral("registered %1, deadline %2, %3")
                   .arg(f.inscription->registeredAt.toString(Qt::ISODate), deadline.toString(Qt::ISODate),
                        f.inscription->lateRegistration ? QStringLiteral("marked late")
                                                        : QStringLiteral("not marked late")));
}

// A fiche's JSON without what every version sets for itself, and with `masked` parts taken out.
QJsonObject comparable(const Fiche &fiche, const QStringList &masked) {
    QJsonObject o = fiche.toJson();
    for (const char *key : {"versionNumber", "amendmentReason", "status", "signerId", "signedAt"})
        o.remove(QLatin1String(key));
    QJsonObject snapshot = o.value(QLatin1String("caseSnapshot")).toObject();
    QJsonArray tumours = snapshot.value(QLatin1String("tumours")).toArray();
    for (qsizetype i = 0; i < tumours.size(); ++i) {
        QJsonObject t = tumours[i].toObject();
        for (const QString &m : masked)
            if (m.startsWith(QLatin1String("tumour.")))
                t.remove(m.mid(7));
        tumours[i] = t;
    }
    snapshot.insert(QLatin1String("tumours"), tumours);
    if (masked.contains(QLatin1String("summary"))) {
        QJsonObject clinical = snapshot.value(QLatin1String("clinical")).toObject();
        clinical.remove(QLatin1String("summary"));
        snapshot.insert(QLatin1String("clinical"), clinical);
    }
    o.insert(QLatin1String("caseSnapshot"), snapshot);
    if (masked.contains(QLatin1String("correspondents")))
        o.remove(QLatin1String("correspondents"));
    if (masked.contains(QLatin1String("dates"))) {
        QJsonArray lines = o.value(QLatin1String("proposal")).toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject l = lines[i].toObject();
            l.remove(QLatin1String("plannedStart"));
            l.remove(QLatin1String("plannedEnd"));
            lines[i] = l;
        }
        o.insert(QLatin1String("proposal"), lines);
    }
    return o;
}

void checkAmendment(const FicheInContext &f, Breaches &out) {
    if (f.fiche->versionNumber == 1)
        return;
    if (!f.previous) {
        breach(out, "amendment-reason",
               QStringLiteral("version %1 without the version before").arg(f.fiche->versionNumber));
        return;
    }
    const Fiche &now = *f.fiche, &before = *f.previous;
    const QString reason = now.amendmentReason;
    QStringList masked;
    bool changed = false;
    const auto tumourKey = [](const Fiche &x, const char *key) {
        QStringList values;
        for (const QJsonValue &t : x.caseSnapshot.value(QLatin1String("tumours")).toArray())
            values << QString::fromUtf8(
                QJsonDocument(QJsonObject{{QLatin1String(key), t.toObject().value(QLatin1String(key))}})
                    .toJson(QJsonDocument::Compact));
        return values;
    };
    if (reason.contains(QLatin1String("TNM"))) {
        masked = {QStringLiteral("tumour.clinicalTnm"), QStringLiteral("tumour.pathologicalTnm"),
                  QStringLiteral("summary")};
        changed = tumourKey(now, "clinicalTnm") != tumourKey(before, "clinicalTnm") ||
                  tumourKey(now, "pathologicalTnm") != tumourKey(before, "pathologicalTnm");
    } else if (reason.contains(QStringLiteral("latéralité"))) {
        masked = {QStringLiteral("tumour.laterality"), QStringLiteral("summary")};
        changed = tumourKey(now, "laterality") != tumourKey(before, "laterality");
    } else if (reason.contains(QLatin1String("correspondant"))) {
        masked = {QStringLiteral("correspondents")};
        changed = now.correspondents.size() > before.correspondents.size();
    } else if (reason.contains(QStringLiteral("date de début"))) {
        masked = {QStringLiteral("dates")};
        changed = !now.proposal.empty() && !before.proposal.empty() &&
                  now.proposal.front().plannedStart != before.proposal.front().plannedStart;
    } else {
        breach(out, "amendment-reason", QStringLiteral("a reason the rules do not know: \"%1\"").arg(reason));
        return;
    }
    if (!changed)
        breach(out, "amendment-reason",
               QStringLiteral("\"%1\" changes nothing of what it names").arg(reason));
    if (comparable(now, masked) != comparable(before, masked))
        breach(out, "amendment-reason", QStringLiteral("\"%1\" changes more than it names").arg(reason));
}

void checkSigned(const FicheInContext &f, Breaches &out) {
    if (!f.fiche->isSigned())
        return;
    Fiche before = *f.fiche;
    before.signedAt = {};
    const validation::Check check = validation::checkFicheForSigning(before, f.fiche->signerId);
    if (!check.ok())
        breach(out, "signing-check", check.text());
    if (f.fiche->caseSnapshot.value(QLatin1String("tumours")).toArray().isEmpty())
        breach(out, "signing-check", QStringLiteral("signed without the tumours of its case"));
}

} // namespace

const std::vector<Rule> &rules() {
    static const std::vector<Rule> all{
        {"stage-group", "stage group is the one the staging tables give for T, N and M"},
        {"site-categories", "T, N and M categories exist for the site (UICC 8)"},
        {"both-stages", "clinical TNM kept (c, dated); pathological only p/yp, dated; haematology: no T/N/M"},
        {"other-staging", "Ann Arbor / Lugano or R-ISS fits the disease (no A/B on non-Hodgkin)"},
        {"morphology-site", "morphology fits the topography"},
        {"morphology-stage", "in situ morphology (/2) if and only if Tis"},
        {"proposal-site", "regimens and operations fit the site and histology"},
        {"proposal-stage",
         "proposal fits the stage (no surveillance alone or surgery for M1, SCLC surgery only T1-2 N0)"},
        {"proposal-age-who", "no autograft from 70; WHO 4: supportive care only"},
        {"dates-history", "history, tests, reports and proposal dated in order around the meeting"},
        {"dates-ptnm", "pTNM only after a surgery, dated after it, before the meeting"},
        {"dates-relapse",
         "relapse after diagnosis and after the treatments before it; none in the initial phase"},
        {"question-phase", "the question matches the phase"},
        {"late-registration", "registered before the session's deadline, or after it and marked late"},
        {"amendment-reason", "an amendment changes what its reason names, and nothing else"},
        {"signing-check", "every signed fiche passes validation::checkFicheForSigning with its case"},
        {"history-age", "history fits the age (pack-years from 15, no COPD before 40, no stent before 45)"},
        {"dates-postop", "a post-operative test dated after the surgery"},
        {"response-removed", "no response of the primary tumour after its removal"},
        {"response-early", "a response assessed four weeks after a treatment began at the earliest"},
        {"history-window", "no treatment begun before the first session of the history"},
        {"proposal-dcis", "a relapsing DCIS is operated (no endocrine therapy); metastases are biopsied"},
        {"toxicity-drug", "a dose reduced only for a toxicity the drug causes, never for an antibody"},
        {"curative-reduced", "no dose cut of a curative ABVD, BEACOPP or R-CHOP before 80"},
        {"surgery-unfit",
         "no Whipple, oesophagectomy, cystectomy, total gastrectomy, hepatectomy from 80 or WHO 2"},
        {"prostate-old", "no 74-78 Gy for a prostate cancer from 80"},
        {"bleomycin-old", "no bleomycin (ABVD, BEACOPP) from 70"},
        {"breast-oncogenetics", "a breast cancer before 36 has an oncogenetic consultation"},
        {"trial-eligibility", "the trial is open to the site, stage (M0/M1) and age"},
        {"conformity-reason", "a non-conformity reason agrees with the case and the proposal"},
        {"override-reason", "a quorum override agrees with the fiche and names the written opinion's author"},
        {"presenter-present", "the presenting physician is among the participants of a discussed case"},
        {"quorum-postponed", "a case without quorum is overridden by the coordinator or postponed"},
    };
    return all;
}

int ageAt(const QDate &birth, const QDate &d) {
    int age = d.year() - birth.year();
    if (d < birth.addYears(age))
        --age;
    return age;
}

std::vector<Tumour> tumoursOf(const FicheInContext &f) {
    std::vector<Tumour> all = f.inscription->tumours;
    for (const QJsonValue &t : f.fiche->caseSnapshot.value(QLatin1String("tumours")).toArray())
        all.push_back(Tumour::fromJson(t.toObject()));
    return all;
}

Breaches check(const FicheInContext &f) {
    Breaches out;
    checkStaging(f, out);
    checkProposal(f, out);
    checkDates(f, out);
    checkQuestion(f, out);
    checkRegistration(f, out);
    checkAmendment(f, out);
    checkSigned(f, out);
    checkCourse(f, out);
    return out;
}

bool walk(Database &db, Tally *tally, QString *error) {
    const StoreRead<std::vector<Fiche>> fiches = FicheRepository(db).all();
    const StoreRead<std::vector<Inscription>> cases = InscriptionRepository(db).all();
    const StoreRead<std::vector<Session>> sessions = SessionRepository(db).all();
    const StoreRead<std::vector<Patient>> patients = PatientRepository(db).all();
    for (const QString &e : {fiches.error, cases.error, sessions.error, patients.error})
        if (!e.isEmpty()) {
            *error = e;
            return false;
        }
    std::map<QUuid, const Inscription *> caseById;
    for (const Inscription &i : *cases)
        caseById[i.meta.id] = &i;
    std::map<QUuid, const Session *> sessionById;
    for (const Session &s : *sessions)
        sessionById[s.meta.id] = &s;
    std::map<QUuid, const Patient *> patientById;
    for (const Patient &p : *patients)
        patientById[p.meta.id] = &p;
    QDate historyStart;
    for (const Session &s : *sessions)
        if (!historyStart.isValid() || s.startsAt.date() < historyStart)
            historyStart = s.startsAt.date();
    std::map<std::pair<QUuid, int>, const Fiche *> versions;
    for (const Fiche &f : *fiches)
        versions[{f.setId, f.versionNumber}] = &f;
    for (const Fiche &f : *fiches) {
        FicheInContext c{&f,
                         caseById[f.inscriptionId],
                         sessionById[f.sessionId],
                         patientById[f.patientId],
                         nullptr,
                         historyStart};
        const auto before = versions.find({f.setId, f.versionNumber - 1});
        if (before != versions.end())
            c.previous = before->second;
        ++tally->fiches;
        if (!c.inscription || !c.session || !c.patient) {
            *error =
                QStringLiteral("fiche %1 without its case, session or patient").arg(json::idText(f.meta.id));
            return false;
        }
        for (const auto &[rule, reasons] : check(c)) {
            ++tally->broken[rule];
            QStringList &examples = tally->examples[rule];
            if (examples.size() < 5)
                examples << json::idText(f.meta.id) + QStringLiteral(": ") +
                                reasons.join(QStringLiteral("; "));
        }
    }
    return true;
}

QString table(const Tally &tally) {
    QStringList lines{QStringLiteral("%1  fiches  rule").arg(QStringLiteral("rule"), -18)};
    for (const Rule &r : rules()) {
        const auto found = tally.broken.find(QLatin1String(r.id));
        lines << QStringLiteral("%1  %2  %3")
                     .arg(QLatin1String(r.id), -18)
                     .arg(found == tally.broken.end() ? 0 : found->second, 6)
                     .arg(QLatin1String(r.description));
    }
    lines << QStringLiteral("%1 fiches checked").arg(tally.fiches);
    return lines.join(QLatin1Char('\n'));
}

} // namespace concerto::test::demorules
