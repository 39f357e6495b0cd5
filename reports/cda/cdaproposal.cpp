// The closing sections of the FRCP body: the file's status and quorum (with a coordinator's override),
// the board's proposal (recours RCP, further exams, surveillance, the treatment lines by intention and
// sequence), its framework (guideline, conformity, trial), the patient comments and the document status
// (with the reason of an amended version).
#include "reports/cda/cdaparts.h"

#include "models/domain/boardtime.h"
#include "models/domain/quorum.h"

namespace concerto::reports::cda {

namespace {

void contentParagraph(Writer &w, const QString &id, const QString &text) {
    w.start("paragraph");
    w.content(id, text);
    w.end();
}

QString professionalName(const FicheContext &ctx, const QUuid &id) {
    const Professional *p = ctx.professional(id);
    return p ? p->displayName() : QStringLiteral("coordonnateur non identifié");
}

void beginPlannedEncounter(Writer &w, const Code &code, const QString &id) {
    w.start("entry");
    w.start("encounter");
    w.attr("classCode", "ENC");
    w.attr("moodCode", "ARQ");
    w.templateId("2.16.840.1.113883.10.20.1.25");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.14");
    w.templateId("1.2.250.1.213.1.1.3.58");
    w.code("code", code);
    w.textReference(id);
    w.empty("priorityCode", {{"code", QStringLiteral("CS")},
                             {"displayName", QStringLiteral("recontacter pour fixer RDV")},
                             {"codeSystem", QStringLiteral("2.16.840.1.113883.5.7")},
                             {"codeSystemName", QStringLiteral("ActPriority")}});
    w.end();
    w.end();
}

} // namespace

void writeStatusSection(Writer &w, const FicheContext &ctx) {
    const Fiche &f = ctx.fiche;
    const Code quorum = valueSetCode("StatutQuorum", quorumStatusCode(f.quorum));
    beginSection(w, {"1.2.250.1.213.1.1.2.33"}, loinc("21874-3", "Statut du dossier présenté en RCP"),
                 QStringLiteral("STATUT DU DOSSIER"));
    w.start("text");
    contentParagraph(w, QStringLiteral("dossier-complet"),
                     QStringLiteral("Dossier complet : %1").arg(yesNo(f.fileComplete)));
    contentParagraph(w, QStringLiteral("quorum"), QStringLiteral("Quorum : %1").arg(quorum.displayName));
    if (!f.quorumOverride.isEmpty())
        contentParagraph(
            w, QStringLiteral("quorum-derogation"),
            QStringLiteral("Validé sans quorum par %1 : %2")
                .arg(professionalName(ctx, f.quorumOverride.coordinatorId), f.quorumOverride.reason));
    w.end();
    w.start("entry");
    w.start("organizer");
    w.attr("classCode", "CLUSTER");
    w.attr("moodCode", "EVN");
    w.templateId("1.2.250.1.213.1.1.3.7");
    w.code("code", taAsip("GEN-099", "Information RCP"));
    w.statusCompleted();
    w.start("component");
    w.beginSimpleObservation(taAsip("GEN-100", "Dossier complet"), QStringLiteral("dossier-complet"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
    w.valueBl(f.fileComplete);
    w.end();
    w.end();
    w.start("component");
    w.beginSimpleObservation(taAsip("ORG-125", "Quorum RCP"), QStringLiteral("quorum"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
    w.valueCd(quorum);
    w.end();
    w.end();
    if (!f.quorumOverride.isEmpty()) {
        w.start("component");
        w.attr("typeCode", "COMP");
        w.commentAct(QStringLiteral("quorum-derogation"));
        w.end();
    }
    w.end(); // organizer
    w.end(); // entry
    endSection(w);
}

void writeProposalSection(Writer &w, const FicheContext &ctx) {
    const Fiche &f = ctx.fiche;
    beginSection(
        w, {"2.16.840.1.113883.10.20.1.10", "1.3.6.1.4.1.19376.1.5.3.1.3.36", "1.2.250.1.213.1.1.2.158"},
        loinc("18776-5", "Plan de soins"), QStringLiteral("PROPOSITION DE LA RCP"));
    w.start("text");
    if (f.referToRecours)
        contentParagraph(w, QStringLiteral("demande-RCP-recours"),
                         QStringLiteral("Passage en RCP de recours"));
    int k = 0;
    for (const FurtherExam &e : f.exams)
        contentParagraph(w, QStringLiteral("examen-complementaire-%1").arg(++k),
                         QStringLiteral("Examen complémentaire : %1 (au plus tôt le %2, au plus tard le %3)")
                             .arg(e.type, frenchDate(e.earliest), frenchDate(e.latest)));
    if (f.surveillanceOnly)
        contentParagraph(w, QStringLiteral("surveillance"), QStringLiteral("Surveillance seule"));
    k = 0;
    for (const ProposalLine &line : f.proposal) {
        const Code type = valueSetCode("TypeTraitement_FRCP", line.treatmentType);
        QString text = QStringLiteral("%1 %2, traitement %3 : %4")
                           .arg(line.intention == 1 ? QStringLiteral("Proposition thérapeutique")
                                                    : QStringLiteral("Alternative"))
                           .arg(line.intention)
                           .arg(line.sequence)
                           .arg(type.displayName);
        if (!line.details.isEmpty())
            text += QStringLiteral(" — ") + line.details;
        if (line.plannedStart.isValid())
            text += QStringLiteral(" (à partir du %1)").arg(frenchDate(line.plannedStart));
        contentParagraph(w, QStringLiteral("traitement-%1").arg(++k), text);
    }
    if (!f.referToRecours && f.exams.empty() && !f.surveillanceOnly && f.proposal.empty())
        contentParagraph(w, QStringLiteral("proposition-vide"),
                         QStringLiteral("Pas de proposition de traitement"));
    w.end();
    if (f.referToRecours)
        beginPlannedEncounter(w, taAsip("ORG-120", "Passage en RCP recours"),
                              QStringLiteral("demande-RCP-recours"));
    k = 0;
    for (const FurtherExam &e : f.exams) {
        w.start("entry");
        w.start("observation");
        w.attr("classCode", "OBS");
        w.attr("moodCode", "PRP");
        w.templateId("2.16.840.1.113883.10.20.1.25");
        w.templateId("1.3.6.1.4.1.19376.1.5.3.1.1.20.3.1");
        w.templateId("1.2.250.1.213.1.1.3.27");
        w.code("code", taAsip("ORG-064", "Demande d'examen ou de suivi"));
        w.textReference(QStringLiteral("examen-complementaire-%1").arg(++k));
        w.empty("statusCode", {{"code", QStringLiteral("active")}});
        w.interval(e.earliest, e.latest);
        w.end();
        w.end();
    }
    if (f.surveillanceOnly)
        beginPlannedEncounter(w, valueSetCode("TypeTraitement_FRCP", QStringLiteral("MED-226")),
                              QStringLiteral("surveillance"));
    k = 0;
    for (const ProposalLine &line : f.proposal) {
        const QString id = QStringLiteral("traitement-%1").arg(++k);
        w.start("entry");
        w.start("procedure");
        w.attr("classCode", "PROC");
        w.attr("moodCode", "INT");
        w.attr("negationInd", "false");
        w.templateId("2.16.840.1.113883.10.20.1.25");
        w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.19");
        w.templateId("1.2.250.1.213.1.1.3.62");
        w.code("code", valueSetCode("TypeTraitement_FRCP", line.treatmentType), true);
        w.start("originalText");
        w.empty("reference", {{"value", QLatin1Char('#') + id}});
        w.end();
        w.end(); // code
        w.textReference(id);
        w.empty("statusCode", {{"code", QStringLiteral("active")}});
        w.interval(line.plannedStart, line.plannedEnd);
        w.start("priorityCode");
        w.textElement("originalText", QString::number(k));
        w.end();
        w.end(); // procedure
        w.end(); // entry
    }
    endSection(w);
}

void writeFrameworkSection(Writer &w, const FicheContext &ctx) {
    const Framework &fw = ctx.fiche.framework;
    beginSection(w, {"1.2.250.1.213.1.1.2.175"},
                 loinc("35510-7", "Essais cliniques - Informations générales"),
                 QStringLiteral("CADRE DE LA PROPOSITION THÉRAPEUTIQUE"));
    const QString guideline =
        fw.guideline.version.isEmpty()
            ? fw.guideline.name
            : QStringLiteral("%1, version %2").arg(fw.guideline.name, fw.guideline.version);
    w.start("text");
    contentParagraph(
        w, QStringLiteral("pratique-clinique"),
        QStringLiteral(
            "Proposition correspondant à la recommandation / au référentiel de pratique clinique : %1")
            .arg(yesNo(fw.conform)));
    if (!fw.guideline.isEmpty()) {
        contentParagraph(w, QStringLiteral("nom-referentiel"), guideline);
        contentParagraph(w, QStringLiteral("date-referentiel"),
                         QStringLiteral("Date : %1").arg(frenchDate(fw.guideline.date)));
    }
    if (!fw.conform)
        contentParagraph(w, QStringLiteral("justification-non-conformite"),
                         QStringLiteral("Justification : %1").arg(fw.nonConformityReason));
    contentParagraph(w, QStringLiteral("essai-clinique"),
                     QStringLiteral("Proposition d'inclusion dans un essai clinique : %1%2")
                         .arg(yesNo(fw.trialProposed), fw.trialProposed && !fw.trialName.isEmpty()
                                                           ? QStringLiteral(" (%1)").arg(fw.trialName)
                                                           : QString()));
    w.end();
    // Conformity on every fiche: the proposal corresponds to the guideline (named or not), or not
    // (negationInd), its name and date when the fiche gives them.
    w.start("entry");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.attr("negationInd", fw.conform ? "false" : "true");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.13");
    w.templateId("1.2.250.1.213.1.1.3.48");
    w.code("code", taAsip("MED-249", "Recommandation/référentiel de pratique clinique"));
    w.textReference(QStringLiteral("pratique-clinique"));
    w.statusCompleted();
    w.date("effectiveTime", fw.guideline.date);
    w.start("value");
    w.attr("xsi:type", "CD");
    if (fw.guideline.isEmpty()) {
        w.attr("nullFlavor", "NI");
    } else {
        w.start("originalText");
        w.empty("reference", {{"value", QStringLiteral("#nom-referentiel")}});
        w.end();
    }
    w.end(); // value
    w.end(); // observation
    w.end(); // entry
    w.start("entry");
    w.beginSimpleObservation(taAsip("MED-250", "Proposition d'inclusion dans un essai clinique"),
                             QStringLiteral("essai-clinique"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
    w.valueBl(fw.trialProposed);
    w.end();
    w.end();
    if (!fw.conform) {
        w.start("entry");
        w.commentAct(QStringLiteral("justification-non-conformite"));
        w.end();
    }
    endSection(w);
}

void writeCommentsAndDocumentStatus(Writer &w, const FicheContext &ctx) {
    const Fiche &f = ctx.fiche;
    if (!f.patientComments.isEmpty()) {
        beginSection(
            w, {"2.16.840.1.113883.10.12.201", "1.3.6.1.4.1.19376.1.4.1.2.16", "1.2.250.1.213.1.1.2.73"},
            loinc("55112-7", "Commentaire"), QStringLiteral("COMMENTAIRES / PRÉCISIONS SUR LE PATIENT"));
        w.start("text");
        contentParagraph(w, QStringLiteral("commentaire-patient"), f.patientComments);
        w.end();
        endSection(w);
    }
    const Code status = valueSetCode("StatutDoc", Fiche::statusCode(f.status));
    beginSection(w, {"1.2.250.1.213.1.1.2.35"}, loinc("33557-0", "Etat d'achèvement"),
                 QStringLiteral("Statut du document"));
    w.start("text");
    contentParagraph(w, QStringLiteral("statut-document"),
                     QStringLiteral("Statut du document : %1, validé le %2 par %3, version %4")
                         .arg(status.displayName, frenchDate(toBoardTime(f.signedAt).date()),
                              professionalName(ctx, f.signerId))
                         .arg(f.versionNumber));
    if (!f.amendmentReason.isEmpty())
        contentParagraph(
            w, QStringLiteral("commentaire-ficheRCP"),
            QStringLiteral("Remplace la version %1 : %2").arg(f.versionNumber - 1).arg(f.amendmentReason));
    w.end();
    w.start("entry");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.13");
    w.templateId("1.2.250.1.213.1.1.3.48");
    w.templateId("1.2.250.1.213.1.1.3.48.16");
    w.code("code", taAsip("GEN-065", "Statut du document"));
    w.textReference(QStringLiteral("statut-document"));
    w.statusCompleted();
    w.time("effectiveTime", f.signedAt);
    w.valueCd(status);
    if (!f.amendmentReason.isEmpty()) {
        w.start("entryRelationship");
        w.attr("typeCode", "SUBJ");
        w.commentAct(QStringLiteral("commentaire-ficheRCP"));
        w.end();
    }
    w.end(); // observation
    w.end(); // entry
    endSection(w);
}

} // namespace concerto::reports::cda
