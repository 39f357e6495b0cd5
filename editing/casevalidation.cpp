// The checks of a case's working copy, by field path (see casevalidation.h).
#include "editing/casevalidation.h"
#include "editing/jsonpath.h"

#include "models/staging/staging.h"
#include "models/validation/clinicalchecks.h"
#include "models/validation/icdcodes.h"
#include "models/validation/tnm.h"

#include <QCoreApplication>

namespace concerto::editing {

namespace {

class Collector {
public:
    explicit Collector(FieldMessages &out)
        : m_out(out) {}
    void add(const QString &path, const validation::Check &check) {
        for (const QString &m : check.messages)
            add(path, m);
    }
    void add(const QString &path, const QString &message) {
        QStringList &list = m_out[path];
        if (!list.contains(message))
            list << message;
    }

private:
    FieldMessages &m_out;
};

// A date that cannot be: in the future, or before the patient was born.
void checkDate(Collector &out, const QString &path, const QDate &date, const ValidationContext &context) {
    if (!date.isValid())
        return;
    if (context.today.isValid() && date > context.today)
        out.add(path, QCoreApplication::translate("CaseValidation", "This date is in the future."));
    else if (context.birthDate.isValid() && date < context.birthDate)
        out.add(path,
                QCoreApplication::translate("CaseValidation", "This date is before the patient's birth."));
}

void checkTnm(Collector &out, const QString &path, const Tumour &tumour, const TnmStaging &tnm,
              bool pathological) {
    const int edition = validation::tnmEditionNumber(tnm.edition);
    bool formsOk = true;
    auto component = [&](const char *field, validation::TnmCategory category, const QString &value) {
        const validation::Check c = validation::checkTnmComponent(category, value, edition > 0 ? edition : 8);
        out.add(path + QLatin1Char('/') + QLatin1String(field), c);
        formsOk = formsOk && c.ok();
    };
    const validation::Check prefix = validation::checkTnmPrefix(tnm.prefix);
    out.add(path + QStringLiteral("/prefix"), prefix);
    if (prefix.ok() && !tnm.prefix.isEmpty()) {
        TnmStaging probe;
        probe.prefix = tnm.prefix;
        if (probe.isPathological() != pathological)
            out.add(path + QStringLiteral("/prefix"),
                    pathological
                        ? QCoreApplication::translate("CaseValidation",
                                                      "A pathological TNM is written p, yp or rp.")
                        : QCoreApplication::translate(
                              "CaseValidation",
                              "A clinical TNM is written c, yc, r or rc (p, yp and rp are pathological)."));
    }
    component("t", validation::TnmCategory::T, tnm.t);
    component("n", validation::TnmCategory::N, tnm.n);
    component("m", validation::TnmCategory::M, tnm.m);
    const validation::Check stage = validation::checkTnmStage(tnm.stage);
    out.add(path + QStringLiteral("/stage"), stage);
    if (!tnm.isEmpty() && edition < 0) {
        out.add(path + QStringLiteral("/edition"),
                QCoreApplication::translate("CaseValidation", "Give the TNM edition, e.g. UICC 8."));
        formsOk = false;
    }
    if (formsOk && stage.ok() && (!tnm.isEmpty() || !tnm.stage.isEmpty()) && !tumour.topography.isEmpty())
        out.add(path, staging::checkTnmForSite(tumour.topography, tumour.morphology, tnm));
}

} // namespace

FieldMessages validateCase(const Inscription &c, const ValidationContext &context) {
    FieldMessages messages;
    Collector out(messages);
    for (int i = 0; i < int(c.tumours.size()); ++i) {
        const Tumour &t = c.tumours[std::size_t(i)];
        auto at = [i](const QString &field) { return itemPath(QStringLiteral("tumours"), i, field); };
        if (t.diagnosisDate.isValid())
            out.add(at(QStringLiteral("diagnosisDate")),
                    validation::checkDiagnosisDate(t, context.birthDate, context.today));
        const validation::Check topography = validation::checkTopography(t.topography);
        out.add(at(QStringLiteral("topography")), topography);
        if (topography.ok() && !t.topography.isEmpty() && context.knownTopography &&
            !context.knownTopography(t.topography))
            out.add(at(QStringLiteral("topography")),
                    QCoreApplication::translate(
                        "CaseValidation",
                        "%1 is not an ICD-10 topography of the national value set of the fiche.")
                        .arg(t.topography));
        const validation::Check morphology = validation::checkMorphology(t.morphology);
        out.add(at(QStringLiteral("morphology")), morphology);
        if (morphology.ok() && !t.morphology.isEmpty() && context.knownMorphology &&
            !context.knownMorphology(t.morphology))
            out.add(at(QStringLiteral("morphology")),
                    QCoreApplication::translate(
                        "CaseValidation",
                        "%1 is not an ICD-O-3 morphology of the national value set of the fiche.")
                        .arg(t.morphology));
        checkTnm(out, at(QStringLiteral("clinicalTnm")), t, t.clinicalTnm, false);
        checkTnm(out, at(QStringLiteral("pathologicalTnm")), t, t.pathologicalTnm, true);
        checkDate(out, at(QStringLiteral("clinicalTnm/date")), t.clinicalTnm.date, context);
        checkDate(out, at(QStringLiteral("pathologicalTnm/date")), t.pathologicalTnm.date, context);
        for (int s = 0; s < int(t.otherStagings.size()); ++s) {
            const OtherStaging &o = t.otherStagings[std::size_t(s)];
            if (!o.value.isEmpty() && !t.topography.isEmpty())
                out.add(itemPath(at(QStringLiteral("otherStagings")), s),
                        staging::checkOtherStaging(t.topography, t.morphology, o));
        }
    }
    const ClinicalContext &k = c.clinical;
    out.add(QStringLiteral("clinical/whoStatus"), validation::checkPerformanceStatus(k.whoStatus));
    checkDate(out, QStringLiteral("clinical/whoStatusDate"), k.whoStatusDate, context);
    checkDate(out, QStringLiteral("clinical/screeningDate"), k.screeningDate, context);
    checkDate(out, QStringLiteral("clinical/relapseDate"), k.relapseDate, context);
    for (int i = 0; i < int(k.tests.size()); ++i)
        checkDate(out, itemPath(QStringLiteral("clinical/tests"), i, QStringLiteral("date")),
                  k.tests[std::size_t(i)].date, context);
    for (int i = 0; i < int(k.reports.size()); ++i)
        checkDate(out, itemPath(QStringLiteral("clinical/reports"), i, QStringLiteral("date")),
                  k.reports[std::size_t(i)].date, context);
    for (int i = 0; i < int(k.treatments.size()); ++i) {
        const PastTreatment &t = k.treatments[std::size_t(i)];
        const QString start = itemPath(QStringLiteral("clinical/treatments"), i, QStringLiteral("start"));
        checkDate(out, start, t.start, context);
        if (t.start.isValid() && t.end.isValid() && t.end < t.start)
            out.add(itemPath(QStringLiteral("clinical/treatments"), i, QStringLiteral("end")),
                    QCoreApplication::translate("CaseValidation", "The treatment ends before it starts."));
        else if (t.state == TreatmentState::Done)
            checkDate(out, itemPath(QStringLiteral("clinical/treatments"), i, QStringLiteral("end")), t.end,
                      context);
    }
    for (auto it = messages.begin(); it != messages.end();)
        it = it->second.isEmpty() ? messages.erase(it) : std::next(it);
    return messages;
}

} // namespace concerto::editing
