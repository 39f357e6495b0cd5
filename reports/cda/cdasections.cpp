// The first sections of the FRCP body: type and motif of the RCP, mode of discovery, and the tumours
// (topography, laterality, morphology, clinical and pathological TNM with their edition, other stagings).
#include "reports/cda/cdaparts.h"

#include "models/domain/labels.h"

#include <QRegularExpression>

namespace concerto::reports::cda {

QString yesNo(bool b) {
    return b ? QStringLiteral("Oui") : QStringLiteral("Non");
}

QString frenchDate(const QDate &d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("non renseignée");
}

void beginSection(Writer &w, std::initializer_list<const char *> templateIds, const Code &code,
                  const QString &title) {
    w.start("component");
    w.start("section");
    for (const char *root : templateIds)
        w.templateId(root);
    w.code("code", code);
    w.textElement("title", title);
}

void endSection(Writer &w) {
    w.end(); // section
    w.end(); // component
}

namespace {

// <paragraph>label : <content ID="id">value</content></paragraph>
void line(Writer &w, const QString &label, const QString &id, const QString &value) {
    w.start("paragraph");
    w.xml().writeCharacters(label + QStringLiteral(" : "));
    w.content(id, value);
    w.end();
}

// A yes/no simple observation with an unknown time, as an entryRelationship of type `type`.
void booleanRelation(Writer &w, const char *type, const Code &what, const QString &id, bool value) {
    w.start("entryRelationship");
    w.attr("typeCode", type);
    w.beginSimpleObservation(what, id);
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
    w.valueBl(value);
    w.end();
    w.end();
}

void writeTnm(Writer &w, const Tumour &t, const TnmStaging &s, bool pathological, const QString &prefix) {
    const bool na = t.tnmNotApplicable();
    const QString edition = QString(s.edition).remove(QRegularExpression(QStringLiteral("\\D")));
    w.start("entryRelationship");
    w.attr("typeCode", "SUBJ");
    w.attr("inversionInd", "false");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.attr("negationInd", "false");
    w.templateId("1.3.6.1.4.1.19376.1.7.3.1.4.14.2");
    w.code("code", pathological ? loinc("21902-2", "Stade TNM pathologique")
                                : loinc("75620-5", "Stade TNM Clinique"));
    w.textReference(prefix);
    w.statusCompleted();
    w.start("effectiveTime");
    w.date("low", s.date);
    w.end();
    w.start("value");
    w.attr("xsi:type", "CD");
    if (na || (s.stage.isEmpty() && edition.isEmpty())) {
        w.attr("nullFlavor", na ? "NA" : "UNK");
    } else {
        const Code tnm{QString(), QString::fromLatin1(kTnmUicc), QString(), QStringLiteral("TNM_UICC")};
        if (!s.stage.isEmpty()) {
            w.start("qualifier");
            w.code("name", loinc("21909-7", pathological ? "Stade pathologique" : "Stade clinique"));
            w.empty("value", {{"xsi:type", QStringLiteral("CD")},
                              {"code", s.stage},
                              {"displayName", QStringLiteral("Stade ") + s.stage},
                              {"codeSystem", tnm.system},
                              {"codeSystemName", tnm.systemName}});
            w.end();
        }
        if (!edition.isEmpty()) {
            w.start("qualifier");
            w.code("name", loinc("21917-0", "Version TNM Classification"));
            w.empty("value", {{"xsi:type", QStringLiteral("CD")},
                              {"code", edition},
                              {"displayName", QStringLiteral("TNM_UICC %1ème édition").arg(edition)},
                              {"codeSystem", tnm.system},
                              {"codeSystemName", tnm.systemName}});
            w.end();
        }
    }
    w.end(); // value
    const struct {
        const char *clinical;
        const char *pathologic;
        const char *name;
        QString value;
    } parts[] = {
        {"21905-5", "21899-0", "T", s.t}, {"21906-3", "21900-6", "N", s.n}, {"21907-1", "21901-4", "M", s.m}};
    for (const auto &part : parts) {
        const QString id = prefix + QLatin1Char('-') + QLatin1String(part.name);
        w.start("entryRelationship");
        w.attr("typeCode", "COMP");
        w.beginSimpleObservation(
            Code{QString::fromLatin1(pathological ? part.pathologic : part.clinical),
                 QString::fromLatin1(kLoinc),
                 QStringLiteral("TNM %1 %2")
                     .arg(pathological ? QStringLiteral("Pathologique") : QStringLiteral("Clinique"),
                          QLatin1String(part.name)),
                 QStringLiteral("LOINC")},
            id);
        w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
        const Code category = tnmCategory(part.value, s.prefix, pathological);
        if (na || category.isEmpty()) {
            w.empty("value", {{"xsi:type", QStringLiteral("CD")},
                              {"nullFlavor", QString::fromLatin1(na ? "NA" : "UNK")}});
        } else {
            w.start("value");
            w.attr("xsi:type", "CD");
            w.attr("code", category.code);
            if (!category.displayName.isEmpty())
                w.attr("displayName", category.displayName);
            w.attr("codeSystem", kTnmUicc);
            w.attr("codeSystemName", "TNM_UICC");
            if (!edition.isEmpty())
                w.attr("codeSystemVersion", edition);
            w.end();
        }
        w.end(); // observation
        w.end(); // entryRelationship
    }
    w.end(); // observation
    w.end(); // entryRelationship
}

void writeOtherStaging(Writer &w, const QString &prefix) {
    w.start("entryRelationship");
    w.attr("typeCode", "SUBJ");
    w.attr("inversionInd", "false");
    w.beginSimpleObservation(loinc("21918-8", "Autre classification du stade"), prefix);
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
    w.start("value");
    w.attr("xsi:type", "CD");
    w.start("originalText");
    w.empty("reference", {{"value", QLatin1Char('#') + prefix}});
    w.end();
    w.end();
    const struct {
        const char *code;
        const char *name;
        const char *suffix;
    } parts[] = {{"GEN-101", "Nom de la classification", "-nom"},
                 {"GEN-102", "Version de la classification", "-version"}};
    for (const auto &part : parts) {
        const QString id = prefix + QLatin1String(part.suffix);
        w.start("entryRelationship");
        w.attr("typeCode", "COMP");
        w.beginSimpleObservation(taAsip(part.code, part.name), id);
        w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
        w.start("value");
        w.attr("xsi:type", "CD");
        w.start("originalText");
        w.empty("reference", {{"value", QLatin1Char('#') + id}});
        w.end();
        w.end();
        w.end(); // observation
        w.end(); // entryRelationship
    }
    w.end(); // observation
    w.end(); // entryRelationship
}

// "C50.2 – Tumeur maligne du quadrant supéro-interne du sein": the code with its label when known.
QString codeAndLabel(const Code &c) {
    return c.displayName.isEmpty() ? c.code : c.code + QStringLiteral(" – ") + c.displayName;
}

void tumourNarrative(Writer &w, const FicheContext &ctx, const Tumour &t, int n) {
    const QString p = QStringLiteral("tumeur-%1").arg(n);
    w.start("paragraph");
    w.xml().writeCharacters(
        QStringLiteral("Tumeur %1, diagnostiquée le %2").arg(n).arg(frenchDate(t.diagnosisDate)));
    w.end();
    line(w, QStringLiteral("Topographie (CIM-10)"), p + QStringLiteral("-topographie"),
         codeAndLabel(topography(t.topography, ctx.labels.topography.value(t.topography))));
    if (!laterality(t.laterality).isEmpty())
        line(w, QStringLiteral("Latéralité"), p + QStringLiteral("-lateralite"),
             laterality(t.laterality).displayName);
    line(w, QStringLiteral("Morphologie (CIM-O-3)"), p + QStringLiteral("-morphologie"),
         codeAndLabel(morphology(t.morphology, ctx.labels.morphology.value(t.morphology))));
    const auto tnmLine = [&](const TnmStaging &s, const QString &id, const QString &label,
                             bool pathological) {
        const QString text = t.tnmNotApplicable()
                                 ? QStringLiteral("non applicable (hémopathie)")
                                 : (s.isEmpty() ? QStringLiteral("non renseigné") : s.text());
        line(w, label, id,
             s.stage.isEmpty() || t.tnmNotApplicable() ? text : text + QStringLiteral(", stade ") + s.stage);
        for (const char *part : {"T", "N", "M"}) {
            const QString value = QLatin1String(part) == QLatin1String("T")   ? s.t
                                  : QLatin1String(part) == QLatin1String("N") ? s.n
                                                                              : s.m;
            const Code category = tnmCategory(value, s.prefix, pathological);
            w.start("paragraph");
            w.content(id + QLatin1Char('-') + QLatin1String(part),
                      QLatin1String(part) + QStringLiteral(" : ") +
                          (t.tnmNotApplicable() ? QStringLiteral("NA")
                           : category.isEmpty() ? QStringLiteral("inconnu")
                                                : codeAndLabel(category)));
            w.end();
        }
    };
    tnmLine(t.clinicalTnm, p + QStringLiteral("-tnmc"), QStringLiteral("TNM clinique"), false);
    if (!t.pathologicalTnm.isEmpty())
        tnmLine(t.pathologicalTnm, p + QStringLiteral("-tnmp"), QStringLiteral("TNM pathologique"), true);
    int k = 0;
    for (const OtherStaging &s : t.otherStagings) {
        const QString id = p + QStringLiteral("-autre-%1").arg(++k);
        line(w, QStringLiteral("Autre classification"), id, s.value);
        line(w, QStringLiteral("Nom"), id + QStringLiteral("-nom"), s.name);
        line(w, QStringLiteral("Version"), id + QStringLiteral("-version"),
             s.version.isEmpty() ? QStringLiteral("-") : s.version);
    }
}

// Why the case comes to the board, in words: the question, or the motif when no question was put.
QString reasonText(const FicheContext &ctx) {
    const Inscription &i = ctx.inscription;
    if (!i.question.trimmed().isEmpty())
        return i.question;
    QStringList motifs;
    if (i.motif.diagnosticOpinion)
        motifs << QStringLiteral("avis diagnostique");
    if (i.motif.treatmentProposal)
        motifs << QStringLiteral("proposition de traitement");
    if (i.motif.recours)
        motifs << QStringLiteral("recours");
    if (i.motif.paediatrics)
        motifs << QStringLiteral("pédiatrie");
    return motifs.isEmpty() ? QStringLiteral("Non renseignée") : motifs.join(QStringLiteral(", "));
}

// FR-Probleme: the problem the board is asked about, its text the reason above.
void writeProblemEntry(Writer &w, const FicheContext &ctx) {
    w.start("entry");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.attr("negationInd", "false");
    w.templateId("2.16.840.1.113883.10.20.1.28");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.5");
    w.templateId("1.2.250.1.213.1.1.3.37");
    w.id(QUuid::createUuidV5(ctx.fiche.meta.id, QStringLiteral("probleme"))
             .toString(QUuid::WithoutBraces)
             .toUpper());
    w.code("code", Code{QStringLiteral("55607006"), QString::fromLatin1(kSnomed), QStringLiteral("problème"),
                        QStringLiteral("SNOMED CT")});
    w.textReference(QStringLiteral("raison"));
    w.statusCompleted();
    w.start("effectiveTime");
    const QDate since =
        ctx.inscription.tumours.empty() ? QDate() : ctx.inscription.tumours.front().diagnosisDate;
    w.date("low", since);
    w.end();
    w.start("value");
    w.attr("xsi:type", "CD");
    w.attr("nullFlavor", "NA");
    w.start("originalText");
    w.empty("reference", {{"value", QStringLiteral("#raison")}});
    w.end();
    w.end(); // value
    w.end(); // observation
    w.end(); // entry
}

} // namespace

void writeMotifSection(Writer &w, const FicheContext &ctx) {
    const Rcp &rcp = ctx.rcp;
    const Motif &m = ctx.inscription.motif;
    const bool transversal = rcp.nature == QLatin1String(kNatureTransversalRcp);
    beginSection(
        w, {"1.3.6.1.4.1.19376.1.5.3.1.3.1", "1.3.6.1.4.1.19376.1.5.3.1.3.2", "1.2.250.1.213.1.1.2.128"},
        loinc("42349-1", "Raison de la recommandation"), QStringLiteral("TYPE DE RCP / MOTIF DE LA RCP"));
    const Code nature = valueSetCode("NatureDiscussion", rcp.nature);
    const Code scope = transversal ? valueSetCode("TraitementSoins_FRCP", rcp.theme)
                                   : valueSetCode("RCP_Appareil", rcp.appareil);
    const Code caseStatus = valueSetCode("StatutCasPresente", ctx.fiche.caseStatus);
    w.start("text");
    line(w, QStringLiteral("Nature de la RCP"), QStringLiteral("nature-discussion"), nature.displayName);
    line(w, transversal ? QStringLiteral("Traitement / soins") : QStringLiteral("Appareil"),
         QStringLiteral("appareil"),
         scope.isEmpty() ? (transversal ? rcp.theme : rcp.appareil) : scope.displayName);
    int k = 0;
    for (const QString &organ : rcp.organs) {
        const Code c = valueSetCode("RCP_Organe", organ);
        line(w, QStringLiteral("Organe"), QStringLiteral("organe-%1").arg(++k),
             c.isEmpty() ? organ : c.displayName);
    }
    line(w, QStringLiteral("RCP de recours"), QStringLiteral("RCPrecours"), yesNo(rcp.recours));
    line(w, QStringLiteral("RCP pédiatrique"), QStringLiteral("RCPpediatrique"), yesNo(rcp.paediatric));
    line(w, QStringLiteral("Motif de la RCP"), QStringLiteral("motifRCP"), QString());
    line(w, QStringLiteral("Avis diagnostique"), QStringLiteral("avisDiagnostic"),
         yesNo(m.diagnosticOpinion));
    line(w, QStringLiteral("Proposition de traitement (dont ajustement et surveillance)"),
         QStringLiteral("propositionTherapeutique"), yesNo(m.treatmentProposal));
    line(w, QStringLiteral("Recours"), QStringLiteral("recours"), yesNo(m.recours));
    line(w, QStringLiteral("Pédiatrie"), QStringLiteral("pediatrie"), yesNo(m.paediatrics));
    line(w, QStringLiteral("Statut du cas présenté"), QStringLiteral("statut-cas-presente"),
         caseStatus.displayName);
    line(w, QStringLiteral("Raison de la présentation"), QStringLiteral("raison"), reasonText(ctx));
    w.end(); // text

    w.start("entry");
    w.beginSimpleObservation(taAsip("GEN-098", "Nature de la discussion"),
                             QStringLiteral("nature-discussion"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
    w.valueCd(nature);
    w.start("entryRelationship");
    w.attr("typeCode", "SUBJ");
    w.beginSimpleObservation(transversal ? taAsip("ORG-138", "Traitement / Soins")
                                         : taAsip("ORG-118", "Appareil concerné"),
                             QStringLiteral("appareil"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
    w.valueCd(scope);
    k = 0;
    for (const QString &organ : rcp.organs) {
        const Code c = valueSetCode("RCP_Organe", organ);
        ++k; // the narrative numbers every organ
        if (c.isEmpty() || transversal)
            continue;
        w.start("entryRelationship");
        w.attr("typeCode", "REFR");
        w.beginSimpleObservation(taAsip("ORG-119", "Organe"), QStringLiteral("organe-%1").arg(k));
        w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
        w.valueCd(c);
        w.end();
        w.end();
    }
    booleanRelation(w, "REFR", taAsip("ORG-184", "RCP de recours"), QStringLiteral("RCPrecours"),
                    rcp.recours);
    booleanRelation(w, "REFR", taAsip("ORG-185", "RCP pédiatrique"), QStringLiteral("RCPpediatrique"),
                    rcp.paediatric);
    w.end(); // observation ORG-118 / ORG-138
    w.end(); // entryRelationship
    w.start("entryRelationship");
    w.attr("typeCode", "SUBJ");
    w.beginSimpleObservation(taAsip("ORG-186", "Motif de la RCP"), QStringLiteral("motifRCP"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
    w.empty("value", {{"xsi:type", QStringLiteral("CD")}, {"nullFlavor", QStringLiteral("NA")}});
    booleanRelation(w, "REFR", taAsip("MED-235", "Avis diagnostique"), QStringLiteral("avisDiagnostic"),
                    m.diagnosticOpinion);
    booleanRelation(w, "REFR",
                    taAsip("ORG-114", "Proposition de traitement (dont ajustement et surveillance)"),
                    QStringLiteral("propositionTherapeutique"), m.treatmentProposal);
    booleanRelation(w, "REFR", taAsip("ORG-115", "Recours"), QStringLiteral("recours"), m.recours);
    booleanRelation(w, "REFR", taAsip("ORG-116", "Pédiatrie"), QStringLiteral("pediatrie"), m.paediatrics);
    w.start("entryRelationship");
    w.attr("typeCode", "REFR");
    w.beginSimpleObservation(taAsip("ORG-127", "Statut du cas présenté"),
                             QStringLiteral("statut-cas-presente"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NA")}});
    w.valueCd(caseStatus);
    w.end();
    w.end();
    w.end(); // observation ORG-186
    w.end(); // entryRelationship
    w.end(); // observation GEN-098
    w.end(); // entry
    writeProblemEntry(w, ctx);
    endSection(w);
}

void writeDiscoverySection(Writer &w, const FicheContext &ctx) {
    const ClinicalContext &c = ctx.inscription.clinical;
    beginSection(
        w,
        {"1.3.6.1.4.1.19376.1.5.3.1.1.21.2.9", "1.3.6.1.4.1.19376.1.7.3.1.1.13.7", "1.2.250.1.213.1.1.2.163"},
        loinc("42545-4", "Evènements observés"), QStringLiteral("MODE DE DÉCOUVERTE DU CANCER"));
    w.start("text");
    line(w, QStringLiteral("Découverte dans le cadre d'un dépistage"), QStringLiteral("depistage"),
         c.fromScreening ? QStringLiteral("Oui, le %1").arg(frenchDate(c.screeningDate)) : yesNo(false));
    w.end();
    w.start("entry");
    w.beginSimpleObservation(loinc("63921-1", "Dépistage du cancer"), QStringLiteral("depistage"));
    w.start("effectiveTime");
    w.date("low", c.fromScreening ? c.screeningDate : QDate(), c.fromScreening ? "UNK" : "NA");
    w.end();
    w.valueBl(c.fromScreening);
    w.end();
    w.end();
    endSection(w);
}

void writeTumourSection(Writer &w, const FicheContext &ctx) {
    beginSection(w,
                 {"2.16.840.1.113883.10.20.1.11", "1.3.6.1.4.1.19376.1.5.3.1.3.6",
                  "1.3.6.1.4.1.19376.1.7.3.1.3.14.1", "1.2.250.1.213.1.1.2.27"},
                 loinc("72135-7", "Diagnostic du cancer"), QStringLiteral("TUMEUR"));
    const auto &tumours = ctx.inscription.tumours;
    w.start("text");
    for (std::size_t i = 0; i < tumours.size(); ++i)
        tumourNarrative(w, ctx, tumours[i], int(i) + 1);
    w.end();
    for (std::size_t i = 0; i < tumours.size(); ++i) {
        const Tumour &t = tumours[i];
        const QString p = QStringLiteral("tumeur-%1").arg(i + 1);
        w.start("entry");
        w.start("act");
        w.attr("classCode", "ACT");
        w.attr("moodCode", "EVN");
        for (const char *root :
             {"2.16.840.1.113883.10.20.1.27", "1.3.6.1.4.1.19376.1.5.3.1.4.5.1",
              "1.3.6.1.4.1.19376.1.5.3.1.4.5.2", "1.2.250.1.213.1.1.3.39", "1.2.250.1.213.1.1.3.39.1"})
            w.templateId(root);
        w.nullCode("code");
        w.empty("statusCode", {{"code", QStringLiteral("active")}});
        w.start("effectiveTime");
        w.date("low", t.diagnosisDate);
        w.end();
        w.start("entryRelationship");
        w.attr("typeCode", "SUBJ");
        w.attr("inversionInd", "false");
        w.start("observation");
        w.attr("classCode", "OBS");
        w.attr("moodCode", "EVN");
        w.attr("negationInd", "false");
        for (const char *root :
             {"2.16.840.1.113883.10.20.1.28", "1.3.6.1.4.1.19376.1.5.3.1.4.5", "1.2.250.1.213.1.1.3.37",
              "1.3.6.1.4.1.19376.1.7.3.1.4.14.1", "1.2.250.1.213.1.1.3.113"})
            w.templateId(root);
        w.code("code", Code{QStringLiteral("282291009"), QString::fromLatin1(kSnomed),
                            QStringLiteral("interprétation diagnostique"), QStringLiteral("SNOMED CT")});
        w.textReference(p + QStringLiteral("-morphologie"));
        w.statusCompleted();
        w.start("effectiveTime");
        w.date("low", t.diagnosisDate);
        w.end();
        w.code("value", morphology(t.morphology, ctx.labels.morphology.value(t.morphology)), true);
        w.attr("xsi:type", "CD");
        w.start("originalText");
        w.empty("reference", {{"value", QLatin1Char('#') + p + QStringLiteral("-morphologie")}});
        w.end();
        w.end(); // value
        w.code("targetSiteCode", topography(t.topography, ctx.labels.topography.value(t.topography)), true);
        w.start("originalText");
        w.empty("reference", {{"value", QLatin1Char('#') + p + QStringLiteral("-topographie")}});
        w.end();
        const Code side = laterality(t.laterality);
        if (!side.isEmpty()) {
            w.start("qualifier");
            w.code("name", loinc("20228-3", "Latéralité"));
            w.code("value", side, true);
            w.start("originalText");
            w.empty("reference", {{"value", QLatin1Char('#') + p + QStringLiteral("-lateralite")}});
            w.end();
            w.end(); // value
            w.end(); // qualifier
        }
        w.end(); // targetSiteCode
        writeTnm(w, t, t.clinicalTnm, false, p + QStringLiteral("-tnmc"));
        if (!t.pathologicalTnm.isEmpty())
            writeTnm(w, t, t.pathologicalTnm, true, p + QStringLiteral("-tnmp"));
        int k = 0;
        for (std::size_t j = 0; j < t.otherStagings.size(); ++j)
            writeOtherStaging(w, p + QStringLiteral("-autre-%1").arg(++k));
        w.end(); // observation
        w.end(); // entryRelationship
        w.end(); // act
        w.end(); // entry
    }
    endSection(w);
}

} // namespace concerto::reports::cda
