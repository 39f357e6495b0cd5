// The clinical sections of the FRCP body: history and comorbidities, WHO performance status and
// geriatric screening, test results, phase and progression, past and current treatments, conclusions of
// the operative, pathology and molecular reports, the case summary and the question to the board.
#include "reports/cda/cdaparts.h"
#include "reports/fichewords.h"

#include "models/domain/builtinsets.h"

namespace concerto::reports::cda {

namespace {

void paragraph(Writer &w, const QString &text) {
    w.start("paragraph");
    w.xml().writeCharacters(text);
    w.end();
}

void contentParagraph(Writer &w, const QString &id, const QString &text) {
    w.start("paragraph");
    w.content(id, text);
    w.end();
}

// The national treatment type of `code`, or "other treatments" when the set lacks it.
Code treatmentCode(const QString &code) {
    const Code c = valueSetCode("TypeTraitement_FRCP", code);
    return c.isEmpty() ? valueSetCode("TypeTraitement_FRCP", QStringLiteral("GEN-092.03.01")) : c;
}

QString performanceStatusCode(int status) {
    return nomenclature::performanceStatusNationalCode(status);
}

// JDV_OMSInterpret: the LOINC answer that describes a WHO status 0–4.
QString whoInterpretationCode(int status) {
    static const char *const codes[] = {"LA9622-7", "LA9623-5", "LA9624-3", "LA9625-0", "LA9626-8"};
    return status >= 0 && status <= 4 ? QString::fromLatin1(codes[status]) : QString();
}

struct ReportKind {
    const char *kind;
    const char *sectionTemplate;
    Code sectionCode;
    Code entryCode;
    const char *title;
};

// The score of a geriatric screening ("14", "14/17"): its leading number, -1 when it has none.
int leadingNumber(const QString &score) {
    QString digits;
    for (const QChar ch : score.trimmed()) {
        if (!ch.isDigit())
            break;
        digits += ch;
    }
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok ? n : -1;
}

// FR-Evaluation-de-la-depression-geriatrique, the subsection the FRCP uses for the geriatric frailty
// screening (G8, Oncodage…): the tool in words, the score coded as an integer.
void writeGeriatricScreening(Writer &w, const ClinicalContext &c) {
    w.start("component");
    w.start("section");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.1.12.2.4");
    w.templateId("1.2.250.1.213.1.1.2.114");
    w.code("code", loinc("48542-5", "Évaluation de la dépression gériatrique"));
    w.start("text");
    w.start("paragraph");
    w.xml().writeCharacters(
        QStringLiteral("Dépistage de la fragilité gériatrique : score %1, outil ")
            .arg(c.geriatricScore.isEmpty() ? QStringLiteral("non renseigné") : c.geriatricScore));
    w.content(QStringLiteral("depistage-fragilite"), c.geriatricTool);
    w.end();
    w.end(); // text
    w.start("entry");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.attr("negationInd", "false");
    for (const char *root : {"2.16.840.1.113883.10.20.1.31", "1.3.6.1.4.1.19376.1.5.3.1.4.13",
                             "1.3.6.1.4.1.19376.1.5.3.1.1.12.3.4", "1.2.250.1.213.1.1.3.110"})
        w.templateId(root);
    w.code("code", loinc("48544-1", "Score de la dépression gériatrique"));
    w.textReference(QStringLiteral("depistage-fragilite"));
    w.statusCompleted();
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("UNK")}});
    const int score = leadingNumber(c.geriatricScore);
    if (score >= 0)
        w.empty("value", {{"xsi:type", QStringLiteral("INT")}, {"value", QString::number(score)}});
    else
        w.empty("value", {{"xsi:type", QStringLiteral("INT")}, {"nullFlavor", QStringLiteral("UNK")}});
    w.end(); // observation
    w.end(); // entry
    w.end(); // section
    w.end(); // component
}

} // namespace

