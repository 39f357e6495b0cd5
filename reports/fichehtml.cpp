// The printed fiche's body: HTML built from the fiche context only, in the national order of sections.
#include "reports/fichehtml.h"

#include "models/domain/birthplace.h"
#include "models/domain/labels.h"
#include "models/staging/staging.h"
#include "reports/cda/cdacodes.h"
#include "reports/fichewords.h"

#include <algorithm>

namespace concerto::reports {

namespace {

// Typed text as HTML: escaped, its line breaks kept.
QString esc(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// Rows of label: value pairs; a row without a value is left out.
class Rows {
public:
    Rows &text(const QString &label, const QString &value) { return html(label, esc(value)); }
    Rows &html(const QString &label, const QString &valueHtml) {
        if (!valueHtml.trimmed().isEmpty())
            m_rows += QStringLiteral("<tr><td width=\"36%\" style=\"color:#555555;\">%1</td><td>%2</td></tr>")
                          .arg(label.toHtmlEscaped(), valueHtml);
        return *this;
    }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString table() const {
        return m_rows.isEmpty()
                   ? QString()
                   : QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">") + m_rows +
                         QStringLiteral("</table>");
    }

private:
    QString m_rows;
};

// A table with borders; `header` are plain words, the cells HTML.
class Grid {
public:
    explicit Grid(QStringList header)
        : m_header(std::move(header)) {}
    void row(const QStringList &cellsHtml) {
        m_body += QStringLiteral("<tr>");
        for (const QString &cell : cellsHtml)
            m_body += QStringLiteral("<td bgcolor=\"#ffffff\">") + cell + QStringLiteral("</td>");
        m_body += QStringLiteral("</tr>");
        ++m_count;
    }
    bool isEmpty() const { return m_count == 0; }
    QString table() const {
        if (m_count == 0)
            return {};
        // The rules between the cells are the grey table showing through the spacing around white cells:
        // it looks like collapsed borders, but Qt lays collapsed borders out and paints them many times
        // slower. One and a half pixels: with one, rules vanish from pages rendered at screen resolution.
        QString out =
            QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"1.5\" cellpadding=\"3\" "
                           "bgcolor=\"#999999\" style=\"font-size:8pt;\"><thead><tr>");
        for (const QString &h : m_header)
            out += QStringLiteral("<th style=\"background-color:#eeeeee;\" align=\"left\">") +
                   h.toHtmlEscaped() + QStringLiteral("</th>");
        return out + QStringLiteral("</tr></thead>") + m_body + QStringLiteral("</table>");
    }

private:
    QStringList m_header;
    QString m_body;
    int m_count = 0;
};

QString section(const QString &title, const QString &content) {
    if (content.trimmed().isEmpty())
        return {};
    return QStringLiteral(
               "<h3 style=\"font-size:10pt; color:#1f4e79; margin-top:10px; margin-bottom:3px;\">") +
           title.toHtmlEscaped() + QStringLiteral("</h3>") + content;
}

// A heading inside a section (kept with what follows it: pagebreaks.h).
QString subheading(const QString &title) {
    return QStringLiteral("<h4 style=\"font-size:9pt; margin-top:4px; margin-bottom:2px;\">") +
           title.toHtmlEscaped() + QStringLiteral("</h4>");
}

QString paragraph(const QString &html) {
    return html.isEmpty() ? QString()
                          : QStringLiteral("<p style=\"margin-top:2px; margin-bottom:2px;\">") + html +
                                QStringLiteral("</p>");
}

QString person(const FicheContext &c, const QUuid &id) {
    if (id.isNull())
        return {};
    const Professional *p = c.professional(id);
    return p ? p->displayName() : QStringLiteral("(inconnu de l'annuaire)");
}

QString personWithSpecialty(const FicheContext &c, const QUuid &id) {
    const Professional *p = c.professional(id);
    QString out = person(c, id);
    if (p && !p->specialty.isEmpty())
        out += QStringLiteral(", ") + labels::specialty(p->specialty);
    return out;
}

QString dateRange(const QDate &from, const QDate &to) {
    if (from.isValid() && to.isValid())
        return QStringLiteral("du %1 au %2").arg(words::date(from), words::date(to));
    if (from.isValid())
        return QStringLiteral("à partir du %1").arg(words::date(from));
    if (to.isValid())
        return QStringLiteral("jusqu'au %1").arg(words::date(to));
    return {};
}

QString codeWithLabel(const QString &code, const QHash<QString, QString> &labels) {
    if (code.isEmpty())
        return {};
    const QString label = labels.value(code);
    return label.isEmpty() ? esc(code) : esc(code) + QStringLiteral(" – ") + esc(label);
}

QString tnmCell(const Tumour &t, const TnmStaging &tnm) {
    if (t.tnmNotApplicable())
        return QStringLiteral("non applicable");
    if (tnm.isEmpty())
        return QStringLiteral("–");
    QString out = esc(staging::tnmText(tnm));
    if (!tnm.stage.isEmpty())
        out += QStringLiteral("<br/>stade ") + esc(tnm.stage);
    if (!tnm.edition.isEmpty())
        out += QStringLiteral("<br/>(") + esc(tnm.edition) + QLatin1Char(')');
    if (tnm.date.isValid())
        out += QStringLiteral("<br/>le ") + words::date(tnm.date);
    return out;
}

// A birth place code with its department ("11069, Aude (11)"), or with "né(e) à l'étranger" for 99xxx
// (the fiche is in French whatever the application's language); the code alone when unknown.
QString birthPlace(const QString &code) {
    if (code.startsWith(QLatin1String("99")) && code.size() == 5)
        return code + QStringLiteral(", né(e) à l'étranger");
    const QString department = birthplace::departmentText(code);
    return department.isEmpty() ? code : code + QStringLiteral(", ") + department;
}

// The patient's identity as the fiche froze it; the INS only for a qualified identity.
QString identityBlock(const Patient &p) {
    Rows rows;
    rows.text(QStringLiteral("Nom de naissance"), p.birthName.toUpper())
        .text(QStringLiteral("Nom utilisé"), p.usedName.toUpper())
        .text(QStringLiteral("Prénoms de naissance"), p.birthGivenNames.join(QLatin1Char(' ')))
        .text(QStringLiteral("Prénom utilisé"), p.usedGivenName)
        .text(QStringLiteral("Sexe"), words::sex(p.sex))
        .text(QStringLiteral("Date de naissance"), words::date(p.birthDate))
        .text(QStringLiteral("Lieu de naissance (code INSEE)"), birthPlace(p.birthPlaceCode))
        .text(QStringLiteral("IPP"), p.ipp)
        .text(QStringLiteral("Statut de l'identité"), words::identityStatus(p.identityStatus));
    if (p.mayShareIns())
        rows.text(QStringLiteral("INS"), QStringLiteral("%1 (OID %2)").arg(p.ins, p.insOid));
    if (!p.trustedPerson.isEmpty()) {
        const TrustedPerson &t = p.trustedPerson;
        QString text = QStringList{t.givenName, t.familyName.toUpper()}.join(QLatin1Char(' ')).trimmed();
        const QString relationship = TrustedPerson::relationshipLabel(t.relationship);
        if (!relationship.isEmpty())
            text += QStringLiteral(" (") + relationship.toLower() + QLatin1Char(')');
        if (!t.phone.isEmpty())
            text += QStringLiteral(", ") + t.phone;
        rows.text(QStringLiteral("Personne de confiance"), text);
    }
    return section(QStringLiteral("Identité du patient"), rows.table());
}

QString participants(const FicheContext &c) {
    const Fiche &f = c.fiche;
    Rows rows;
    rows.text(QStringLiteral("Médecin demandeur"), personWithSpecialty(c, c.inscription.requesterId))
        .text(QStringLiteral("Médecin présentant le dossier"),
              personWithSpecialty(c, c.inscription.presenterId))
        .text(QStringLiteral("Médecin coordonnateur"), personWithSpecialty(c, f.coordinatorId))
        .text(QStringLiteral("Auteur de la fiche"), person(c, f.authorId))
        .text(QStringLiteral("Médecin traitant"),
              c.patient.gpUnknown ? QStringLiteral("inconnu")
                                  : personWithSpecialty(c, c.patient.generalPractitionerId));
    std::vector<QUuid> correspondents = f.correspondents;
    for (const QUuid &id : c.inscription.correspondents)
        if (std::find(correspondents.begin(), correspondents.end(), id) == correspondents.end())
            correspondents.push_back(id);
    QStringList names;
    for (const QUuid &id : correspondents)
        names << person(c, id);
    rows.text(QStringLiteral("Correspondants à informer"), names.join(QStringLiteral(" ; ")));
    return section(QStringLiteral("Intervenants"), rows.table());
}

// A committee's code as "label (code)" when the value set is loaded, the code alone otherwise.
QString labelWithCode(const QString &code, const QHash<QString, QString> &labels) {
    const QString label = labels.value(code);
    return label.isEmpty() || code.isEmpty() ? code : label + QStringLiteral(" (") + code + QLatin1Char(')');
}

// A transversal committee's theme: the imported set's label, else the national one the CDA writes,
// with its code; the code alone for a code neither knows.
QString themeLabel(const QString &code, const QHash<QString, QString> &labels) {
    if (code.isEmpty() || labels.contains(code))
        return labelWithCode(code, labels);
    const cda::Code national = cda::valueSetCode("TraitementSoins_FRCP", code);
    return national.isEmpty() ? code : national.displayName + QStringLiteral(" (") + code + QLatin1Char(')');
}

QString typeAndMotif(const FicheContext &c, const FicheCodeLabels &labels) {
    const Rcp &r = c.rcp;
    QStringList organs;
    for (const QString &organ : r.organs)
        organs << labelWithCode(organ, labels.organs);
    Rows rows;
    rows.text(QStringLiteral("Nature de la RCP"), words::nature(r.nature))
        .text(QStringLiteral("Appareil"), labelWithCode(r.appareil, labels.appareil))
        .text(QStringLiteral("Organes"), organs.join(QStringLiteral(" ; "))) // labels may hold commas
        .text(QStringLiteral("Thème"), themeLabel(r.theme, labels.theme))
        .text(QStringLiteral("RCP de recours"), words::yesNo(r.recours))
        .text(QStringLiteral("RCP pédiatrique"), words::yesNo(r.paediatric));
    const Motif &m = c.inscription.motif;
    QStringList motifs;
    if (m.diagnosticOpinion)
        motifs << QStringLiteral("avis diagnostique");
    if (m.treatmentProposal)
        motifs << QStringLiteral("proposition de traitement (y compris surveillance)");
    if (m.recours)
        motifs << QStringLiteral("recours");
    if (m.paediatrics)
        motifs << QStringLiteral("pédiatrie");
    rows.text(QStringLiteral("Motif de présentation"), motifs.join(QStringLiteral(", ")))
        .text(QStringLiteral("Statut du cas"), words::caseStatus(c.fiche.caseStatus));
    return section(QStringLiteral("Type de RCP et motif"), rows.table());
}

QString discovery(const ClinicalContext &k) {
    if (!k.fromScreening)
        return {};
    QString text = QStringLiteral("Découverte dans le cadre d'un dépistage");
    if (k.screeningDate.isValid())
        text += QStringLiteral(" (le %1)").arg(words::date(k.screeningDate));
    return section(QStringLiteral("Mode de découverte"), paragraph(text));
}

QString tumours(const FicheContext &c, const FicheCodeLabels &labels) {
    Grid grid({QStringLiteral("N°"), QStringLiteral("Diagnostic"), QStringLiteral("Topographie (CIM-10)"),
               QStringLiteral("Latéralité"), QStringLiteral("Morphologie (CIM-O-3)"),
               QStringLiteral("TNM clinique"), QStringLiteral("TNM pathologique"),
               QStringLiteral("Autre classification")});
    int n = 0;
    for (const Tumour &t : c.inscription.tumours) {
        QStringList others;
        for (const OtherStaging &o : t.otherStagings)
            others << esc(QStringList{o.name, o.version}.join(QLatin1Char(' ')).trimmed() +
                          QStringLiteral(" : ") + o.value);
        const QString pathological = t.pathologicalTnm.isEmpty() && !t.tnmNotApplicable()
                                         ? QStringLiteral("–")
                                         : tnmCell(t, t.pathologicalTnm);
        grid.row({QString::number(++n), words::monthOrDay(t.diagnosisDate, t.diagnosisDayKnown),
                  codeWithLabel(t.topography, labels.topography), esc(words::laterality(t.laterality)),
                  codeWithLabel(t.morphology, labels.morphology), tnmCell(t, t.clinicalTnm), pathological,
                  others.isEmpty() ? QStringLiteral("–") : others.join(QStringLiteral("<br/>"))});
    }
    return section(QStringLiteral("Tumeur(s)"), grid.table());
}

QString history(const ClinicalContext &k) {
    Rows rows;
    rows.text(QStringLiteral("Antécédents"), k.history).text(QStringLiteral("Comorbidités"), k.comorbidities);
    return section(QStringLiteral("Antécédents et comorbidités"), rows.table());
}

QString generalState(const ClinicalContext &k) {
    Rows rows;
    if (k.whoStatus >= 0 && k.whoStatus <= 4) {
        QString who = QString::number(k.whoStatus);
        if (k.whoStatusDate.isValid())
            who += QStringLiteral(" (le %1)").arg(words::date(k.whoStatusDate));
        rows.text(QStringLiteral("Indice de performance OMS"), who);
    }
    QStringList geriatric;
    if (!k.geriatricTool.isEmpty())
        geriatric << k.geriatricTool;
    if (!k.geriatricScore.isEmpty())
        geriatric << QStringLiteral("score ") + k.geriatricScore;
    rows.text(QStringLiteral("Dépistage gériatrique"), geriatric.join(QStringLiteral(", ")));
    return section(QStringLiteral("État général"), rows.table());
}

QString testResults(const ClinicalContext &k) {
    Grid grid({QStringLiteral("Date"), QStringLiteral("Examen"), QStringLiteral("Résultat")});
    for (const TestResult &t : k.tests)
        grid.row({words::date(t.date), esc(t.exam), esc(t.result)});
    return section(QStringLiteral("Résultats d'examens"), grid.table());
}

QString phaseOfDisease(const ClinicalContext &k) {
    Rows rows;
    rows.text(QStringLiteral("Phase"), words::phase(k.phase));
    if (k.phase == QLatin1String(kPhaseRelapse))
        rows.text(QStringLiteral("Date de la rechute"), words::date(k.relapseDate));
    QStringList progression;
    if (k.progressionLocal)
        progression << QStringLiteral("locale");
    if (k.progressionRegional)
        progression << QStringLiteral("régionale");
    if (k.progressionDistant)
        progression << QStringLiteral("à distance");
    rows.text(QStringLiteral("Évolution"), progression.join(QStringLiteral(", ")));
    return section(QStringLiteral("Phase de la maladie"), rows.table());
}

QString pastTreatments(const ClinicalContext &k) {
    Grid grid({QStringLiteral("Traitement"), QStringLiteral("Précisions"), QStringLiteral("Dates"),
               QStringLiteral("Statut")});
    for (const PastTreatment &t : k.treatments)
        grid.row({esc(words::treatmentType(t.type)), esc(t.details), dateRange(t.start, t.end),
                  words::treatmentState(t.state)});
    return section(QStringLiteral("Traitements antérieurs et en cours"), grid.table());
}

QString reportConclusions(const ClinicalContext &k) {
    QString out;
    for (const ReportConclusion &r : k.reports) {
        QStringList head{esc(words::reportKind(r.kind))};
        if (r.date.isValid())
            head << QStringLiteral("du ") + words::date(r.date);
        if (!r.author.isEmpty())
            head << QStringLiteral("(") + esc(r.author) + QLatin1Char(')');
        out += paragraph(QStringLiteral("<b>") + head.join(QLatin1Char(' ')) + QStringLiteral("</b><br/>") +
                         esc(r.text));
    }
    return section(QStringLiteral("Conclusions des comptes rendus"), out);
}

QString summaryAndQuestion(const FicheContext &c) {
    Rows rows;
    rows.text(QStringLiteral("Synthèse"), c.inscription.clinical.summary)
        .text(QStringLiteral("Question posée"), c.inscription.question);
    return section(QStringLiteral("Synthèse du dossier et question posée"), rows.table());
}

QString statusAndQuorum(const FicheContext &c) {
    const Fiche &f = c.fiche;
    Rows rows;
    rows.text(QStringLiteral("Dossier complet"), words::yesNo(f.fileComplete))
        .text(QStringLiteral("Quorum"), words::quorumStatus(f.quorum));
    if (!f.quorumOverride.isEmpty()) {
        QString text = f.quorumOverride.reason;
        const QString who = person(c, f.quorumOverride.coordinatorId);
        if (!who.isEmpty() || f.quorumOverride.at.isValid())
            text += QStringLiteral(" (%1%2)").arg(who, f.quorumOverride.at.isValid()
                                                           ? QStringLiteral(", ") +
                                                                 words::boardDateTime(f.quorumOverride.at)
                                                           : QString());
        rows.text(QStringLiteral("Validation sans quorum"), text);
    }
    Grid grid({QStringLiteral("Participant"), QStringLiteral("Spécialité"), QStringLiteral("Présence"),
               QStringLiteral("Compté pour le quorum")});
    for (const FicheAttendee &a : f.attendees)
        grid.row({esc(a.professionalId.isNull() ? a.guestName + QStringLiteral(" (") + a.guestOrganisation +
                                                      QStringLiteral(", invité)")
                                                : person(c, a.professionalId)),
                  esc(labels::specialty(a.specialty)),
                  a.remote ? QStringLiteral("à distance") : QStringLiteral("sur place"),
                  words::yesNo(a.countedForQuorum)});
    QString attendees;
    if (!grid.isEmpty())
        attendees = subheading(QStringLiteral("Participants à la discussion")) + grid.table();
    Grid opinions({QStringLiteral("Avis écrit de"), QStringLiteral("Spécialité"), QStringLiteral("Avis")});
    for (const WrittenOpinion &w : f.writtenOpinions)
        opinions.row(
            {esc(person(c, w.authorId)) +
                 (w.givenAt.isValid() ? QStringLiteral(", ") + words::boardDateTime(w.givenAt) : QString()),
             esc(labels::specialty(w.specialty)), esc(w.text)});
    if (!opinions.isEmpty())
        attendees += subheading(QStringLiteral("Avis écrits comptés pour le quorum")) + opinions.table();
    return section(QStringLiteral("Statut du dossier et quorum"), rows.table() + attendees);
}

QString proposal(const FicheContext &c) {
    const Fiche &f = c.fiche;
    Rows rows;
    if (f.referToRecours)
        rows.text(QStringLiteral("Orientation"), QStringLiteral("vers une RCP de recours"));
    if (f.surveillanceOnly)
        rows.text(QStringLiteral("Surveillance"), QStringLiteral("surveillance seule"));
    QStringList exams;
    for (const FurtherExam &e : f.exams) {
        QString text = esc(e.type);
        const QString when = dateRange(e.earliest, e.latest);
        if (!when.isEmpty())
            text += QStringLiteral(" (") + when + QLatin1Char(')');
        exams << text;
    }
    rows.html(QStringLiteral("Examens complémentaires"), exams.join(QStringLiteral("<br/>")));
    std::vector<ProposalLine> lines = f.proposal;
    std::stable_sort(lines.begin(), lines.end(), [](const ProposalLine &a, const ProposalLine &b) {
        return a.intention != b.intention ? a.intention < b.intention : a.sequence < b.sequence;
    });
    Grid grid({QStringLiteral("N°"), QStringLiteral("Intention"), QStringLiteral("Séquence"),
               QStringLiteral("Traitement"), QStringLiteral("Précisions"), QStringLiteral("Dates prévues")});
    int n = 0;
    for (const ProposalLine &l : lines) {
        const QString intention = l.intention == 1 ? QStringLiteral("1 (première intention)")
                                                   : QStringLiteral("%1 (alternative)").arg(l.intention);
        grid.row({QString::number(++n), intention, QString::number(l.sequence),
                  esc(words::treatmentType(l.treatmentType)), esc(l.details),
                  dateRange(l.plannedStart, l.plannedEnd)});
    }
    return section(QStringLiteral("Proposition de la RCP"), rows.table() + grid.table());
}

// Always printed: conformity is said on every fiche, with or without a named guideline.
QString framework(const Framework &w) {
    Rows rows;
    if (!w.guideline.isEmpty()) {
        QString text = w.guideline.name;
        if (!w.guideline.version.isEmpty())
            text += QStringLiteral(", version ") + w.guideline.version;
        if (w.guideline.date.isValid())
            text += QStringLiteral(" du ") + words::date(w.guideline.date);
        rows.text(QStringLiteral("Référentiel"), text);
    } else {
        rows.text(QStringLiteral("Référentiel"), QStringLiteral("non précisé"));
    }
    rows.text(QStringLiteral("Proposition conforme au référentiel"), words::yesNo(w.conform));
    if (!w.conform)
        rows.text(QStringLiteral("Justification de la non-conformité"),
                  w.nonConformityReason.isEmpty() ? QStringLiteral("(non renseignée)")
                                                  : w.nonConformityReason);
    rows.text(QStringLiteral("Inclusion dans un essai clinique proposée"), words::yesNo(w.trialProposed));
    if (w.trialProposed)
        rows.text(QStringLiteral("Essai"), w.trialName);
    return section(QStringLiteral("Référentiel, conformité et essai clinique"), rows.table());
}

QString comments(const Fiche &f) {
    return section(QStringLiteral("Commentaires du patient"), paragraph(esc(f.patientComments)));
}

QString validation(const FicheContext &c) {
    const Fiche &f = c.fiche;
    Rows rows;
    rows.text(QStringLiteral("Statut du document"), words::documentStatus(f.status))
        .text(QStringLiteral("Version"), QString::number(f.versionNumber));
    if (f.versionNumber > 1)
        rows.text(
            QStringLiteral("Version précédente"),
            QStringLiteral("Remplace la version %1. Motif de la modification : %2")
                .arg(f.versionNumber - 1)
                .arg(f.amendmentReason.isEmpty() ? QStringLiteral("(non renseigné)") : f.amendmentReason));
    if (f.isSigned())
        rows.text(QStringLiteral("Validée par"), person(c, f.signerId))
            .text(QStringLiteral("Date de validation"), words::boardDateTime(f.signedAt));
    else
        rows.text(QStringLiteral("Validation"), QStringLiteral("fiche non validée"));
    return section(QStringLiteral("Validation du document"), rows.table());
}

QString sessionLine(const FicheContext &c) {
    QString out = QStringLiteral("Séance du ") + words::boardDateTime(c.session.startsAt);
    if (!c.session.place.isEmpty())
        out += QStringLiteral(", ") + c.session.place;
    return out;
}

} // namespace

