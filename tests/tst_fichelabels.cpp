// The printed fiche's national codes read back with pdftotext: with the value sets imported from the
// reference folder, the committee's appareil and organs print as "label (code)" and the tumours' codes
// with their labels; without them, or for a code the set does not hold, the code prints alone. A code
// is looked up in its own set only (a code of JDV_RCP_Organe is not an appareil).
#include "models/store/nomenclaturerepository.h"
#include "reports/fichehtml.h"
#include "reports/fichepdf.h"
#include "tests/support/fichepdffixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using reports::FicheContext;

class TestFicheLabels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Database> database() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("l%1.db").arg(++m_databases)), &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        return db;
    }
    static bool import(Database &db, const QStringList &files) {
        nomenclature::NomenclatureRepository sets(db);
        for (const QString &file : files) {
            const nomenclature::ImportResult result =
                sets.importFile(QDir(test::referenceDir()).filePath(file));
            if (!result.ok) {
                qWarning("%s", qPrintable(result.error));
                return false;
            }
        }
        return true;
    }
    // The committee of a digestive RCP with national codes; "XX999" is in no set.
    static void digestiveCommittee(FicheContext &c) {
        c.rcp.appareil = QStringLiteral("86762007");
        c.rcp.organs = {QStringLiteral("MED-251"), QStringLiteral("303270005"), QStringLiteral("XX999")};
    }
    static QString printed(const FicheContext &c, const reports::FicheCodeLabels &labels) {
        return test::simplified(test::pdfTextOf(reports::fichePdf(c, labels)));
    }

private Q_SLOTS:
    void labelsWhenTheSetsAreImported() {
        auto db = database();
        FicheContext c = test::documentContext(*db);
        digestiveCommittee(c);
        QVERIFY(import(*db, {QStringLiteral("JDV_RCP_Appareil.xml"), QStringLiteral("JDV_RCP_Organe.xml"),
                             QStringLiteral("JDVx_Tumeur.xml"), QStringLiteral("JDVx_Morphologie.xml")}));
        const reports::FicheCodeLabels labels = reports::loadCodeLabels(*db, c);
        QCOMPARE(labels.appareil.value(QStringLiteral("86762007")), QStringLiteral("système digestif"));
        QCOMPARE(labels.organs.value(QStringLiteral("MED-251")), QStringLiteral("Colon-Rectum-Anus"));
        QVERIFY(!labels.organs.contains(QStringLiteral("XX999")));
        const QString t = printed(c, labels);
        QVERIFY2(t.contains(QStringLiteral("Appareil système digestif (86762007)")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Organes Colon-Rectum-Anus (MED-251) ; foie et/ou voies biliaires "
                                           "(303270005) ; XX999")),
                 qPrintable(t));
        // The tumour's codes (the cell wraps before ", SAI"), found under the sets' display names
        // (JDV_Tumeur_CISIS…), not their files'.
        const QString raw = test::simplified(test::pdfRawTextOf(reports::fichePdf(c, labels)));
        const QString tumours = raw.mid(raw.indexOf(QStringLiteral("Tumeur(s)")), 300);
        QVERIFY2(raw.contains(QStringLiteral("C18.7 – Tumeur maligne du côlon sigmoïde")),
                 qPrintable(tumours));
        QVERIFY2(raw.contains(QStringLiteral("8140/3 – Adénocarcinome")), qPrintable(tumours));
    }

    void codesAloneWithoutTheSets() {
        auto db = database();
        FicheContext c = test::documentContext(*db);
        digestiveCommittee(c);
        const reports::FicheCodeLabels labels = reports::loadCodeLabels(*db, c);
        QVERIFY(labels.appareil.isEmpty() && labels.organs.isEmpty() && labels.topography.isEmpty());
        const QString t = printed(c, labels);
        QVERIFY2(t.contains(QStringLiteral("Appareil 86762007 ")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Organes MED-251 ; 303270005 ; XX999")), qPrintable(t));
        QVERIFY2(!t.contains(QStringLiteral("système digestif")) && !t.contains(QStringLiteral("()")),
                 qPrintable(t));
    }

    void eachCodeInItsOwnSet() {
        auto db = database();
        FicheContext c = test::documentContext(*db);
        // "peau" is both an appareil and an organ; "MED-251" only an organ.
        c.rcp.appareil = QStringLiteral("39937001");
        c.rcp.organs = {QStringLiteral("39937001")};
        QVERIFY(import(*db, {QStringLiteral("JDV_RCP_Organe.xml")}));
        reports::FicheCodeLabels labels = reports::loadCodeLabels(*db, c);
        QVERIFY(labels.appareil.isEmpty());
        QCOMPARE(labels.organs.value(QStringLiteral("39937001")), QStringLiteral("peau"));
        QString t = printed(c, labels);
        QVERIFY2(t.contains(QStringLiteral("Appareil 39937001 Organes peau (39937001)")), qPrintable(t));

        c.rcp.appareil = QStringLiteral("MED-251");
        QVERIFY(import(*db, {QStringLiteral("JDV_RCP_Appareil.xml")}));
        labels = reports::loadCodeLabels(*db, c);
        QVERIFY(labels.appareil.isEmpty());
        t = printed(c, labels);
        QVERIFY2(t.contains(QStringLiteral("Appareil MED-251 Organes")), qPrintable(t));
    }

    void transversalCommitteeWithoutAppareil() {
        auto db = database();
        FicheContext c = test::documentContext(*db);
        c.rcp.appareil.clear();
        c.rcp.organs.clear();
        QVERIFY(import(*db, {QStringLiteral("JDV_RCP_Appareil.xml"), QStringLiteral("JDV_RCP_Organe.xml")}));
        const reports::FicheCodeLabels labels = reports::loadCodeLabels(*db, c);
        QVERIFY(labels.appareil.isEmpty() && labels.organs.isEmpty());
        const QString t = printed(c, labels);
        const QString type = t.mid(t.indexOf(QStringLiteral("Type de RCP et motif")), 200);
        QVERIFY2(type.contains(QStringLiteral("Nature de la RCP RCP Appareil – Organes RCP de recours")),
                 qPrintable(type));
    }
};

QTEST_MAIN(TestFicheLabels)
#include "tst_fichelabels.moc"
