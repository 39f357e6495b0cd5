// The fiche check before signature (the rule is written in fichecheck.h): the rules of the fiche
// itself, and the staging of the tumours of the case it freezes.
#include "models/validation/fichecheck.h"
#include "models/domain/inscription.h"
#include "models/validation/clinicalchecks.h"

#include <QCoreApplication>

namespace concerto::validation {

namespace {
bool hasProposal(const Fiche &f) {
    return f.referToRecours || f.surveillanceOnly || !f.exams.empty() || !f.proposal.empty();
}

// The committee's rule applied to the attendees the fiche counts for the quorum, and to the written
// opinions it keeps when the rule admits them.
QuorumResult countedQuorum(const Fiche &f, const QuorumRule &rule) {
    std::vector<QuorumVoter> voters;
    for (const FicheAttendee &a : f.attendees)
        voters.push_back({a.professionalId, a.specialty, a.countedForQuorum});
    if (rule.writtenOpinionsCount)
        for (const WrittenOpinion &w : f.writtenOpinions)
            voters.push_back({w.authorId, w.specialty, !w.authorId.isNull()});
    return rule.evaluate(voters);
}
// The guideline, conformity and trial of the decision.
std::vector<FicheFault> frameworkFaults(const Fiche &f) {
    std::vector<FicheFault> faults;
    if (f.caseStatus == QLatin1String(kCaseRegistered) && f.framework.guideline.isEmpty())
        faults.push_back(
            {QStringLiteral("framework/guideline/name"),
             QCoreApplication::translate(
                 "Validation", "A registered case must name the guideline (référentiel) it follows.")});
    if (!f.framework.conform && f.framework.nonConformityReason.trimmed().isEmpty())
        faults.push_back({QStringLiteral("framework/nonConformityReason"),
                          QCoreApplication::translate(
                              "Validation", "The proposal does not follow the guideline: give the reason.")});
    if (f.framework.trialProposed && f.framework.trialName.trimmed().isEmpty())
        faults.push_back(
            {QStringLiteral("framework/trialName"),
             QCoreApplication::translate("Validation", "Name the clinical trial that was proposed.")});
    return faults;
}

// The proposal of the decision.
std::vector<FicheFault> proposalFaults(const Fiche &f) {
    std::vector<FicheFault> faults;
    if (!hasProposal(f))
        faults.push_back(
            {QStringLiteral("proposal"),
             QCoreApplication::translate(
                 "Validation", "The fiche has no proposal: a treatment, further exams, surveillance "
                               "or a referral to a recours RCP.")});
    for (std::size_t i = 0; i < f.proposal.size(); ++i)
        if (f.proposal[i].treatmentType.trimmed().isEmpty())
            faults.push_back(
                {QStringLiteral("proposal/%1/treatmentType").arg(i),
                 QCoreApplication::translate("Validation", "Proposal line %1 has no treatment type.")
                     .arg(i + 1)});
    return faults;
}

void addFaults(Check &check, const std::vector<FicheFault> &faults) {
    for (const FicheFault &fault : faults)
        check.add(fault.message);
}

} // namespace

std::vector<FicheFault> ficheDecisionFaults(const Fiche &f) {
    std::vector<FicheFault> faults = frameworkFaults(f);
    for (FicheFault &fault : proposalFaults(f))
        faults.push_back(std::move(fault));
    return faults;
}

Check checkFicheForSigning(const Fiche &f, const QuorumRule &rule) {
    Check result;
    if (f.isSigned())
        result.add(QCoreApplication::translate(
            "Validation", "This fiche is already signed: a correction needs a new version."));
    if (!f.meetingDate.isValid())
        result.add(QCoreApplication::translate("Validation", "The meeting date is missing."));

    const bool registered = f.caseStatus == QLatin1String(kCaseRegistered);
    const bool discussed = f.caseStatus == QLatin1String(kCaseDiscussed);
    if (!registered && !discussed)
        result.add(
            QCoreApplication::translate("Validation", "Say whether the case was registered or discussed."));
    addFaults(result, frameworkFaults(f));

    if (discussed && f.quorum != QuorumStatus::Met) {
        const QuorumOverride &o = f.quorumOverride;
        if (o.coordinatorId.isNull() && o.reason.trimmed().isEmpty())
            result.add(f.quorum == QuorumStatus::NotMet
                           ? QCoreApplication::translate(
                                 "Validation",
                                 "The quorum was not met: present the case again with the missing "
                                 "specialists, or record the coordinator's override and its reason.")
                           : QCoreApplication::translate(
                                 "Validation",
                                 "The quorum of this discussed case is not known: say whether it was met, "
                                 "or record the coordinator's override and its reason."));
        else if (o.coordinatorId.isNull())
            result.add(QCoreApplication::translate(
                "Validation", "The override of the quorum does not name the coordinator who decided it."));
        else if (o.reason.trimmed().isEmpty())
            result.add(QCoreApplication::translate(
                "Validation", "The override of the quorum has no reason: say why the case may be signed "
                              "without its quorum."));
    }
    if (discussed && f.quorum == QuorumStatus::Met) {
        const QuorumResult counted = countedQuorum(f, rule);
        if (counted.distinctSpecialties < counted.minimumSpecialties)
            result.add(QCoreApplication::translate(
                           "Validation",
                           "The quorum is marked as met, but the attendees who count for it cover %n "
                           "specialties; at least %1 are needed.",
                           nullptr, counted.distinctSpecialties)
                           .arg(counted.minimumSpecialties));
        if (!counted.missingGroups.isEmpty())
            result.add(QCoreApplication::translate("Validation",
                                                   "The quorum is marked as met, but no attendee who counts "
                                                   "for it covers: %1.")
                           .arg(counted.missingGroups.join(QStringLiteral(", "))));
    }

    addFaults(result, proposalFaults(f));
    if (f.coordinatorId.isNull())
        result.add(QCoreApplication::translate("Validation", "The coordinator who signs is not named."));
    if (f.versionNumber > 1 && f.amendmentReason.trimmed().isEmpty())
        result.add(
            QCoreApplication::translate(
                "Validation", "Version %1 replaces an earlier one: give the reason for the correction.")
                .arg(f.versionNumber));
    result.add(checkCaseSnapshot(f.caseSnapshot));
    return result;
}

Check checkCaseSnapshot(const QJsonObject &snapshot) {
    Check result;
    const QJsonArray tumours = snapshot.value(QLatin1String("tumours")).toArray();
    if (tumours.isEmpty())
        return result;
    // Of the context, only the treatments date what the staging says (the surgery before a pTNM).
    std::vector<PastTreatment> treatments;
    const QJsonArray given =
        snapshot.value(QLatin1String("clinical")).toObject().value(QLatin1String("treatments")).toArray();
    for (const QJsonValue &item : given)
        treatments.push_back(PastTreatment::fromJson(item.toObject()));
    for (const QJsonValue &item : tumours) {
        const Tumour tumour = Tumour::fromJson(item.toObject());
        const Check check = checkTumourForSigning(tumour, treatments);
        for (const QString &message : check.messages)
            result.add(tumours.size() == 1 ? message
                                           : QCoreApplication::translate("Validation", "Tumour %1: %2")
                                                 .arg(tumour.topography, message));
    }
    return result;
}

Check checkFicheForSigning(const Fiche &f, const QUuid &signerId, const QJsonObject &caseSnapshot,
                           const QuorumRule &rule) {
    if (caseSnapshot.isEmpty())
        return checkFicheForSigning(f, signerId, rule);
    Fiche withCase = f;
    withCase.caseSnapshot = caseSnapshot;
    return checkFicheForSigning(withCase, signerId, rule);
}

Check checkFicheForSigning(const Fiche &f, const QUuid &signerId, const QuorumRule &rule) {
    Check result = checkFicheForSigning(f, rule);
    if (signerId.isNull())
        result.add(QCoreApplication::translate("Validation", "Who signs the fiche is not named."));
    return result;
}

} // namespace concerto::validation
