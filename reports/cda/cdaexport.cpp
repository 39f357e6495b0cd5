// The FRCP document as a whole: what it requires of the fiche, then the root, header and sections.
#include "reports/cda/cdaexport.h"

#include "reports/cda/cdaparts.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::reports {

namespace {

// The professionals the document names, each once with every role it gives them, in order.
class NamedProfessionals {
public:
    void add(const QUuid &id, const QString &role) {
        for (auto &[known, roles] : m_named) {
            if (known == id) {
                if (!roles.contains(role))
                    roles << role;
                return;
            }
        }
        m_named.push_back({id, QStringList{role}});
    }
    // Those missing from the directory or without RPPS, one sentence each.
    void check(const FicheContext &ctx, QStringList &missing) const {
        for (const auto &[id, roles] : m_named) {
            const Professional *p = ctx.professional(id);
            if (!p)
                missing << QCoreApplication::translate(
                               "CdaExport", "A professional the fiche names (%1) is not in the directory.")
                               .arg(roles.join(QStringLiteral(", ")));
            else if (p->rpps.isEmpty())
                missing << QCoreApplication::translate("CdaExport",
                                                       "%1 (%2) has no RPPS number in the directory.")
                               .arg(p->displayName(), roles.join(QStringLiteral(", ")));
        }
    }

private:
    std::vector<std::pair<QUuid, QStringList>> m_named;
};

} // namespace

