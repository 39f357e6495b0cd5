// Checks built on the stage tables: a stage group typed by hand against the one T, N and M give, and
// everything the tables say about a fiche's TNM (categories of the site, "not applicable" on a
// lymphoma or myeloma, the typed group).
#include "models/staging/sitetable.h"

#include <QCoreApplication>
#include <algorithm>

namespace concerto::staging {

using namespace detail;

namespace {

QString siteName(const SiteInfo &site) {
    return QStringLiteral("%1, %2").arg(site.label, site.edition);
}

} // namespace

namespace {

// checkTypedStage, given the stage group of T, N and M when the caller has already asked for it.
validation::Check typedStage(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                             const StageFactors &factors, const StageResult *known) {
    const QString typed = tnm.stage.trimmed();
    if (typed.isEmpty())
        return validation::Check::pass();
    const std::optional<SiteInfo> site = siteFor(topography, morphology);
    if (site && !site->usesTnm)
        return validation::Check::fail(
            site->system.isEmpty()
                ? QCoreApplication::translate("Staging", "A TNM stage group is not applicable to %1.")
                      .arg(site->label)
                : QCoreApplication::translate(
                      "Staging",
                      "A TNM stage group is not applicable to %1: give its %2 stage as another staging.")
                      .arg(site->label, site->system));
    const StageResult r = known ? *known : stageOf(topography, morphology, tnm, factors);
    if (r.outcome != StageOutcome::Staged && r.outcome != StageOutcome::Missing)
        return validation::Check::pass();
    const auto agrees = [&](const QString &group) {
        // The same group, or its heading (III for IIIC): a broad group typed is not a wrong one.
        if (typed.compare(group, Qt::CaseInsensitive) == 0)
            return true;
        const GroupParts p = groupParts(group);
        return !p.roman.isEmpty() && (typed == p.roman || typed == p.roman + p.letter);
    };
    if (agrees(r.stage) || std::any_of(r.possible.begin(), r.possible.end(), agrees))
        return validation::Check::pass();
    const QString tnmWritten = tnmText(tnm);
    if (r.outcome == StageOutcome::Staged && r.possible.isEmpty())
        return validation::Check::fail(
            QCoreApplication::translate("Staging", "Stage %1 typed, but %2 gives %3 (%4).")
                .arg(typed, tnmWritten, r.stage, siteName(*r.site)));
    return validation::Check::fail(
        QCoreApplication::translate("Staging", "Stage %1 typed, but %2 gives one of %3 (%4).")
            .arg(typed, tnmWritten, r.possible.join(QStringLiteral(", ")), siteName(*r.site)));
}

} // namespace

validation::Check checkTypedStage(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                                  const StageFactors &factors) {
    return typedStage(topography, morphology, tnm, factors, nullptr);
}

validation::Check checkTnmForSite(const QString &topography, const QString &morphology, const TnmStaging &tnm,
                                  const StageFactors &factors) {
    validation::Check result;
    const StageResult r = stageOf(topography, morphology, tnm, factors);
    if (r.outcome == StageOutcome::Refused) {
        for (const QString &reason : r.reasons)
            result.add(reason);
        return result;
    }
    result.add(typedStage(topography, morphology, tnm, factors, &r)); // the group once, not twice
    return result;
}

} // namespace concerto::staging