void writeHistorySections(Writer &w, const FicheContext &ctx) {
    const ClinicalContext &c = ctx.inscription.clinical;
    if (!c.history.isEmpty()) {
        beginSection(w, {"1.2.250.1.213.1.1.2.2"}, loinc("11348-0", "Antécédents médicaux"),
                     QStringLiteral("CLINIQUE"));
        w.start("text");
        contentParagraph(w, QStringLiteral("antecedents"), c.history);
        w.end();
        endSection(w);
    }
    if (!c.comorbidities.isEmpty()) {
        beginSection(w, {"1.2.250.1.213.1.1.2.176"}, loinc("11450-4", "Liste des problèmes actifs"),
                     QStringLiteral("COMORBIDITÉS"));
        w.start("text");
        contentParagraph(w, QStringLiteral("comorbidites"), c.comorbidities);
        w.end();
        endSection(w);
    }
    const QString who = performanceStatusCode(c.whoStatus);
    if (who.isEmpty() && c.geriatricTool.isEmpty())
        return;
    beginSection(w,
                 {"2.16.840.1.113883.10.20.1.5", "1.3.6.1.4.1.19376.1.5.3.1.3.17",
                  "1.3.6.1.4.1.19376.1.5.3.1.1.12.2.1", "1.2.250.1.213.1.1.2.111"},
                 loinc("47420-5", "Évaluation du statut fonctionnel"),
                 QStringLiteral("Évaluation du statut fonctionnel"));
    w.empty("text", {});
    // The pain assessment the template requires, not known to the fiche.
    w.start("component");
    w.start("section");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.1.12.2.2");
    w.templateId("1.2.250.1.213.1.1.2.112");
    w.code("code", loinc("38208-5", "Sévérité de la douleur"));
    w.start("text");
    contentParagraph(w, QStringLiteral("severite-douleur"), QStringLiteral("Non renseignée"));
    w.end();
    w.start("entry");
    w.start("observation");
    w.attr("classCode", "OBS");
    w.attr("moodCode", "EVN");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.13");
    w.templateId("1.3.6.1.4.1.19376.1.5.3.1.1.12.3.1");
    w.templateId("1.2.250.1.213.1.1.3.89");
    w.code("code", loinc("38208-5", "Sévérité de la douleur"));
    w.textReference(QStringLiteral("severite-douleur"));
    w.statusCompleted();
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("UNK")}});
    w.empty("value", {{"xsi:type", QStringLiteral("CO")}, {"nullFlavor", QStringLiteral("UNK")}});
    w.end();
    w.end();
    w.end();
    w.end();
    if (!who.isEmpty()) {
        const Code stage = valueSetCode("OMSEchPerf", who);
        const Code meaning = valueSetCode("OMSInterpret", whoInterpretationCode(c.whoStatus));
        w.start("component");
        w.start("section");
        w.templateId("1.3.6.1.4.1.19376.1.5.3.1.1.12.2.5");
        w.templateId("1.2.250.1.213.1.1.2.115");
        w.code("code", loinc("46006-3", "Problèmes physiques fonctionnels et structurels"));
        w.start("text");
        contentParagraph(w, QStringLiteral("performance-OMS"),
                         QStringLiteral("Statut OMS %1 (le %2) : %3")
                             .arg(c.whoStatus)
                             .arg(frenchDate(c.whoStatusDate), meaning.displayName));
        w.end();
        w.start("entry");
        w.start("observation");
        w.attr("classCode", "OBS");
        w.attr("moodCode", "EVN");
        w.attr("negationInd", "false");
        for (const char *root : {"1.3.6.1.4.1.19376.1.5.3.1.4.13", "2.16.840.1.113883.10.20.1.31",
                                 "1.3.6.1.4.1.19376.1.5.3.1.1.12.3.6", "1.2.250.1.213.1.1.3.25"})
            w.templateId(root);
        w.code("code", taAsip("MED-239", "Echelle de performance OMS"));
        w.textReference(QStringLiteral("performance-OMS"));
        w.statusCompleted();
        w.date("effectiveTime", c.whoStatusDate);
        w.valueCd(stage);
        w.code("interpretationCode", meaning);
        w.end();
        w.end();
        w.end();
        w.end();
    }
    if (!c.geriatricTool.isEmpty())
        writeGeriatricScreening(w, c);
    endSection(w);
}

