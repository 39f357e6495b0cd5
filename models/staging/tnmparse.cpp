// Reading a TNM as people write it ("cT4a cN2b cM0", "pT2N1M0", "t2n0m0", "ypT0 ypN0 cM0 (UICC 8)") into
// the fiche's TnmStaging, and writing it back with each category's prefix.
#include "models/staging/sitetable.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace concerto::staging {

namespace {

const QString kPrefixes = QStringLiteral("yc|yp|rc|rp|c|p|r");

// The body of one category after its letter, lower case, and what may follow it in brackets: the
// whole text must be one body.
const QRegularExpression &bodyRule(QChar letter) {
    static const QRegularExpression t(QStringLiteral(
        R"(^(x|0|is(?:\((?:dcis|lcis|paget)\)|pu|pd)?|a|1mi|[1-4](?:[a-d][1-3]?)?)(\((?:m|\d+)\))?$)"));
    static const QRegularExpression n(
        QStringLiteral(R"(^(x|0|1mi|[1-3][a-c]?)(\((?:i[+-]|mol[+-]|sn)\))?$)"));
    static const QRegularExpression m(QStringLiteral(R"(^(x|0|1[a-d]?)(\((?:i\+|0|1)\))?$)"));
    return letter == QLatin1Char('t') ? t : letter == QLatin1Char('n') ? n : m;
}

struct Piece {
    QString prefix;
    QChar letter; // t, n or m
    QString body;
};
using Reading = std::vector<Piece>;

// Every way to read text from pos to the end as categories. Written without spaces, "ct2cn0" reads
// as T2c N0 or as T2 cN0: both are kept and the caller chooses.
void readFrom(const QString &text, int pos, Reading &sofar, std::vector<Reading> &found) {
    if (found.size() > 16)
        return;
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
    if (pos == text.size()) {
        if (!sofar.empty())
            found.push_back(sofar);
        return;
    }
    static const QRegularExpression head(QStringLiteral(R"(\G(yc|yp|rc|rp|c|p|r)?([tnm]))"));
    const QRegularExpressionMatch h =
        head.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!h.hasMatch())
        return;
    const QChar letter = h.captured(2).at(0);
    const int bodyStart = h.capturedEnd(0);
    for (int end = std::min(int(text.size()), bodyStart + 16); end > bodyStart; --end) {
        const QString body = text.mid(bodyStart, end - bodyStart);
        if (!bodyRule(letter).match(body).hasMatch())
            continue;
        sofar.push_back({h.captured(1), letter, body});
        readFrom(text, end, sofar, found);
        sofar.pop_back();
    }
}

// How far a reading could be read: the first position no reading gets past, for the error message.
int readableUpTo(const QString &text) {
    static const QRegularExpression piece(QStringLiteral(
        R"(\G\s*(?:yc|yp|rc|rp|c|p|r)?(?:t(?:x|0|is(?:\([a-z]+\)|pu|pd)?|a|1mi|[1-4](?:[a-d][1-3]?)?)(?:\((?:m|\d+)\))?|n(?:x|0|1mi|[1-3][a-c]?)(?:\([a-z+-]+\))?|m(?:x|0|1[a-d]?)(?:\([i+01]+\))?))"));
    int pos = 0;
    while (true) {
        const QRegularExpressionMatch m = piece.match(text, pos, QRegularExpression::NormalMatch,
                                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength(0) == 0)
            return pos;
        pos = m.capturedEnd(0);
    }
}

// Of several readings, the one written the usual way: the prefix on every category or only on the
// first (fewest prefixes first), each letter once.
int score(const Reading &reading) {
    bool letters[3] = {false, false, false};
    int prefixed = 0;
    for (size_t i = 0; i < reading.size(); ++i) {
        const int index = reading[i].letter == QLatin1Char('t')   ? 0
                          : reading[i].letter == QLatin1Char('n') ? 1
                                                                  : 2;
        if (letters[index])
            return 1000; // a letter twice
        letters[index] = true;
        if (i > 0 && !reading[i].prefix.isEmpty())
            ++prefixed;
    }
    const int later = int(reading.size()) - 1;
    const bool usual = prefixed == 0 || prefixed == later;
    return (usual ? 0 : 100) + prefixed;
}

// "is(dcis)" -> "is(DCIS)", "1a" -> "1a", "x" -> "X", "1mi" -> "1mi".
QString canonicalBody(const QString &body) {
    QString b = body.toLower();
    if (b == QLatin1String("x"))
        return QStringLiteral("X");
    b.replace(QLatin1String("(dcis)"), QLatin1String("(DCIS)"));
    b.replace(QLatin1String("(lcis)"), QLatin1String("(LCIS)"));
    b.replace(QLatin1String("(paget)"), QLatin1String("(Paget)"));
    return b;
}

} // namespace

