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