QStringList missingForCda(const FicheContext &ctx) {
    QStringList missing;
    const Fiche &f = ctx.fiche;
    if (!f.isSigned())
        missing << QCoreApplication::translate(
            "CdaExport", "The fiche is not signed: only a fiche validated by the coordinator is exported.");
    if (ctx.inConflict)
        missing << QCoreApplication::translate(
            "CdaExport", "The fiche is in a sync conflict: settle it in Synchronisation first (its server "
                         "copy and this computer's differ).");
    if (!ctx.network)
        missing << QCoreApplication::translate(
                       "CdaExport", "The 3C \"%1\" belongs to no regional network in the directory.")
                       .arg(ctx.centre.name);
    else if (ctx.network->nationalId.isEmpty())
        missing << QCoreApplication::translate("CdaExport",
                                               "The regional network \"%1\" has no national identifier.")
                       .arg(ctx.network->name);
    if (ctx.centre.nationalId.isEmpty())
        missing << QCoreApplication::translate("CdaExport", "The 3C \"%1\" has no national identifier.")
                       .arg(ctx.centre.name);
    if (ctx.centre.finess.isEmpty())
        missing << QCoreApplication::translate("CdaExport", "The 3C \"%1\" has no FINESS number.")
                       .arg(ctx.centre.name);
    if (ctx.centre.city.isEmpty() || ctx.centre.postalCode.isEmpty())
        missing << QCoreApplication::translate("CdaExport",
                                               "The 3C \"%1\" has no address (postal code and city).")
                       .arg(ctx.centre.name);
    if (ctx.rcp.nationalId.isEmpty())
        missing << QCoreApplication::translate("CdaExport",
                                               "The committee \"%1\" has no national identifier.")
                       .arg(ctx.rcp.name);
    if (ctx.rcp.nature == QLatin1String(kNatureTransversalRcp) ? ctx.rcp.theme.isEmpty()
                                                               : ctx.rcp.appareil.isEmpty())
        missing << QCoreApplication::translate("CdaExport",
                                               "The committee \"%1\" has no appareil or treatment theme.")
                       .arg(ctx.rcp.name);

    if (ctx.patient.birthName.isEmpty())
        missing << QCoreApplication::translate("CdaExport", "The patient has no birth name.");
    if (!ctx.patient.birthDate.isValid())
        missing << QCoreApplication::translate("CdaExport", "The patient has no birth date.");

    NamedProfessionals named;
    if (f.isSigned()) {
        if (f.signerId.isNull())
            missing << QCoreApplication::translate("CdaExport", "The fiche does not say who signed it.");
        else
            named.add(f.signerId, QCoreApplication::translate("CdaExport", "signing coordinator"));
    }
    if (!f.authorId.isNull())
        named.add(f.authorId, QCoreApplication::translate("CdaExport", "author of the fiche"));
    if (!f.coordinatorId.isNull())
        named.add(f.coordinatorId, QCoreApplication::translate("CdaExport", "coordinator"));
    if (ctx.inscription.requesterId.isNull())
        missing << QCoreApplication::translate("CdaExport", "The case names no requesting physician.");
    else
        named.add(ctx.inscription.requesterId,
                  QCoreApplication::translate("CdaExport", "requesting physician"));
    if (!ctx.inscription.presenterId.isNull())
        named.add(ctx.inscription.presenterId,
                  QCoreApplication::translate("CdaExport", "presenting physician"));
    if (!ctx.patient.generalPractitionerId.isNull())
        named.add(ctx.patient.generalPractitionerId,
                  QCoreApplication::translate("CdaExport", "the patient's GP"));
    else if (!ctx.patient.gpUnknown)
        missing << QCoreApplication::translate(
            "CdaExport", "The patient's GP is not recorded: name them, or say that the GP is unknown.");
    for (const FicheAttendee &a : f.attendees)
        named.add(a.professionalId, QCoreApplication::translate("CdaExport", "attendee"));
    for (const QUuid &id : f.correspondents)
        named.add(id, QCoreApplication::translate("CdaExport", "correspondent"));
    for (const QUuid &id : ctx.inscription.correspondents)
        named.add(id, QCoreApplication::translate("CdaExport", "correspondent"));
    named.check(ctx, missing);

    if (ctx.inscription.tumours.empty())
        missing << QCoreApplication::translate(
            "CdaExport", "The case has no tumour: the format requires at least one, with its topography and "
                         "morphology.");
    static const QRegularExpression icd10(QStringLiteral("^[CD]\\d\\d(\\.\\d)?$"));
    static const QRegularExpression icdO3(QStringLiteral("^\\d{4}/\\d$"));
    int n = 0;
    for (const Tumour &t : ctx.inscription.tumours) {
        ++n;
        if (!icd10.match(t.topography).hasMatch())
            missing << QCoreApplication::translate("CdaExport", "Tumour %1 has no ICD-10 topography.").arg(n);
        if (!icdO3.match(t.morphology).hasMatch())
            missing
                << QCoreApplication::translate("CdaExport", "Tumour %1 has no ICD-O-3 morphology.").arg(n);
    }
    n = 0;
    for (const ProposalLine &line : f.proposal) {
        ++n;
        if (cda::valueSetCode("TypeTraitement_FRCP", line.treatmentType).isEmpty())
            missing << QCoreApplication::translate("CdaExport",
                                                   "Proposal line %1 has no national treatment type.")
                           .arg(n);
    }
    if (f.caseStatus == QLatin1String(kCaseRegistered) && f.framework.guideline.isEmpty())
        missing << QCoreApplication::translate(
            "CdaExport", "The case is registered without discussion but the fiche names no guideline.");
    return missing;
}

CdaResult exportCda(const FicheContext &ctx) {
    CdaResult result;
    result.missing = missingForCda(ctx);
    if (!result.missing.isEmpty())
        return result;

    cda::Writer w(&result.xml);
    w.xml().writeStartDocument();
    w.xml().writeDefaultNamespace(QStringLiteral("urn:hl7-org:v3"));
    w.xml().writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                           QStringLiteral("xsi"));
    w.start("ClinicalDocument");
    cda::writeHeader(w, ctx);
    w.start("component");
    w.start("structuredBody");
    cda::writeMotifSection(w, ctx);
    cda::writeDiscoverySection(w, ctx);
    cda::writeTumourSection(w, ctx);
    cda::writeHistorySections(w, ctx);
    cda::writeResultsAndPhase(w, ctx);
    cda::writeTreatmentsAndReports(w, ctx);
    cda::writeSummarySection(w, ctx);
    cda::writeStatusSection(w, ctx);
    cda::writeProposalSection(w, ctx);
    cda::writeFrameworkSection(w, ctx);
    cda::writeCommentsAndDocumentStatus(w, ctx);
    w.end(); // structuredBody
    w.end(); // component
    w.end(); // ClinicalDocument
    w.finish();
    return result;
}

} // namespace concerto::reports