void writeResultsAndPhase(Writer &w, const FicheContext &ctx) {
    const ClinicalContext &c = ctx.inscription.clinical;
    if (!c.tests.empty()) {
        beginSection(w, {"1.3.6.1.4.1.19376.1.5.3.1.3.27", "1.2.250.1.213.1.1.2.150"},
                     loinc("30954-2", "Résultats d'examens"), QStringLiteral("RÉSULTATS D'EXAMENS"));
        w.start("text");
        int k = 0;
        for (const TestResult &t : c.tests)
            contentParagraph(w, QStringLiteral("examen-%1").arg(++k),
                             QStringLiteral("%1 — %2 : %3").arg(frenchDate(t.date), t.exam, t.result));
        w.end();
        endSection(w);
    }
    beginSection(w, {"1.3.6.1.4.1.19376.1.5.3.1.1.13.2.7", "1.2.250.1.213.1.1.2.25"},
                 loinc("18733-6", "Note de progression"), QStringLiteral("PHASE CLINIQUE DE LA MALADIE"));
    const Code phase = valueSetCode("PhaseCancer", c.phase);
    const bool relapse = c.phase == QLatin1String(kPhaseRelapse);
    const bool progression = c.progressionLocal || c.progressionRegional || c.progressionDistant;
    w.start("text");
    contentParagraph(w, QStringLiteral("phase"),
                     relapse ? QStringLiteral("%1 (le %2)").arg(phase.displayName, frenchDate(c.relapseDate))
                             : phase.displayName);
    contentParagraph(w, QStringLiteral("progression"),
                     QStringLiteral("Progression : %1").arg(yesNo(progression)));
    contentParagraph(w, QStringLiteral("progression-locale"),
                     QStringLiteral("Locale : %1").arg(yesNo(c.progressionLocal)));
    contentParagraph(w, QStringLiteral("progression-regionale"),
                     QStringLiteral("Régionale : %1").arg(yesNo(c.progressionRegional)));
    contentParagraph(w, QStringLiteral("progression-distance"),
                     QStringLiteral("À distance : %1").arg(yesNo(c.progressionDistant)));
    w.end();
    w.start("entry");
    w.beginSimpleObservation(taAsip("MED-243", "Phase du cancer"), QStringLiteral("phase"));
    w.date("effectiveTime", relapse ? c.relapseDate : QDate(), relapse ? "UNK" : "NA");
    w.valueCd(phase);
    w.end();
    w.end();
    w.start("entry");
    w.beginSimpleObservation(taAsip("MED-245", "Progression du cancer"), QStringLiteral("progression"));
    w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
    w.valueBl(progression);
    const struct {
        const char *code;
        const char *name;
        const char *id;
        bool value;
    } parts[] = {
        {"MED-246", "Progression locale du cancer", "progression-locale", c.progressionLocal},
        {"MED-247", "Progression régionale du cancer", "progression-regionale", c.progressionRegional},
        {"MED-248", "Progression à distance du cancer", "progression-distance", c.progressionDistant}};
    for (const auto &part : parts) {
        w.start("entryRelationship");
        w.attr("typeCode", "COMP");
        w.beginSimpleObservation(taAsip(part.code, part.name), QString::fromLatin1(part.id));
        w.empty("effectiveTime", {{"nullFlavor", QStringLiteral("NAV")}});
        w.valueBl(part.value);
        w.end();
        w.end();
    }
    w.end(); // observation MED-245
    w.end(); // entry
    endSection(w);
}

