// The meaning of a T, N or M category in words, by the UICC's general rules (TNM 8th edition, the
// general definitions that hold for every site; the site tables refine T1–T4 and N1–N3).
#include "models/staging/staging.h"

#include <QRegularExpression>

namespace concerto::staging {

QString categoryMeaning(const QString &category) {
    static const QRegularExpression pattern(QStringLiteral("^(?:y|r|a)?(?:c|p)?([TNM])(.*)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(category.trimmed());
    if (!m.hasMatch())
        return {};
    const QChar kind = m.captured(1).at(0).toUpper();
    const QString rest = m.captured(2);
    const QString lower = rest.toLower();
    const QString digit = rest.isEmpty() ? QString() : rest.left(1);
    const QString named = QStringLiteral(", catégorie ") + QString(kind) + rest;
    if (kind == QLatin1Char('T')) {
        if (lower.startsWith(QLatin1String("x")))
            return QStringLiteral("Tumeur primitive non évaluable");
        if (lower == QLatin1String("0"))
            return QStringLiteral("Pas de signe de tumeur primitive");
        if (lower.startsWith(QLatin1String("is")))
            return QStringLiteral("Carcinome in situ");
        if (lower == QLatin1String("a"))
            return QStringLiteral("Carcinome papillaire non invasif");
        if (lower.startsWith(QLatin1String("1mi")))
            return QStringLiteral("Tumeur micro-invasive") + named;
        if (digit == QLatin1String("1") || digit == QLatin1String("2") || digit == QLatin1String("3"))
            return QStringLiteral("Tumeur primitive de taille ou d'extension locale croissante de T1 à T3") +
                   named;
        if (digit == QLatin1String("4"))
            return QStringLiteral("Tumeur primitive étendue aux structures ou organes voisins") + named;
        return {};
    }
    if (kind == QLatin1Char('N')) {
        if (lower.startsWith(QLatin1String("x")))
            return QStringLiteral("Ganglions lymphatiques régionaux non évaluables");
        if (lower.startsWith(QLatin1String("0")))
            return QStringLiteral("Pas d'atteinte des ganglions lymphatiques régionaux");
        if (digit == QLatin1String("1") || digit == QLatin1String("2") || digit == QLatin1String("3"))
            return QStringLiteral("Atteinte des ganglions lymphatiques régionaux") + named;
        return {};
    }
    if (lower.startsWith(QLatin1String("x")))
        return QStringLiteral("Métastases à distance non évaluables");
    if (lower.startsWith(QLatin1String("0")))
        return QStringLiteral("Pas de métastase à distance");
    if (digit == QLatin1String("1"))
        return rest.size() > 1 ? QStringLiteral("Métastase(s) à distance") + named
                               : QStringLiteral("Métastase(s) à distance");
    return {};
}

} // namespace concerto::staging
