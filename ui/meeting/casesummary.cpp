// The meeting's case summary: the case in words, as HTML, in large type.
#include "ui/meeting/casesummary.h"

#include "models/domain/builtinsets.h"
#include "models/domain/labels.h"
#include "models/validation/completeness.h"

#include <QLocale>

namespace concerto {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString withLabel(const QString &code, const QHash<QString, QString> &labels) {
    const QString label = labels.value(code);
    return label.isEmpty()
               ? esc(code)
               : QStringLiteral("%1 <span style='color:#5f6b73'>(%2)</span>").arg(esc(label), esc(code));
}

QString monthYear(const QDate &d, bool dayKnown) {
    if (!d.isValid())
        return {};
    return dayKnown ? QLocale().toString(d, QLocale::ShortFormat) : d.toString(QStringLiteral("MM/yyyy"));
}

// The side in words; nothing when it does not apply.
QString laterality(const QString &value) {
    const QString v = value.toLower();
    if (v == QLatin1String("right"))
        return CaseSummary::tr("right");
    if (v == QLatin1String("left"))
        return CaseSummary::tr("left");
    if (v == QLatin1String("bilateral"))
        return CaseSummary::tr("bilateral");
    return {};
}

QString section(const QString &title) {
    return QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px; color:#1f4e79'>%1</h3>")
        .arg(esc(title));
}

QString tumourHtml(const Tumour &t, const reports::FicheCodeLabels &labels) {
    QString out =
        QStringLiteral("<p style='margin:2px 0'><b>%1</b>").arg(withLabel(t.topography, labels.topography));
    if (const QString side = laterality(t.laterality); !side.isEmpty())
        out += QStringLiteral(" · ") + esc(side);
    out += QStringLiteral("<br>") + withLabel(t.morphology, labels.morphology);
    if (t.diagnosisDate.isValid())
        out += QStringLiteral("<br>") +
               esc(CaseSummary::tr("Diagnosed %1").arg(monthYear(t.diagnosisDate, t.diagnosisDayKnown)));
    if (t.tnmNotApplicable()) {
        for (const OtherStaging &s : t.otherStagings)
            out += QStringLiteral("<br><b>%1 %2</b>").arg(esc(s.name), esc(s.value));
    } else {
        if (!t.clinicalTnm.isEmpty())
            out += QStringLiteral("<br><b>%1</b>").arg(esc(t.clinicalTnm.text()));
        if (!t.pathologicalTnm.isEmpty())
            out += QStringLiteral("<br><b>%1</b>").arg(esc(t.pathologicalTnm.text()));
        const QString stage = t.latestTnm().stage;
        if (!stage.isEmpty())
            out += QStringLiteral(" — ") + esc(CaseSummary::tr("stage %1").arg(stage));
    }
    return out + QStringLiteral("</p>");
}

} // namespace

CaseSummary::CaseSummary(double scale, QWidget *parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("caseSummary"));
    setOpenLinks(false);
    setFocusPolicy(Qt::StrongFocus); // arrows and Page Up/Down scroll it
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * scale);
    setFont(f);
    document()->setDefaultFont(f);
}

void CaseSummary::showCase(const reports::FicheContext &context, const reports::FicheCodeLabels &labels) {
    setHtml(html(context, labels));
}

void CaseSummary::showMessage(const QString &message) {
    setHtml(QStringLiteral("<p style='color:#5f6b73'>%1</p>").arg(esc(message)));
}

QString CaseSummary::html(const reports::FicheContext &context, const reports::FicheCodeLabels &labels) {
    const Patient &p = context.patient;
    const Inscription &c = context.inscription;
    const QDate day = context.fiche.meetingDate.isValid() ? context.fiche.meetingDate : QDate::currentDate();
    QString out;
    QString identity = esc(p.displayName());
    QStringList traits;
    if (p.sex != Sex::Unknown)
        traits << (p.sex == Sex::Female ? tr("woman") : tr("man"));
    if (p.birthDate.isValid())
        traits << tr("%Ln years", nullptr, validation::ageOn(p.birthDate, day))
               << tr("born %1").arg(QLocale().toString(p.birthDate, QLocale::ShortFormat));
    out += QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin:2px 0; color:#3c474f'>%2</p>")
               .arg(identity, esc(traits.join(QStringLiteral(", "))));
    const ClinicalContext &k = c.clinical;
    QStringList facts;
    facts << labels::caseStatus(c.intent);
    if (k.whoStatus >= 0)
        facts << tr("WHO %1").arg(k.whoStatus);
    if (!k.geriatricScore.isEmpty())
        facts << QStringLiteral("%1 %2").arg(k.geriatricTool, k.geriatricScore).trimmed();
    out += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(esc(facts.join(QStringLiteral(" · "))));
    if (!c.question.isEmpty())
        out += section(tr("Question")) +
               QStringLiteral("<p style='margin:2px 0'><b>%1</b></p>").arg(esc(c.question));
    if (!c.tumours.empty()) {
        out += section(c.tumours.size() > 1 ? tr("Tumours") : tr("Tumour"));
        for (const Tumour &t : c.tumours)
            out += tumourHtml(t, labels);
    }
    if (!k.summary.isEmpty() || !k.history.isEmpty() || !k.comorbidities.isEmpty()) {
        out += section(tr("History"));
        for (const QString &text : {k.summary, k.history, k.comorbidities})
            if (!text.isEmpty())
                out += QStringLiteral("<p style='margin:2px 0'>%1</p>")
                           .arg(esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (!k.treatments.empty()) {
        out += section(tr("Treatments so far"));
        for (const PastTreatment &t : k.treatments) {
            QString line = esc(nomenclature::treatmentTypes().label(t.type).isEmpty()
                                   ? t.type
                                   : nomenclature::treatmentTypes().label(t.type));
            if (!t.details.isEmpty())
                line += QStringLiteral(" — ") + esc(t.details);
            if (t.start.isValid())
                line += QStringLiteral(" <span style='color:#5f6b73'>(%1)</span>")
                            .arg(esc(t.start.toString(QStringLiteral("MM/yyyy"))));
            out += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(line);
        }
    }
    if (!c.writtenOpinions.empty()) {
        out += section(tr("Written opinions"));
        for (const WrittenOpinion &o : c.writtenOpinions) {
            const Professional *author = context.professional(o.authorId);
            out += QStringLiteral("<p style='margin:2px 0'><b>%1</b> (%2): %3</p>")
                       .arg(esc(author ? author->displayName() : tr("Unknown professional")),
                            esc(labels::specialty(o.specialty)), esc(o.text));
        }
    }
    const Professional *presenter = context.professional(c.presenterId);
    const Professional *requester = context.professional(c.requesterId);
    QStringList who;
    if (requester)
        who << tr("Requested by %1").arg(requester->displayName());
    if (presenter && presenter != requester)
        who << tr("presented by %1").arg(presenter->displayName());
    if (!who.isEmpty())
        out += QStringLiteral("<p style='margin-top:12px; color:#5f6b73'>%1</p>")
                   .arg(esc(who.join(QStringLiteral(", "))));
    return out;
}

} // namespace concerto
