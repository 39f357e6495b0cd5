// The haematological sites, staged without T, N and M: Hodgkin lymphoma (Ann Arbor with the Cotswolds
// and Lugano 2014 rules: A or B always, E for extranodal extension, S for the spleen, X or "bulky"),
// non-Hodgkin lymphomas (Lugano 2014: I to IV, E only for I and II, "bulky" for I and II, no A or B),
// myeloma (R-ISS, Palumbo 2015) and the other haematological malignancies (no system here).
#include "models/staging/sitetable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::staging {

namespace detail {

std::vector<SiteInfo> haematologySites() {
    const QString lymphoma = QStringLiteral("Ann Arbor / Lugano");
    const QString lugano = QStringLiteral("Lugano 2014");
    return {
        {QStringLiteral("hodgkin"), QStringLiteral("Lymphome de Hodgkin"), lymphoma, lugano, false},
        {QStringLiteral("non-hodgkin"), QStringLiteral("Lymphome non hodgkinien"), lymphoma, lugano, false},
        {QStringLiteral("myeloma"), QStringLiteral("Myélome multiple"), QStringLiteral("R-ISS"),
         QStringLiteral("R-ISS 2015"), false},
        {QStringLiteral("haematological-other"), QStringLiteral("Autre hémopathie maligne"), QString(),
         QString(), false},
    };
}

// What is wrong with an Ann Arbor / Lugano stage ("IIBX", "IIE", "II bulky"), or an empty text.
QString lymphomaStageProblem(const QString &value, bool hodgkin) {
    static const QRegularExpression bulkyWord(QStringLiteral(R"(\bbulky\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString text = value;
    const bool bulky = text.contains(bulkyWord);
    text.remove(bulkyWord);
    text = text.remove(QRegularExpression(QStringLiteral(R"([\s,()]+)"))).toUpper();
    static const QRegularExpression form(QStringLiteral(R"(^(IV|III|II|I)([ABESX]*)$)"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return QCoreApplication::translate(
                   "Staging", "\"%1\" is not an Ann Arbor / Lugano stage: write I to IV, then the "
                              "letters that apply (IIA, IIEB, II bulky…).")
            .arg(value);
    const QString roman = m.captured(1);
    const QString letters = m.captured(2);
    for (const QChar letter : letters)
        if (letters.count(letter) > 1)
            return QCoreApplication::translate("Staging", "\"%1\" has the letter %2 twice.")
                .arg(value, letter);
    const bool a = letters.contains(QLatin1Char('A')), b = letters.contains(QLatin1Char('B'));
    const bool e = letters.contains(QLatin1Char('E')), s = letters.contains(QLatin1Char('S'));
    const bool x = letters.contains(QLatin1Char('X'));
    if (a && b)
        return QCoreApplication::translate("Staging", "\"%1\" says both A and B: keep the one that applies "
                                                      "(B with fever, night sweats or weight loss).")
            .arg(value);
    if (hodgkin) {
        if (!a && !b)
            return QCoreApplication::translate("Staging",
                                               "A Hodgkin lymphoma stage says A or B (B with fever, night "
                                               "sweats or weight loss): write %1A or %1B.")
                .arg(roman);
        if (e && roman == QLatin1String("IV"))
            return QCoreApplication::translate(
                "Staging", "Stage IV has no E: an extranodal site beyond the nodes is already stage IV.");
        if (s && roman != QLatin1String("III"))
            return QCoreApplication::translate("Staging", "S (the spleen) goes with stage III only.");
        return {};
    }
    if (a || b)
        return QCoreApplication::translate(
                   "Staging", "Lugano 2014 has no A or B for non-Hodgkin lymphomas (they are for "
                              "Hodgkin lymphoma): write %1 without them.")
            .arg(roman + (e ? QStringLiteral("E") : QString()));
    if (s)
        return QCoreApplication::translate("Staging", "Lugano 2014 has no S: write the stage without it.");
    if (x)
        return QCoreApplication::translate("Staging",
                                           "Lugano 2014 writes a bulky mass as \"bulky\" (II bulky), "
                                           "not X.");
    const bool limited = roman == QLatin1String("I") || roman == QLatin1String("II");
    if (e && !limited)
        return QCoreApplication::translate(
            "Staging", "E (extranodal extension) goes with stages I and II only in Lugano "
                       "2014.");
    if (bulky && !limited)
        return QCoreApplication::translate("Staging",
                                           "\"bulky\" goes with stages I and II only in Lugano 2014.");
    return {};
}

} // namespace detail

QString rissStage(double beta2MicroglobulinMgPerL, double albuminGPerL, bool highRiskCytogenetics,
                  bool highLdh) {
    // ISS (Greipp 2005): I with beta-2 microglobulin below 3.5 mg/L and albumin at least 35 g/L, III with
    // beta-2 microglobulin at least 5.5 mg/L, II otherwise.
    const int iss = beta2MicroglobulinMgPerL >= 5.5                          ? 3
                    : beta2MicroglobulinMgPerL < 3.5 && albuminGPerL >= 35.0 ? 1
                                                                             : 2;
    if (iss == 1 && !highRiskCytogenetics && !highLdh)
        return QStringLiteral("I");
    if (iss == 3 && (highRiskCytogenetics || highLdh))
        return QStringLiteral("III");
    return QStringLiteral("II");
}

} // namespace concerto::staging
