// DejaVu Sans without its TrueType instructions, rebuilt in memory from the installed font files.
#include "reports/documentfont.h"

#include <QFile>
#include <QFontDatabase>
#include <QMap>
#include <QtEndian>

namespace concerto::reports {

namespace {

constexpr quint16 kArgsAreWords = 0x0001;
constexpr quint16 kHaveScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kXyScale = 0x0040;
constexpr quint16 kTwoByTwo = 0x0080;
constexpr quint16 kHaveInstructions = 0x0100;

quint16 u16(const QByteArray &b, qsizetype at) {
    return qFromBigEndian<quint16>(b.constData() + at);
}
quint32 u32(const QByteArray &b, qsizetype at) {
    return qFromBigEndian<quint32>(b.constData() + at);
}
void put16(QByteArray &b, quint16 v) {
    char c[2];
    qToBigEndian(v, c);
    b.append(c, 2);
}
void put32(QByteArray &b, quint32 v) {
    char c[4];
    qToBigEndian(v, c);
    b.append(c, 4);
}
void set16(QByteArray &b, qsizetype at, quint16 v) {
    qToBigEndian(v, b.data() + at);
}

quint32 tag(const char *t) {
    return quint32(uchar(t[0])) << 24 | quint32(uchar(t[1])) << 16 | quint32(uchar(t[2])) << 8 | uchar(t[3]);
}

quint32 checksum(const QByteArray &table) {
    QByteArray padded = table;
    while (padded.size() % 4)
        padded.append('\0');
    quint32 sum = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += u32(padded, i);
    return sum;
}

// One glyph's outline without its instructions; empty input (an empty glyph) stays empty. False when the
// glyph is malformed.
bool stripGlyph(const QByteArray &glyph, QByteArray &out) {
    out.clear();
    if (glyph.isEmpty())
        return true;
    if (glyph.size() < 10)
        return false;
    const qint16 contours = qint16(u16(glyph, 0));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (glyph.size() < lengthAt + 2)
            return false;
        const qsizetype rest = lengthAt + 2 + u16(glyph, lengthAt);
        if (rest > glyph.size())
            return false;
        out = glyph.left(lengthAt);
        put16(out, 0);
        out.append(glyph.mid(rest));
        return true;
    }
    out = glyph;
    qsizetype at = 10;
    for (;;) {
        if (at + 4 > out.size())
            return false;
        const quint16 flags = u16(out, at);
        set16(out, at, flags & ~kHaveInstructions);
        at += 4 + ((flags & kArgsAreWords) ? 4 : 2);
        if (flags & kHaveScale)
            at += 2;
        else if (flags & kXyScale)
            at += 4;
        else if (flags & kTwoByTwo)
            at += 8;
        if (!(flags & kMoreComponents))
            break;
    }
    if (at > out.size())
        return false;
    out.truncate(at); // the instructions of the composite, if any, followed
    return true;
}

// glyf and loca (long offsets) without instructions.
bool stripGlyphs(const QByteArray &glyf, const QByteArray &loca, int glyphs, bool longOffsets,
                 QByteArray &newGlyf, QByteArray &newLoca) {
    newGlyf.clear();
    newLoca.clear();
    QByteArray stripped;
    for (int g = 0; g < glyphs; ++g) {
        const qsizetype start = longOffsets ? u32(loca, 4 * g) : 2 * qsizetype(u16(loca, 2 * g));
        const qsizetype end = longOffsets ? u32(loca, 4 * (g + 1)) : 2 * qsizetype(u16(loca, 2 * (g + 1)));
        if (end < start || end > glyf.size())
            return false;
        put32(newLoca, quint32(newGlyf.size()));
        if (!stripGlyph(glyf.mid(start, end - start), stripped))
            return false;
        newGlyf.append(stripped);
        while (newGlyf.size() % 4)
            newGlyf.append('\0');
    }
    put32(newLoca, quint32(newGlyf.size()));
    return true;
}

// The name table with `family` as the family (name 1) and without the names that would tie the font to
// the installed one (full, typographic and WWS family names).
QByteArray renamed(const QByteArray &name, const QString &family) {
    if (name.size() < 6)
        return {};
    const int count = u16(name, 2);
    const qsizetype strings = u16(name, 4);
    if (name.size() < 6 + 12 * qsizetype(count))
        return {};
    struct Record {
        quint16 platform, encoding, language, id;
        QByteArray text;
    };
    std::vector<Record> records;
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 6 + 12 * qsizetype(i);
        const quint16 id = u16(name, r + 6);
        if (id == 1 || id == 4 || id == 16 || id == 17 || id == 18 || id == 21 || id == 22)
            continue;
        const qsizetype at = strings + u16(name, r + 10);
        const qsizetype length = u16(name, r + 8);
        if (at + length > name.size())
            return {};
        records.push_back({u16(name, r), u16(name, r + 2), u16(name, r + 4), id, name.mid(at, length)});
    }
    QByteArray utf16;
    for (const QChar ch : family)
        put16(utf16, ch.unicode());
    records.push_back({3, 1, 0x409, 1, utf16});
    records.push_back({1, 0, 0, 1, family.toLatin1()});
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return std::tie(a.platform, a.encoding, a.language, a.id) <
               std::tie(b.platform, b.encoding, b.language, b.id);
    });
    QByteArray out;
    put16(out, 0);
    put16(out, quint16(records.size()));
    put16(out, quint16(6 + 12 * records.size()));
    QByteArray texts;
    for (const Record &r : records) {
        put16(out, r.platform);
        put16(out, r.encoding);
        put16(out, r.language);
        put16(out, r.id);
        put16(out, quint16(r.text.size()));
        put16(out, quint16(texts.size()));
        texts.append(r.text);
    }
    return out + texts;
}