void writeTreatmentsAndReports(Writer &w, const FicheContext &ctx) {
    const ClinicalContext &c = ctx.inscription.clinical;
    if (!c.treatments.empty()) {
        beginSection(w, {"1.3.6.1.4.1.19376.1.5.3.1.1.13.2.11", "1.2.250.1.213.1.1.2.118"},
                     loinc("29554-3", "Actes"),
                     QStringLiteral("TRAITEMENTS THÉRAPEUTIQUES PASSÉS OU EN COURS"));
        w.start("text");
        int k = 0;
        for (const PastTreatment &t : c.treatments) {
            const Code type = treatmentCode(t.type);
            QString text = QStringLiteral("%1 (%2), du %3")
                               .arg(type.displayName, words::treatmentState(t.state), frenchDate(t.start));
            if (t.end.isValid())
                text += QStringLiteral(" au %1").arg(frenchDate(t.end));
            if (!t.details.isEmpty())
                text += QStringLiteral(" : ") + t.details;
            contentParagraph(w, QStringLiteral("traitement-passe-%1").arg(++k), text);
        }
        w.end();
        k = 0;
        for (const PastTreatment &t : c.treatments) {
            w.start("entry");
            w.start("procedure");
            w.attr("classCode", "PROC");
            w.attr("moodCode", "EVN");
            w.attr("negationInd", t.state == TreatmentState::NotDone ? "true" : "false");
            w.templateId("1.3.6.1.4.1.19376.1.5.3.1.4.19");
            w.templateId("2.16.840.1.113883.10.20.1.29");
            w.templateId("1.2.250.1.213.1.1.3.62");
            w.code("code", treatmentCode(t.type));
            w.textReference(QStringLiteral("traitement-passe-%1").arg(++k));
            w.empty(
                "statusCode",
                {{"code", QString::fromLatin1(t.state == TreatmentState::Ongoing ? "active" : "completed")}});
            w.interval(t.start, t.end);
            w.end();
            w.end();
        }
        endSection(w);
    }
    static const ReportKind kinds[] = {
        {"operative", "1.2.250.1.213.1.1.2.26", loinc("10218-6", "Note postopératoire"),
         loinc("10218-6", "Note postopératoire"), "COMPTE RENDU OPÉRATOIRE (CRO)"},
        {"pathology", "1.2.250.1.213.1.1.2.34", loinc("30954-2", "Résultats d’examens"),
         loinc("22637-3", "Conclusion - Diagnostic"), "COMPTE RENDU ANATOMOCYTOPATHOLOGIQUE (CR-ACP)"},
        {"molecular", "1.2.250.1.213.1.1.2.67", loinc("50397-9", "Génétique moléculaire - Interprétation"),
         loinc("22637-3", "Conclusion - Diagnostic"), "COMPTE RENDU D'ANALYSE MOLECULAIRE (CR-GM)"}};
    for (const ReportKind &kind : kinds) {
        std::vector<const ReportConclusion *> reports;
        for (const ReportConclusion &r : c.reports)
            if (r.kind == QLatin1String(kind.kind))
                reports.push_back(&r);
        if (reports.empty())
            continue;
        beginSection(w, {kind.sectionTemplate}, kind.sectionCode, QString::fromUtf8(kind.title));
        const QString prefix = QStringLiteral("cr-%1-").arg(QLatin1String(kind.kind));
        w.start("text");
        for (std::size_t i = 0; i < reports.size(); ++i) {
            paragraph(w, QStringLiteral("Compte rendu du %1, %2")
                             .arg(frenchDate(reports[i]->date), reports[i]->author));
            contentParagraph(w, prefix + QString::number(i + 1), reports[i]->text);
        }
        w.end();
        for (std::size_t i = 0; i < reports.size(); ++i) {
            w.start("entry");
            w.beginSimpleObservation(kind.entryCode, prefix + QString::number(i + 1));
            w.date("effectiveTime", reports[i]->date);
            w.start("value");
            w.attr("xsi:type", "CD");
            w.start("originalText");
            w.empty("reference", {{"value", QLatin1Char('#') + prefix + QString::number(i + 1)}});
            w.end();
            w.end();
            w.end();
            w.end();
        }
        endSection(w);
    }
}

void writeSummarySection(Writer &w, const FicheContext &ctx) {
    beginSection(w, {"1.3.6.1.4.1.19376.1.5.3.1.3.4", "1.2.250.1.213.1.1.2.130"},
                 loinc("10164-2", "Histoire de la maladie"),
                 QStringLiteral("SYNTHÈSE DU CAS PRÉSENTÉ ET QUESTION POSÉE A LA RCP"));
    w.start("text");
    paragraph(w, QStringLiteral("Synthèse du cas présenté :"));
    contentParagraph(w, QStringLiteral("synthese"),
                     ctx.inscription.clinical.summary.isEmpty() ? QStringLiteral("Non renseignée")
                                                                : ctx.inscription.clinical.summary);
    paragraph(w, QStringLiteral("Question posée à la RCP :"));
    contentParagraph(w, QStringLiteral("question"),
                     ctx.inscription.question.isEmpty() ? QStringLiteral("Non renseignée")
                                                        : ctx.inscription.question);
    w.end();
    endSection(w);
}

} // namespace concerto::reports::cda
