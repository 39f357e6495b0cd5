// Accent and punctuation folding for names, and the words of a patient search.
#include "models/domain/searchkey.h"

#include <QRegularExpression>

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
    return out.isNull() ? QStringLiteral("") : out; // never null: it fills NOT NULL columns
}

QString searchDate(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("ddMMyyyy")) : QString();
}

QString searchIdentifiers(const QString &ins, const QString &ipp, const QDate &birthDate) {
    QString compactIns;
    for (const QChar c : ins)
        if (!c.isSpace())
            compactIns += c.toUpper();
    QStringList words{searchKey(compactIns), searchKey(ipp), searchDate(birthDate)};
    words.removeAll(QString());
    return words.isEmpty() ? QStringLiteral("") : words.join(QLatin1Char(' ')); // never null, as searchKey()
}

namespace {

// A group of digits that is complete (a separator follows it) or that can only be read one way
// ("4" as a day is 04, "2" as a month is 02), on two digits; otherwise as typed.
QString dayOrMonth(const QString &group, bool complete, QChar lowestAmbiguous) {
    if (group.size() == 1 && (complete || group.at(0) > lowestAmbiguous))
        return QLatin1Char('0') + group;
    return group;
}

// "18/09/1942", "18/09", "18/", "8/9/1942", "1942-09-18" -> the DDMMYYYY word (or its beginning).
QString dateWord(const QString &token) {
    const QStringList groups = token.split(QRegularExpression(QStringLiteral("[/.\\-]")));
    if (groups.size() == 3 && groups.at(0).size() == 4 && !groups.at(1).isEmpty() && !groups.at(2).isEmpty())
        return dayOrMonth(groups.at(2), true, QLatin1Char('9')) +
               dayOrMonth(groups.at(1), true, QLatin1Char('9')) + groups.at(0); // ISO: year, month, day
    if (groups.at(0).size() > 2)
        return groups.join(QString()); // not a date: the digits as typed
    QString word = dayOrMonth(groups.at(0), true, QLatin1Char('9'));
    if (groups.size() > 1)
        word += dayOrMonth(groups.at(1), groups.size() > 2, QLatin1Char('1'));
    if (groups.size() > 2)
        word += groups.at(2);
    return word;
}

} // namespace

QStringList searchWords(const QString &query) {
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    static const QRegularExpression digitGroup(QStringLiteral("^(?=.*[0-9])[0-9]*[ABab]?[0-9]*$"));
    static const QRegularExpression date(QStringLiteral("^[0-9]{1,4}(?:[/.\\-][0-9]{0,4}){1,2}$"));
    const QStringList tokens = query.split(spaces, Qt::SkipEmptyParts);
    // Digits read in groups, as an INS is written: one word.
    bool allDigits = tokens.size() > 1;
    for (const QString &token : tokens)
        allDigits = allDigits && digitGroup.match(token).hasMatch();
    if (allDigits)
        return {tokens.join(QString()).toUpper()};
    QStringList words;
    for (const QString &token : tokens) {
        if (date.match(token).hasMatch())
            words << dateWord(token);
        else
            words << searchKey(token).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    words.removeAll(QString());
    words.removeDuplicates();
    return words;
}

} // namespace concerto