// The last character of the cmap built below: Latin, Greek, Cyrillic, punctuation, currency, arrows,
// mathematical operators, shapes and dingbats. A character after it prints in the installed font (Qt falls
// back to it), only more slowly.
constexpr quint32 kLastCharacter = 0x27BF;

// The glyph of `c` in the format 4 subtable starting at `at` in `cmap`, 0 for none.
quint16 format4Glyph(const QByteArray &cmap, qsizetype at, quint32 c) {
    const int segments = u16(cmap, at + 6) / 2;
    const qsizetype ends = at + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    for (int i = 0; i < segments; ++i) {
        if (c > u16(cmap, ends + 2 * i))
            continue;
        const quint32 start = u16(cmap, starts + 2 * i);
        if (c < start)
            return 0;
        const quint16 delta = u16(cmap, deltas + 2 * i);
        const quint16 rangeOffset = u16(cmap, rangeOffsets + 2 * i);
        if (rangeOffset == 0)
            return quint16(c + delta);
        const qsizetype glyphAt = rangeOffsets + 2 * i + rangeOffset + 2 * (c - start);
        if (glyphAt + 2 > cmap.size())
            return 0;
        const quint16 glyph = u16(cmap, glyphAt);
        return glyph == 0 ? 0 : quint16(glyph + delta);
    }
    return 0;
}

// A cmap with one Windows Unicode subtable in format 6 (a plain array) for the characters 0 to
// kLastCharacter, read from the font's Windows Unicode BMP subtable (format 4). Qt's PDF engine looks up
// every character of the BMP in each embedded font; FreeType answers from a plain array at once, where the
// original font's hundreds of segments (and its preferred format 12 subtable) cost a search each time.
QByteArray trimmedCmap(const QByteArray &cmap) {
    if (cmap.size() < 4)
        return {};
    qsizetype subtable = -1;
    for (int i = 0; i < u16(cmap, 2); ++i) {
        const qsizetype r = 4 + 8 * qsizetype(i);
        if (r + 8 > cmap.size())
            return {};
        const qsizetype at = u32(cmap, r + 4);
        if (u16(cmap, r) == 3 && u16(cmap, r + 2) == 1 && at + 14 <= cmap.size() && u16(cmap, at) == 4 &&
            at + u16(cmap, at + 2) <= cmap.size())
            subtable = at;
    }
    if (subtable < 0)
        return {};
    const qsizetype segmentsEnd = subtable + 16 + 8 * qsizetype(u16(cmap, subtable + 6) / 2);
    if (segmentsEnd > cmap.size())
        return {};
    QByteArray out;
    put16(out, 0); // version
    put16(out, 1); // one subtable
    put16(out, 3); // Windows
    put16(out, 1); // Unicode BMP
    put32(out, 12);
    put16(out, 6); // format
    put16(out, quint16(10 + 2 * (kLastCharacter + 1)));
    put16(out, 0); // language
    put16(out, 0); // first character
    put16(out, quint16(kLastCharacter + 1));
    for (quint32 c = 0; c <= kLastCharacter; ++c)
        put16(out, format4Glyph(cmap, subtable, c));
    return out;
}

} // namespace

