// ICD-10 topography and ICD-O-3 morphology checks, with the corrected form suggested when the code is
// only badly written (lower case, no dot, no slash).
#include "models/validation/icdcodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace concerto::validation {

namespace {
const QRegularExpression &topographyForm() {
    static const QRegularExpression re(QStringLiteral(R"(^([A-Z])(\d{2})(?:\.\d{1,2})?(?:\+\d)?$)"));
    return re;
}

bool inFicheRange(QChar letter, int number) {
    if (letter == QLatin1Char('C'))
        return true;
    if (letter == QLatin1Char('D'))
        return number <= 48;
    return letter == QLatin1Char('B') && number == 21;
}
} // namespace

Check checkTopography(const QString &input) {
    const QString code = input.trimmed();
    if (code.isEmpty())
        return Check::pass();
    const QRegularExpressionMatch m = topographyForm().match(code);
    if (!m.hasMatch()) {
        // Badly written rather than wrong: lower case, or the dot left out ("c509").
        static const QRegularExpression loose(QStringLiteral(R"(^([A-Za-z]\d{2})\.?(\d{0,2})$)"));
        const QRegularExpressionMatch l = loose.match(code);
        if (l.hasMatch()) {
            const QString suggested =
                l.captured(1).toUpper() +
                (l.captured(2).isEmpty() ? QString() : QLatin1Char('.') + l.captured(2));
            return Check::fail(QCoreApplication::translate(
                                   "Validation", "Write the ICD-10 code as \"%1\": a capital letter, two "
                                                 "digits, then a dot before the subdivision.")
                                   .arg(suggested));
        }
        return Check::fail(QCoreApplication::translate(
                               "Validation", "\"%1\" is not an ICD-10 code: a letter and two digits, with "
                                             "an optional subdivision after a dot (e.g. C50.9).")
                               .arg(code));
    }
    if (!inFicheRange(m.captured(1).at(0), m.captured(2).toInt()))
        return Check::fail(QCoreApplication::translate(
                               "Validation", "%1 is not a tumour code: the fiche takes ICD-10 codes from C00 "
                                             "to D48.")
                               .arg(code));
    return Check::pass();
}

Check checkMorphology(const QString &input) {
    const QString code = input.trimmed();
    if (code.isEmpty())
        return Check::pass();
    static const QRegularExpression form(QStringLiteral(R"(^(\d{4})/(\d)$)"));
    const QRegularExpressionMatch m = form.match(code);
    if (!m.hasMatch()) {
        static const QRegularExpression noSlash(QStringLiteral(R"(^(\d{4})(\d)$)"));
        const QRegularExpressionMatch n = noSlash.match(code);
        if (n.hasMatch())
            return Check::fail(
                QCoreApplication::translate("Validation", "Put a slash before the behaviour code: \"%1/%2\".")
                    .arg(n.captured(1), n.captured(2)));
        return Check::fail(QCoreApplication::translate(
                               "Validation", "\"%1\" is not an ICD-O-3 morphology: four digits, a slash and "
                                             "the behaviour code (e.g. 8140/3).")
                               .arg(code));
    }
    if (m.captured(1).toInt() < 8000)
        return Check::fail(QCoreApplication::translate(
                               "Validation", "ICD-O-3 morphology codes run from 8000 to 9999, not %1.")
                               .arg(m.captured(1)));
    const int behaviour = m.captured(2).toInt();
    if (behaviour == 4 || behaviour == 5 || behaviour == 7 || behaviour == 8)
        return Check::fail(QCoreApplication::translate(
                               "Validation", "The behaviour code after the slash is 0 (benign), 1 "
                                             "(uncertain), 2 (in situ), 3 (malignant), 6 (metastatic) or 9 "
                                             "(uncertain whether primary or metastatic), not %1.")
                               .arg(behaviour));
    return Check::pass();
}

} // namespace concerto::validation