namespace detail {

WrittenCategory readCategory(const QString &value) {
    static const QRegularExpression re(QStringLiteral(R"(^(%1)?([TNMtnm])([^(]*)(\(.*\))?$)").arg(kPrefixes));
    WrittenCategory w;
    const QString v = value.trimmed();
    const QRegularExpressionMatch m = re.match(v);
    if (!m.hasMatch()) {
        w.category = v;
        return w;
    }
    w.prefix = m.captured(1);
    w.category = m.captured(2).toUpper() + canonicalBody(m.captured(3));
    w.suffix = m.captured(4);
    return w;
}

Basis basisOf(const QString &prefix) {
    if (prefix == QLatin1String("yp"))
        return Basis::PostTherapy;
    if (prefix == QLatin1String("p") || prefix == QLatin1String("rp"))
        return Basis::Pathological;
    return Basis::Clinical;
}

} // namespace detail

ParsedTnm parseTnm(const QString &text) {
    ParsedTnm result;
    QString rest = text;
    static const QRegularExpression editionRe(QStringLiteral(R"(\(\s*((?:UICC|AJCC|TNM)[^)]*)\))"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch e = editionRe.match(rest); e.hasMatch()) {
        result.tnm.edition = e.captured(1).simplified();
        rest.remove(e.capturedStart(0), e.capturedLength(0));
    }
    // Spaces inside brackets or before them mean nothing: "Tis (DCIS)", "pN0 (i+)".
    static const QRegularExpression bracketSpaces(QStringLiteral(R"(\s+(?=\()|(?<=\()\s+|\s+(?=\)))"));
    static const QRegularExpression separators(QStringLiteral(R"([,;]+)"));
    rest = rest.remove(bracketSpaces).replace(separators, QStringLiteral(" ")).toLower().trimmed();
    if (rest.isEmpty()) {
        result.error = QCoreApplication::translate("Staging", "No TNM given: write it like cT2 N1 M0.");
        return result;
    }
    if (rest.size() > 120) {
        result.error =
            QCoreApplication::translate("Staging", "\"%1…\" is too long for a TNM: write it like cT2 N1 M0.")
                .arg(text.left(40));
        return result;
    }
    std::vector<Reading> readings;
    Reading sofar;
    readFrom(rest, 0, sofar, readings);
    if (readings.empty()) {
        result.error =
            QCoreApplication::translate(
                "Staging", "Cannot read \"%1\" in \"%2\": write the categories like cT2 N1 M0 (T0, Tis, "
                           "T1a…, N0 to N3, M0 or M1…).")
                .arg(rest.mid(readableUpTo(rest)).trimmed(), text.trimmed());
        return result;
    }
    const Reading &best =
        *std::min_element(readings.begin(), readings.end(),
                          [](const Reading &a, const Reading &b) { return score(a) < score(b); });
    if (score(best) >= 1000) {
        result.error = QCoreApplication::translate("Staging", "A category is written twice in \"%1\".")
                           .arg(text.trimmed());
        return result;
    }
    struct Found {
        QString prefix, body;
        bool seen = false;
    } found[3]; // T, N, M
    for (const Piece &piece : best) {
        Found &f = found[piece.letter == QLatin1Char('t') ? 0 : piece.letter == QLatin1Char('n') ? 1 : 2];
        f = {piece.prefix, piece.body, true};
    }
    const QString first = best.front().prefix;
    result.tnm.prefix = first;
    QString *targets[3] = {&result.tnm.t, &result.tnm.n, &result.tnm.m};
    const char letters[3] = {'T', 'N', 'M'};
    for (int i = 0; i < 3; ++i) {
        if (!found[i].seen)
            continue;
        // A prefix like the first one is not repeated, except on pM0: it does not exist, and the checks
        // must see what was written to say so.
        const bool pM0 = i == 2 && found[i].prefix.contains(QLatin1Char('p')) &&
                         found[i].body.startsWith(QLatin1Char('0'));
        const QString own = found[i].prefix == first && !pM0 ? QString() : found[i].prefix;
        *targets[i] = own + QLatin1Char(letters[i]) + canonicalBody(found[i].body);
    }
    return result;
}

QString tnmText(const TnmStaging &tnm) {
    QStringList parts;
    for (const QString *value : {&tnm.t, &tnm.n, &tnm.m}) {
        if (value->trimmed().isEmpty())
            continue;
        const detail::WrittenCategory w = detail::readCategory(*value);
        QString prefix = w.prefix.isEmpty() ? tnm.prefix : w.prefix;
        if (value == &tnm.m && w.category.startsWith(QLatin1String("M0")) &&
            prefix.contains(QLatin1Char('p')))
            prefix = QStringLiteral("c"); // pM0 does not exist
        parts << prefix + w.category + w.suffix;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace concerto::staging