QByteArray unhintedFont(const QByteArray &ttf, const QString &family) {
    if (ttf.size() < 12 || u32(ttf, 0) != 0x00010000)
        return {};
    const int count = u16(ttf, 4);
    if (ttf.size() < 12 + 16 * qsizetype(count))
        return {};
    QMap<quint32, QByteArray> tables; // by tag: the directory is sorted by tag
    for (int i = 0; i < count; ++i) {
        const qsizetype r = 12 + 16 * qsizetype(i);
        const quint32 offset = u32(ttf, r + 8);
        const quint32 length = u32(ttf, r + 12);
        if (qsizetype(offset) + qsizetype(length) > ttf.size())
            return {};
        tables.insert(u32(ttf, r), ttf.mid(offset, length));
    }
    for (const char *hinting : {"fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"})
        tables.remove(tag(hinting));
    QByteArray &head = tables[tag("head")];
    const QByteArray &maxp = tables[tag("maxp")];
    if (head.size() < 54 || maxp.size() < 6 || !tables.contains(tag("glyf")) || !tables.contains(tag("loca")))
        return {};
    const bool longOffsets = u16(head, 50) == 1;
    const int glyphs = u16(maxp, 4);
    const QByteArray &loca = tables[tag("loca")];
    if (loca.size() < (glyphs + 1) * (longOffsets ? 4 : 2))
        return {};
    QByteArray glyf, newLoca;
    if (!stripGlyphs(tables[tag("glyf")], loca, glyphs, longOffsets, glyf, newLoca))
        return {};
    tables[tag("glyf")] = glyf;
    tables[tag("loca")] = newLoca;
    set16(head, 50, 1);                      // long loca offsets
    head.replace(8, 4, QByteArray(4, '\0')); // checkSumAdjustment, unused by FreeType
    const QByteArray name = renamed(tables.value(tag("name")), family);
    if (name.isEmpty())
        return {};
    tables[tag("name")] = name;
    const QByteArray cmap = trimmedCmap(tables.value(tag("cmap")));
    if (cmap.isEmpty())
        return {};
    tables[tag("cmap")] = cmap;

    QByteArray out;
    const auto n = quint16(tables.size());
    quint16 power = 1, log = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log;
    }
    put32(out, 0x00010000);
    put16(out, n);
    put16(out, quint16(power * 16));
    put16(out, log);
    put16(out, quint16(n * 16 - power * 16));
    quint32 offset = 12 + 16 * quint32(n);
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        put32(out, it.key());
        put32(out, checksum(it.value()));
        put32(out, offset);
        put32(out, quint32(it.value().size()));
        offset += quint32((it.value().size() + 3) & ~qsizetype(3));
    }
    for (const QByteArray &table : tables) {
        out.append(table);
        while (out.size() % 4)
            out.append('\0');
    }
    return out;
}

QString unhintedDocumentFamily() {
    static const QString family = [] {
        const QString installed = QStringLiteral("DejaVu Sans");
        const QString unhinted = QStringLiteral("DejaVu Sans Concerto");
        int registered = 0;
        for (const char *face :
             {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}) {
            QFile file(QStringLiteral("/usr/share/fonts/truetype/dejavu/%1.ttf").arg(QLatin1String(face)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray font = unhintedFont(file.readAll(), unhinted);
            if (!font.isEmpty() && QFontDatabase::addApplicationFontFromData(font) >= 0)
                ++registered;
        }
        return registered > 0 ? unhinted : installed;
    }();
    return family;
}

} // namespace concerto::reports
