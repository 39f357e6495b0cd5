// Accent and punctuation folding for names.
#include "models/domain/searchkey.h"

namespace concerto {

QString searchKey(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toUpper();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // Ligatures that survive decomposition.
    out.replace(QChar(0x0152), QLatin1String("OE")).replace(QChar(0x00C6), QLatin1String("AE"));
    return out;
}

} // namespace concerto
