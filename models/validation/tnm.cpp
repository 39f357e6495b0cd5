// TNM checks: regular expressions for each category, and a reason a secretary can act on when one
// does not match.
#include "models/validation/tnm.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::validation {

namespace {
const QString kPrefix = QStringLiteral("(?:yc|yp|rc|rp|c|p|r)");

const QRegularExpression &prefixed() {
    static const QRegularExpression re(QStringLiteral("^(%1?)([A-Za-z])(.*)$").arg(kPrefix));
    return re;
}

const QRegularExpression &tRule() {
    static const QRegularExpression re(QStringLiteral(
        R"(^T(?:[Xx]|0|is(?:\([A-Za-z ]+\)|pu|pd)?|a|1mi|[1-4](?:[a-d][1-3]?)?)(?:\((?:m|\d+)\))?$)"));
    return re;
}

const QRegularExpression &nRule() {
    static const QRegularExpression re(
        QStringLiteral(R"(^N(?:[Xx]|0|1mi|[1-3][a-c]?)(?:\((?:i[+-]|mol[+-]|sn)\))?$)"));
    return re;
}

const QRegularExpression &mRule() {
    static const QRegularExpression re(QStringLiteral(R"(^M(?:0(?:\(i\+\))?|1[a-d]?(?:\([01]\))?)$)"));
    return re;
}

QChar letterOf(TnmCategory category) {
    switch (category) {
    case TnmCategory::T:
        return QLatin1Char('T');
    case TnmCategory::N:
        return QLatin1Char('N');
    case TnmCategory::M:
        return QLatin1Char('M');
    }
    return {};
}

QString expectedForm(TnmCategory category, const QString &value) {
    switch (category) {
    case TnmCategory::T:
        return QCoreApplication::translate("Validation",
                                           "\"%1\" is not a T category: write T0, Tis, Ta, T1 to T4 with "
                                           "their subcategories (T1a, T1mi, T2b, T4d…) or TX.")
            .arg(value);
    case TnmCategory::N:
        return QCoreApplication::translate("Validation",
                                           "\"%1\" is not an N category: write N0, N1 to N3 with their "
                                           "subcategories (N1a, N1mi, N2b…) or NX.")
            .arg(value);
    case TnmCategory::M:
        return QCoreApplication::translate("Validation",
                                           "\"%1\" is not an M category: write M0, M1 or M1a to M1d.")
            .arg(value);
    }
    return {};
}
} // namespace

int tnmEditionNumber(const QString &edition) {
    // The edition is the first number of one or two digits ("UICC 7 (2009)" is 7, "AJCC 8th" is 8);
    // a year is not an edition.
    static const QRegularExpression number(QStringLiteral("(?<!\\d)(\\d{1,2})(?!\\d)"));
    const QRegularExpressionMatch m = number.match(edition);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

Check checkTnmPrefix(const QString &prefix) {
    static const QRegularExpression re(QStringLiteral("^%1?$").arg(kPrefix));
    if (re.match(prefix).hasMatch())
        return Check::pass();
    return Check::fail(QCoreApplication::translate(
                           "Validation", "\"%1\" is not a TNM prefix: use c, p, yc, yp, r, rc or rp.")
                           .arg(prefix));
}

Check checkTnmComponent(TnmCategory category, const QString &value, int edition) {
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Check::pass();
    const QRegularExpressionMatch parts = prefixed().match(v);
    if (!parts.hasMatch())
        return Check::fail(expectedForm(category, v));
    const QString prefix = parts.captured(1);
    const QString bare = parts.captured(2) + parts.captured(3);
    const QChar letter = parts.captured(2).at(0);
    const QChar expected = letterOf(category);
    if (letter != expected) {
        if (letter.toUpper() == expected)
            return Check::fail(
                QCoreApplication::translate("Validation", "Write the category with a capital %1: \"%2\".")
                    .arg(expected)
                    .arg(prefix + expected + parts.captured(3)));
        return Check::fail(expectedForm(category, v));
    }
    if (category == TnmCategory::M) {
        const bool unknown = bare.compare(QLatin1String("MX"), Qt::CaseInsensitive) == 0;
        if (unknown && edition >= 8)
            return Check::fail(QCoreApplication::translate(
                "Validation", "MX no longer exists in UICC 8: write cM0 when no metastasis was found, M1 "
                              "when there is one, or leave M empty."));
        if (unknown)
            return Check::pass();
        if (prefix == QLatin1String("p") && bare.startsWith(QLatin1String("M0")))
            return Check::fail(QCoreApplication::translate(
                "Validation", "pM0 does not exist in the TNM classification: write cM0."));
        return mRule().match(bare).hasMatch() ? Check::pass() : Check::fail(expectedForm(category, v));
    }
    const QRegularExpression &rule = category == TnmCategory::T ? tRule() : nRule();
    return rule.match(bare).hasMatch() ? Check::pass() : Check::fail(expectedForm(category, v));
}

Check checkTnmStage(const QString &stage) {
    // 0, 0a, 0is; I to IV with the letters and digits the UICC 8 and FIGO groups use (IA1–IA3, IB1–IB3,
    // IC1–IC3 for the ovary, IIA1–IIA2, IIIA1–IIIA2 for the ovary, IIIC1–IIIC2, IVA–IVC). Nothing else:
    // "0A", "IID", "IIB1", "IVD" are not stage groups.
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:0|0a|0is|I|I[AB][1-3]?|IC[1-3]?|II|IIA[12]?|II[BC]|III|IIIA[12]?|IIIB|IIIC[12]?|IV|IV[A-C])$)"));
    if (stage.trimmed().isEmpty() || re.match(stage.trimmed()).hasMatch())
        return Check::pass();
    return Check::fail(QCoreApplication::translate(
                           "Validation", "\"%1\" is not a stage: write 0, 0is, or I to IV with its letter "
                                         "and number (IA1, IIB, IIIC, IVB…).")
                           .arg(stage));
}

Check checkTnmStaging(const TnmStaging &tnm) {
    Check result;
    const int edition = tnmEditionNumber(tnm.edition);
    result.add(checkTnmPrefix(tnm.prefix));
    result.add(checkTnmComponent(TnmCategory::T, tnm.t, edition < 0 ? 8 : edition));
    result.add(checkTnmComponent(TnmCategory::N, tnm.n, edition < 0 ? 8 : edition));
    result.add(checkTnmComponent(TnmCategory::M, tnm.m, edition < 0 ? 8 : edition));
    result.add(checkTnmStage(tnm.stage));
    const bool anyGiven = !tnm.isEmpty();
    if (anyGiven && tnm.edition.trimmed().isEmpty())
        result.add(QCoreApplication::translate(
            "Validation", "Give the TNM edition (e.g. UICC 8): T, N and M mean nothing without it."));
    else if (!tnm.edition.trimmed().isEmpty() && edition < 0)
        result.add(QCoreApplication::translate(
                       "Validation", "Say which TNM edition \"%1\" is, with its number (e.g. UICC 8).")
                       .arg(tnm.edition));
    return result;
}

} // namespace concerto::validation
