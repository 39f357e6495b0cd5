// The CSV export of the indicators: what French Excel needs (UTF-8 with BOM, ';'), one row per figure
// with its key, numbers in a machine form, percentages with their denominator, and a clear error when
// the file cannot be written.
#include "reports/indicatorscsv.h"
#include "tests/support/indicatordata.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

namespace {

// The CSV's rows by key: the fields of each row.
QHash<QString, QStringList> rowsByKey(const QByteArray &csv) {
    QHash<QString, QStringList> rows;
    const QString text = QString::fromUtf8(csv.mid(3));
    for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(';'));
        rows.insert(fields.value(1), fields);
    }
    return rows;
}

} // namespace

class TestIndicatorsCsv : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Indicators m_indicators;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        std::unique_ptr<Database> db = Database::create(m_dir.filePath(QStringLiteral("csv.db")), &error);
        QVERIFY2(db, qPrintable(error));
        test::saveIndicatorData(*db);
        IndicatorFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 6, 30);
        m_indicators = READ(computeIndicators(*db, f));
    }

    void excelReadsIt() {
        const QByteArray csv = indicatorsCsv(m_indicators);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.mid(3).startsWith("section;key;label;value;percentage;denominator\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
        // Every row has the six fields.
        const QString text = QString::fromUtf8(csv.mid(3));
        for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            QCOMPARE(line.count(QLatin1Char(';')), 5);
        // Accents survive as UTF-8.
        QVERIFY(text.contains(QStringLiteral("Système digestif")));
    }

    void figures() {
        const QHash<QString, QStringList> rows = rowsByKey(indicatorsCsv(m_indicators));
        QCOMPARE(rows.value(QStringLiteral("sessions")).mid(3), (QStringList{"4", "", ""}));
        QCOMPARE(rows.value(QStringLiteral("fiches")).mid(3), (QStringList{"6", "", ""}));
        QCOMPARE(rows.value(QStringLiteral("new-patients")).mid(3), (QStringList{"4", "80", "5"}));
        QCOMPARE(rows.value(QStringLiteral("quorum-met")).mid(3), (QStringList{"3", "60", "5"}));
        // A third: one decimal, with a dot.
        QCOMPARE(rows.value(QStringLiteral("trial-proposed")).mid(3), (QStringList{"1", "16.7", "6"}));
        QCOMPARE(rows.value(QStringLiteral("postponed")).mid(3), (QStringList{"1", "12.5", "8"}));
        QCOMPARE(rows.value(QStringLiteral("median-days:registration-meeting")).mid(3),
                 (QStringList{"8", "", ""}));
        QCOMPARE(rows.value(QStringLiteral("median-days:meeting-signature")).mid(3),
                 (QStringList{"3", "", ""}));
        QCOMPARE(rows.value(QStringLiteral("organ:86762007")).mid(3), (QStringList{"3", "50", "6"}));
        QCOMPARE(rows.value(QStringLiteral("topography:C34")).mid(3), (QStringList{"1", "16.7", "6"}));
        QCOMPARE(rows.value(QStringLiteral("age:80+")).mid(3), (QStringList{"1", "16.7", "6"}));
        QCOMPARE(rows.value(QStringLiteral("has-level-2")).mid(3), (QStringList{"3", "50", "6"}));
    }

    // The desktop's export in French: a decimal comma, which French spreadsheets read as a number (the
    // separator stays ';'); never a thousands separator.
    void frenchNumbers() {
        const QByteArray csv = indicatorsCsv(m_indicators, QLocale(QLocale::French, QLocale::France));
        const QHash<QString, QStringList> rows = rowsByKey(csv);
        QCOMPARE(rows.value(QStringLiteral("trial-proposed")).mid(3), (QStringList{"1", "16,7", "6"}));
        QCOMPARE(rows.value(QStringLiteral("postponed")).mid(3), (QStringList{"1", "12,5", "8"}));
        QCOMPARE(rows.value(QStringLiteral("new-patients")).mid(3), (QStringList{"4", "80", "5"}));
        const QString text = QString::fromUtf8(csv.mid(3));
        for (const QString &line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            QCOMPARE(line.count(QLatin1Char(';')), 5);
        QCOMPARE(indicatorsCsv(m_indicators, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 indicatorsCsv(m_indicators));
        // A large count has no thousands separator in any language.
        Indicators many;
        many.sessions = 12345;
        const QHash<QString, QStringList> big =
            rowsByKey(indicatorsCsv(many, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(big.value(QStringLiteral("sessions")).value(3), QStringLiteral("12345"));
    }

    void unmeasuredFigureIsEmpty() {
        Indicators none;
        const QHash<QString, QStringList> rows = rowsByKey(indicatorsCsv(none));
        QCOMPARE(rows.value(QStringLiteral("median-days:meeting-signature")).mid(3),
                 (QStringList{"", "", ""}));
        // A share of nothing has no percentage, but its count and denominator.
        QCOMPARE(rows.value(QStringLiteral("quorum-met")).mid(3), (QStringList{"0", "", "0"}));
    }

    void writeAndRefuse() {
        const QString path = m_dir.filePath(QStringLiteral("indicators.csv"));
        QString error;
        QVERIFY2(writeIndicatorsCsv(m_indicators, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), indicatorsCsv(m_indicators));
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/indicators.csv"));
        QVERIFY(!writeIndicatorsCsv(m_indicators, nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestIndicatorsCsv)
#include "tst_indicatorscsv.moc"
