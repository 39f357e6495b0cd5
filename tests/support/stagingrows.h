// The rows of the staging test tables: a topography, a morphology, a TNM as written, the factors, and
// what the tables must answer. One expectation string says it:
//   "IIIC"                  staged, exactly IIIC (nothing missing)
//   "~IV"                   staged with the broad group IV (something would make it precise)
//   "missing:PSA"           no group; the text names what is missing
//   "refused:N2b does not"  refused; a reason holds the text
//   "nogroup"               the categories exist but the table gives no group
//   "notable"               no table for this tumour
#pragma once

#include "models/staging/staging.h"

#include <QTest>

namespace concerto::test {

inline void stageColumns() {
    QTest::addColumn<QString>("topography");
    QTest::addColumn<QString>("morphology");
    QTest::addColumn<QString>("tnm");
    QTest::addColumn<QString>("factors"); // "psa=6 gg=1 grade=G2 location=lower", any of them
    QTest::addColumn<QString>("expected");
}

inline void stageRow(const char *topography, const char *tnm, const char *expected, const char *factors = "",
                     const char *morphology = "") {
    QTest::addRow("%s %s %s %s -> %s", topography, morphology, tnm, factors, expected)
        << QString::fromLatin1(topography) << QString::fromLatin1(morphology) << QString::fromUtf8(tnm)
        << QString::fromLatin1(factors) << QString::fromUtf8(expected);
}

inline staging::StageFactors readFactors(const QString &text) {
    staging::StageFactors f;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("psa"))
            f.psa = value.toDouble();
        else if (key == QLatin1String("gg"))
            f.gradeGroup = value.toInt();
        else if (key == QLatin1String("grade"))
            f.grade = value;
        else if (key == QLatin1String("location"))
            f.location = value;
    }
    return f;
}

// Checks the current row; call from the test function of a stageColumns() table.
inline void verifyStageRow() {
    QFETCH(QString, topography);
    QFETCH(QString, morphology);
    QFETCH(QString, tnm);
    QFETCH(QString, factors);
    QFETCH(QString, expected);
    const staging::ParsedTnm parsed = staging::parseTnm(tnm);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const staging::StageResult r = staging::stageOf(topography, morphology, parsed.tnm, readFactors(factors));
    const QString said =
        QStringLiteral("outcome %1, stage \"%2\", missing [%3], possible [%4], reasons [%5]")
            .arg(int(r.outcome))
            .arg(r.stage, r.missing.join(QStringLiteral("; ")), r.possible.join(QStringLiteral(", ")),
                 r.reasons.join(QStringLiteral("; ")));
    const QString kind = expected.section(QLatin1Char(':'), 0, 0);
    const QString text = expected.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("missing")) {
        QVERIFY2(r.outcome == staging::StageOutcome::Missing, qPrintable(said));
        QVERIFY2(r.stage.isEmpty(), qPrintable(said));
        QVERIFY2(r.missing.join(QStringLiteral("; ")).contains(text), qPrintable(said));
    } else if (kind == QLatin1String("refused")) {
        QVERIFY2(r.outcome == staging::StageOutcome::Refused, qPrintable(said));
        QVERIFY2(r.reasons.join(QStringLiteral("; ")).contains(text), qPrintable(said));
    } else if (kind == QLatin1String("nogroup")) {
        QVERIFY2(r.outcome == staging::StageOutcome::NoGroup, qPrintable(said));
        QVERIFY2(!r.reasons.isEmpty(), qPrintable(said));
    } else if (kind == QLatin1String("notable")) {
        QVERIFY2(r.outcome == staging::StageOutcome::NoTable, qPrintable(said));
    } else if (expected.startsWith(QLatin1Char('~'))) {
        QVERIFY2(r.outcome == staging::StageOutcome::Staged, qPrintable(said));
        QCOMPARE(r.stage, expected.mid(1));
        QVERIFY2(!r.missing.isEmpty() && r.possible.size() > 1, qPrintable(said));
    } else {
        QVERIFY2(r.outcome == staging::StageOutcome::Staged, qPrintable(said));
        QCOMPARE(r.stage, expected);
        QVERIFY2(r.missing.isEmpty() && r.possible.isEmpty(), qPrintable(said));
    }
}

} // namespace concerto::test
