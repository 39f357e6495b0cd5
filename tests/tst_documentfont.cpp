// The unhinted copy of DejaVu Sans the documents print with: the same outlines, advances and glyphs for
// the characters it keeps as the installed font, no hinting table and no instructions left in its
// glyphs, its own family name, nothing (rather than a broken font) from input it does not understand;
// and a fiche with characters after those it keeps still prints them (Qt falls back to the installed
// font), readable by pdftotext.
#include "reports/documentfont.h"
#include "reports/fichepdf.h"
#include "tests/support/fichepdffixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPainterPath>
#include <QRawFont>
#include <QtEndian>
#include <QtTest>

using namespace concerto;

namespace {

const QString kDejaVu = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

QByteArray installed() {
    QFile f(kDejaVu);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The length of the instructions of glyph `glyph` (a simple glyph), read from the font's glyf and loca.
int instructionLength(const QRawFont &font, quint32 glyph) {
    const QByteArray head = font.fontTable("head");
    const QByteArray loca = font.fontTable("loca");
    const QByteArray glyf = font.fontTable("glyf");
    const bool longOffsets = qFromBigEndian<quint16>(head.constData() + 50) == 1;
    const qsizetype at = longOffsets ? qFromBigEndian<quint32>(loca.constData() + 4 * glyph)
                                     : 2 * qsizetype(qFromBigEndian<quint16>(loca.constData() + 2 * glyph));
    const qint16 contours = qFromBigEndian<qint16>(glyf.constData() + at);
    Q_ASSERT(contours > 0);
    return qFromBigEndian<quint16>(glyf.constData() + at + 10 + 2 * contours);
}

} // namespace

class TestDocumentFont : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameOutlinesWithoutHinting() {
        const QByteArray original = installed();
        if (original.isEmpty())
            QSKIP("DejaVu Sans is not installed (fonts-dejavu-core)");
        const QByteArray unhinted = reports::unhintedFont(original, QStringLiteral("Test Sans"));
        QVERIFY(!unhinted.isEmpty());
        QVERIFY(unhinted.size() < original.size());
        const QRawFont before(original, 2048, QFont::PreferNoHinting);
        const QRawFont after(unhinted, 2048, QFont::PreferNoHinting);
        QVERIFY(before.isValid() && after.isValid());
        QCOMPARE(after.familyName(), QStringLiteral("Test Sans"));
        QCOMPARE(after.styleName(), before.styleName());
        const QString text = QStringLiteral("Aéfiç«Œ€–ß°≥µ");
        const QList<quint32> glyphs = before.glyphIndexesForString(text);
        QCOMPARE(after.glyphIndexesForString(text), glyphs);
        QCOMPARE(after.advancesForGlyphIndexes(glyphs), before.advancesForGlyphIndexes(glyphs));
        for (const quint32 g : glyphs) {
            QVERIFY(!after.pathForGlyph(g).isEmpty());
            QCOMPARE(after.pathForGlyph(g), before.pathForGlyph(g));
        }
        for (const char *table : {"fpgm", "prep", "cvt "}) {
            QVERIFY2(!before.fontTable(table).isEmpty(), table);
            QVERIFY2(after.fontTable(table).isEmpty(), table);
        }
        const quint32 a = before.glyphIndexesForString(QStringLiteral("A")).first();
        QVERIFY(instructionLength(before, a) > 0);
        QCOMPARE(instructionLength(after, a), 0);
    }

    void charactersAfterTheTrimmedMapStillPrint() {
        const QByteArray original = installed();
        if (original.isEmpty())
            QSKIP("DejaVu Sans is not installed (fonts-dejavu-core)");
        const QRawFont after(reports::unhintedFont(original, QStringLiteral("Test Sans")), 12);
        const QString beyond = QStringLiteral("ⱥꜲ"); // Latin Extended-C and -D, in DejaVu Sans
        QVERIFY(QRawFont(original, 12).supportsCharacter(beyond.at(0)));
        QVERIFY(!after.supportsCharacter(beyond.at(0)));
        QVERIFY(after.supportsCharacter(QChar(0x2713))); // ✓, the last block kept

        QTemporaryDir dir;
        QString error;
        auto db = Database::create(dir.filePath(QStringLiteral("f.db")), &error);
        QVERIFY2(db, qPrintable(error));
        reports::FicheContext c = test::documentContext(*db, true);
        c.inscription.question = QStringLiteral("Dose ≥ 80 µg ✓ → %1 ? Œdème, « fin ».").arg(beyond);
        const QString t = test::simplified(test::pdfTextOf(reports::fichePdf(c)));
        QVERIFY2(t.contains(c.inscription.question), qPrintable(t));
    }

    void nothingFromWhatIsNotAFont() {
        QVERIFY(reports::unhintedFont({}, QStringLiteral("x")).isEmpty());
        QVERIFY(reports::unhintedFont("%PDF-1.4 not a font", QStringLiteral("x")).isEmpty());
        const QByteArray original = installed();
        if (original.isEmpty())
            QSKIP("DejaVu Sans is not installed (fonts-dejavu-core)");
        QVERIFY(reports::unhintedFont(original.left(4000), QStringLiteral("x")).isEmpty());
        QByteArray damaged = original;
        damaged.truncate(original.size() / 2); // the directory is whole, the tables it points to are not
        QVERIFY(reports::unhintedFont(damaged, QStringLiteral("x")).isEmpty());
    }

    void documentsPrintWithTheUnhintedFamily() {
        if (installed().isEmpty())
            QSKIP("DejaVu Sans is not installed (fonts-dejavu-core)");
        const QString family = reports::unhintedDocumentFamily();
        QCOMPARE(family, QStringLiteral("DejaVu Sans Concerto"));
        QVERIFY(QFontDatabase::families().contains(family));
        QFont bold(family);
        bold.setBold(true);
        QCOMPARE(QFontInfo(bold).family(), family);
        QVERIFY(QFontInfo(bold).bold());
    }
};

QTEST_MAIN(TestDocumentFont)
#include "tst_documentfont.moc"