FicheCodeLabels loadCodeLabels(Database &db, const FicheContext &context) {
    return readCodeLabels(db, codesOf(context));
}

QString ficheHtml(const FicheContext &c, const FicheCodeLabels &given) {
    const FicheCodeLabels &labels = given.isEmpty() ? c.labels : given;
    const ClinicalContext &k = c.inscription.clinical;
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size:15pt; font-weight:bold; color:#1f4e79; margin-bottom:0px;\">"
                           "Fiche de réunion de concertation pluridisciplinaire</p>");
    html += QStringLiteral("<p style=\"font-size:10pt; margin-top:2px;\"><b>") + esc(c.rcp.name) +
            QStringLiteral("</b><br/>") + esc(sessionLine(c)) + QStringLiteral("</p>");
    html += identityBlock(c.patient);
    html += participants(c);
    html += typeAndMotif(c, labels);      // 1
    html += discovery(k);                 // 2
    html += tumours(c, labels);           // 3
    html += history(k);                   // 4
    html += generalState(k);              // 5
    html += testResults(k);               // 6
    html += phaseOfDisease(k);            // 7
    html += pastTreatments(k);            // 8
    html += reportConclusions(k);         // 9
    html += summaryAndQuestion(c);        // 10
    html += statusAndQuorum(c);           // 11
    html += proposal(c);                  // 12
    html += framework(c.fiche.framework); // 13
    html += comments(c.fiche);            // 14
    html += validation(c);                // 15
    return html + QStringLiteral("</body></html>");
}

PageDecor ficheDecor(const FicheContext &c) {
    PageDecor decor;
    QStringList issuer;
    if (c.network)
        issuer << c.network->name;
    issuer << c.centre.name;
    decor.header << issuer.join(QStringLiteral(" – "));
    decor.header << c.rcp.name + QStringLiteral(" – ") + sessionLine(c);
    decor.footer = QStringLiteral("Fiche RCP – %1 – %2")
                       .arg(c.patient.displayName(), words::bornOn(c.patient.sex, c.patient.birthDate));
    if (!c.patient.ipp.isEmpty())
        decor.footer += QStringLiteral(" – IPP ") + c.patient.ipp;
    if (c.inConflict)
        decor.watermark = QString::fromUtf8(kConflictWatermark);
    else if (!c.fiche.isSigned())
        decor.watermark = QString::fromUtf8(kUnsignedWatermark);
    return decor;
}

} // namespace concerto::reports
