// The CDA export against the national validator (CDA schema + official FRCP schematron, as the national
// test kit runs them): zero errors for a few demo fiches that together cover every kind of fiche a demo
// database holds, the same with several tumours and every optional
// section filled, and the fixture case of the document tests. The files are validated
// together, two at a time (each run starts Java).
#include "models/demo/demogenerator.h"
#include "reports/cda/cdaexport.h"
#include "tests/support/cdasupport.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestCdaValidator : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &xml) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (!test::validatorAvailable(&why))
            QSKIP(qPrintable(QStringLiteral("The FRCP validator cannot run here: ") + why));
    }

    void everyKindOfFichePassesTheValidator() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("demo.db")), &error);
        QVERIFY2(db, qPrintable(error));
        demo::DemoOptions options;
        options.patients = 150;
        options.referenceDate = QDate(2026, 6, 1);
        QVERIFY2(demo::generateDemo(*db, options, nullptr, &error), qPrintable(error));
        const std::vector<test::KindedFiche> chosen = test::demoFichesCoveringKinds(*db);
        QStringList covered;
        for (const test::KindedFiche &k : chosen)
            covered += k.kinds;
        for (const char *kind : {"appareil", "transversal", "amended", "haematological", "non-conform",
                                 "trial", "registered", "quorum-override", "gp-unknown", "no-ins"})
            QVERIFY2(covered.contains(QLatin1String(kind)),
                     qPrintable(QStringLiteral("the demo has no fiche of kind ") + QLatin1String(kind)));
        QStringList files, names;
        for (const test::KindedFiche &k : chosen) {
            const reports::CdaResult r = reports::exportCda(k.context);
            const QString name = k.kinds.join(QLatin1Char('+'));
            QVERIFY2(r.ok(), qPrintable(name + QStringLiteral(": ") + r.missing.join(QLatin1Char(' '))));
            files << write(QStringLiteral("demo-%1.xml").arg(files.size() + 1), r.xml);
            names << name;
        }
        const auto appareil = std::find_if(chosen.begin(), chosen.end(), [](const test::KindedFiche &k) {
            return k.kinds.contains(QStringLiteral("appareil"));
        });
        // The demo has one tumour a case: several tumours, and every other optional part, on a demo fiche.
        const reports::CdaResult every = reports::exportCda(test::withEverySection(appareil->context));
        QVERIFY2(every.ok(), qPrintable(every.missing.join(QLatin1Char(' '))));
        files << write(QStringLiteral("every-section.xml"), every.xml);
        names << QStringLiteral("several tumours and every section");
        // The fixture case of the document tests.
        auto fixtureDb = Database::create(m_dir.filePath(QStringLiteral("fixture.db")), &error);
        QVERIFY2(fixtureDb, qPrintable(error));
        const test::DocumentCase c = test::saveDocumentCase(*fixtureDb);
        const reports::CdaResult fixture =
            reports::exportCda(READ(reports::loadFicheContext(*fixtureDb, c.fiche.meta.id)));
        QVERIFY2(fixture.ok(), qPrintable(fixture.missing.join(QLatin1Char(' '))));
        files << write(QStringLiteral("fixture.xml"), fixture.xml);
        names << QStringLiteral("fixture");
        const std::vector<test::Validation> results = test::validateFiles(files);
        QStringList failures;
        for (int i = 0; i < files.size(); ++i) {
            const test::Validation &v = results[std::size_t(i)];
            if (v.exitCode != 0)
                failures << names.at(i) + QStringLiteral(" (exit %1):\n").arg(v.exitCode) +
                                v.output.left(3000);
            else
                QVERIFY2(v.output.contains(
                             QStringLiteral("CDA schema errors: 0; FRCP schematron failed assertions: 0")),
                         qPrintable(v.output));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    // The validator does find errors (so that its silence means something): a document without its
    // mandatory sections fails.
    void theValidatorRefusesABrokenDocument() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("broken.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const test::DocumentCase c = test::saveDocumentCase(*db);
        QByteArray xml = reports::exportCda(READ(reports::loadFicheContext(*db, c.fiche.meta.id))).xml;
        const int body = xml.indexOf("<structuredBody>");
        const int bodyEnd = xml.indexOf("</structuredBody>");
        QVERIFY(body > 0 && bodyEnd > body);
        xml.replace(body, bodyEnd - body, "<structuredBody>");
        const std::vector<test::Validation> results =
            test::validateFiles({write(QStringLiteral("broken.xml"), xml)});
        QCOMPARE(results.front().exitCode, 1);
        QVERIFY2(results.front().output.contains(QStringLiteral("FR-Statut-du-document")),
                 qPrintable(results.front().output));
    }
};

QTEST_GUILESS_MAIN(TestCdaValidator)
#include "tst_cdavalidator.moc"
