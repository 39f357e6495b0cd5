// The exported CDA beside the official example (CANCER-FRCP_2022.01_Appareil.xml in the reference
// folder), element by element: the header's IPP under the establishment's OID, the trusted person
// (informant), the registration comment, the primary tumour in a second documentationOf; the motif's
// problem entry, the geriatric score coded, the conformity entry; a display name on every ICD-10,
// ICD-O-3 and TNM code, and labels (not bare codes) in the narrative. Each element is looked up in the
// example and in the export: both must hold it. Then what the export's values must be: pN coded as pN,
// conformity on a conform fiche without a named guideline and on a non-conform one, every narrative
// reference resolved; and the exports pass the national validator.
#include "models/store/nomenclaturerepository.h"
#include "reports/cda/cdaexport.h"
#include "tests/support/cdasupport.h"
#include "tests/support/fichepdffixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using test::xpath;

namespace {

const QString kIppOid = QStringLiteral("1.2.3.4.567.8.9.10"); // the example's establishment OID

QByteArray officialExample() {
    QFile f(QDir(test::referenceDir()).filePath(QStringLiteral("CANCER-FRCP_2022.01_Appareil.xml")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// The elements the official example holds that the export must hold too, as XPath expressions whose
// string value is not empty when the element is there.
struct Element {
    const char *what;
    const char *path;
};
const Element kElements[] = {
    {"IPP under the establishment's OID",
     "/ClinicalDocument/recordTarget/patientRole/id[@root='%1']/@extension"},
    {"trusted person",
     "/ClinicalDocument/informant/relatedEntity[@classCode='NOK']/relatedPerson/name/family"},
    {"trusted person's relationship",
     "/ClinicalDocument/informant/relatedEntity[@classCode='NOK']/code/@displayName"},
    {"registration comment", "/ClinicalDocument/inFulfillmentOf/order/code/originalText"},
    {"the RCP act", "/ClinicalDocument/documentationOf[1]/serviceEvent/code[@code='39']/@displayName"},
    {"primary tumour (ICD-10)",
     "/ClinicalDocument/documentationOf[2]/serviceEvent/code[@codeSystem='2.16.840.1.113883.6.3']/@code"},
    {"primary tumour's label", "/ClinicalDocument/documentationOf[2]/serviceEvent/"
                               "code[@codeSystem='2.16.840.1.113883.6.3']/@displayName"},
    {"motif: nature of the discussion",
     "//section[code/@code='42349-1']/entry/observation[code/@code='GEN-098']/value/@displayName"},
    {"motif: problem entry",
     "//section[code/@code='42349-1']/entry/observation[templateId/@root='1.2.250.1.213.1.1.3.37']"
     "[code/@code='55607006']/text/reference/@value"},
    {"topography's label", "//section[code/@code='72135-7']//targetSiteCode/@displayName"},
    {"morphology's label", "//section[code/@code='72135-7']//observation/"
                           "value[@codeSystem='2.16.840.1.113883.6.43.1']/@displayName"},
    {"laterality", "//section[code/@code='72135-7']//targetSiteCode/qualifier/value/@displayName"},
    {"clinical stage",
     "//observation[code/@code='75620-5']/value/qualifier[name/@code='21909-7']/value/@code"},
    {"TNM edition",
     "//observation[code/@code='75620-5']/value/qualifier[name/@code='21917-0']/value/@displayName"},
    {"clinical T with its meaning", "//observation[code/@code='21905-5']/value/@displayName"},
    {"clinical N with its meaning", "//observation[code/@code='21906-3']/value/@displayName"},
    {"clinical M with its meaning", "//observation[code/@code='21907-1']/value/@displayName"},
    {"WHO status", "//observation[code/@code='MED-239']/value/@displayName"},
    {"geriatric score coded",
     "//section[code/@code='48542-5']//observation[code/@code='48544-1']/value/@value"},
    {"phase", "//observation[code/@code='MED-243']/value/@displayName"},
    {"quorum", "//observation[code/@code='ORG-125']/value/@displayName"},
    {"conformity to the guideline",
     "//section[code/@code='35510-7']/entry/observation[code/@code='MED-249']/code/@displayName"},
    {"trial proposed",
     "//section[code/@code='35510-7']/entry/observation[code/@code='MED-250']/value/@value"},
    {"document status", "//observation[code/@code='GEN-065']/value/@displayName"},
};

QString pathOf(const Element &e) {
    const QString path = QString::fromLatin1(e.path);
    return path.contains(QLatin1String("%1")) ? path.arg(kIppOid) : path;
}

} // namespace

class TestCdaExample : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    reports::FicheContext m_base; // the document case, read back with the labels of its codes

    QString write(const QString &name, const QByteArray &xml) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size())
            return {};
        return f.fileName();
    }
    // The context with every section, the header's optional parts, and the labels of all its codes.
    reports::FicheContext everything() const {
        reports::FicheContext c = test::withEverySection(m_base);
        c.labels = reports::readCodeLabels(*m_db, reports::codesOf(c));
        return c;
    }
    static QByteArray exported(const reports::FicheContext &c) {
        const reports::CdaResult r = reports::exportCda(c);
        [&] { QVERIFY2(r.ok(), qPrintable(r.missing.join(QLatin1Char(' ')))); }();
        return r.xml;
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("example.db")), &error);
        QVERIFY2(m_db, qPrintable(error));
        nomenclature::NomenclatureRepository sets(*m_db);
        for (const char *file : {"JDVx_Tumeur.xml", "JDVx_Morphologie.xml"}) {
            const nomenclature::ImportResult r =
                sets.importFile(QDir(test::referenceDir()).filePath(QLatin1String(file)));
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        const reports::FicheContext saved = test::documentContext(*m_db);
        // Read back as every export reads it: with the labels of the imported sets.
        m_base = READ(reports::loadFicheContext(*m_db, saved.fiche.meta.id));
        QVERIFY(!m_base.labels.topography.isEmpty());
    }

    void theExampleHoldsEveryElementTheTestAsksFor() {
        const QByteArray example = officialExample();
        QVERIFY(!example.isEmpty());
        for (const Element &e : kElements)
            QVERIFY2(!xpath(example, pathOf(e)).isEmpty(),
                     qPrintable(QStringLiteral("not in the official example: ") + QLatin1String(e.what)));
    }

    void theExportHoldsWhatTheExampleHolds() {
        const QByteArray xml = exported(everything());
        QStringList missing;
        for (const Element &e : kElements)
            if (xpath(xml, pathOf(e)).isEmpty())
                missing << QLatin1String(e.what);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing: ") + missing.join(QStringLiteral(", "))));
    }

    void headerValues() {
        const reports::FicheContext c = everything();
        const QByteArray xml = exported(c);
        QCOMPARE(
            xpath(xml, QStringLiteral("/ClinicalDocument/recordTarget/patientRole/id[@root='%1']/@extension")
                           .arg(kIppOid)),
            c.patient.ipp);
        QCOMPARE(
            xpath(xml, QStringLiteral("/ClinicalDocument/informant/relatedEntity/relatedPerson/name/given")),
            QStringLiteral("Sophie"));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/informant/relatedEntity/code/@displayName")),
                 QStringLiteral("Soeur"));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/informant/relatedEntity/telecom/@value")),
                 QStringLiteral("tel:0647150100"));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/inFulfillmentOf/order/code/originalText")),
                 c.inscription.registrationComment);
        // The primary tumour is the case's first, with the imported set's label.
        const Tumour &primary = c.inscription.tumours.front();
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/documentationOf[2]/serviceEvent/code/@code")),
                 primary.topography);
        QCOMPARE(
            xpath(xml, QStringLiteral("/ClinicalDocument/documentationOf[2]/serviceEvent/code/@displayName")),
            c.labels.topography.value(primary.topography));
        // The informant comes where the CDA schema puts it: after the author, before the custodian.
        QCOMPARE(
            xpath(xml, QStringLiteral("local-name(/ClinicalDocument/informant/preceding-sibling::*[1])")),
            QStringLiteral("author"));

        // Without the establishment's OID, Concerto's own id; never an IPP without its authority.
        reports::FicheContext noOid = c;
        noOid.centre.patientIdOid.clear();
        const QByteArray plain = exported(noOid);
        QVERIFY(xpath(plain, QStringLiteral("//patientRole/id[@extension='%1']/@root").arg(c.patient.ipp))
                    .isEmpty());
        QCOMPARE(xpath(plain, QStringLiteral("//patientRole/id[last()]/@root")),
                 c.patient.meta.id.toString(QUuid::WithoutBraces).toUpper());
        QVERIFY(xpath(plain, QStringLiteral("count(/ClinicalDocument/informant)")) == QStringLiteral("1"));
        noOid.patient.trustedPerson = {};
        noOid.inscription.registrationComment.clear();
        const QByteArray bare = exported(noOid);
        QCOMPARE(xpath(bare, QStringLiteral("count(/ClinicalDocument/informant)")), QStringLiteral("0"));
        QCOMPARE(xpath(bare, QStringLiteral("count(//inFulfillmentOf/order/code)")), QStringLiteral("0"));
    }

    void everyCodeHasItsLabel() {
        const reports::FicheContext c = everything();
        const QByteArray xml = exported(c);
        // ICD-10, ICD-O-3 and TNM codes: none without a display name (null values aside).
        for (const char *system :
             {"2.16.840.1.113883.6.3", "2.16.840.1.113883.6.43.1", "2.16.840.1.113883.15.6"})
            QVERIFY2(xpath(xml, QStringLiteral("count(//*[@codeSystem='%1' and @code and not(@displayName)])")
                                    .arg(QLatin1String(system))) == QStringLiteral("0"),
                     system);
        QCOMPARE(xpath(xml, QStringLiteral("//targetSiteCode[@code='C50.4']/@displayName")),
                 c.labels.topography.value(QStringLiteral("C50.4")));
        QCOMPARE(xpath(xml, QStringLiteral("//value[@code='8500/3']/@displayName")),
                 c.labels.morphology.value(QStringLiteral("8500/3")));
        QCOMPARE(
            xpath(xml, QStringLiteral("//observation[code/@code='21906-3']/value[@code='N1']/@displayName")),
            QStringLiteral("Atteinte des ganglions lymphatiques régionaux, catégorie N1"));
        QCOMPARE(
            xpath(xml, QStringLiteral("//observation[code/@code='21907-1']/value[@code='M0']/@displayName")),
            QStringLiteral("Pas de métastase à distance"));
        // The narrative: labels beside the codes, not bare codes.
        QCOMPARE(xpath(xml, QStringLiteral("//content[@ID='tumeur-3-topographie']")),
                 QStringLiteral("C50.4 – ") + c.labels.topography.value(QStringLiteral("C50.4")));
        QCOMPARE(xpath(xml, QStringLiteral("//content[@ID='tumeur-3-morphologie']")),
                 QStringLiteral("8500/3 – ") + c.labels.morphology.value(QStringLiteral("8500/3")));
        QCOMPARE(xpath(xml, QStringLiteral("//content[@ID='tumeur-3-tnmc-M']")),
                 QStringLiteral("M : M0 – Pas de métastase à distance"));
        // Every reference of an entry finds its narrative.
        QCOMPARE(xpath(xml, QStringLiteral("count(//reference[not(substring(@value, 2) = //@ID)])")),
                 QStringLiteral("0"));
    }

    void pathologicalCategoriesCodedAsPathological() {
        reports::FicheContext c = m_base;
        Tumour &t = c.inscription.tumours.front();
        t.clinicalTnm = {
            QStringLiteral("c"), QStringLiteral("Tis"),    QStringLiteral("N0"), QStringLiteral("M0"),
            QString(),           QStringLiteral("UICC 8"), QDate(2025, 10, 1)};
        // "pTis cN0": no node was taken out with an in situ carcinoma.
        t.pathologicalTnm = {QStringLiteral("p"), QStringLiteral("Tis"),    QStringLiteral("cN0"), QString(),
                             QString(),           QStringLiteral("UICC 8"), QDate(2025, 11, 1)};
        const QByteArray xml = exported(c);
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='21899-0']/value/@code")),
                 QStringLiteral("pTis"));
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='21900-6']/value/@code")),
                 QStringLiteral("pNX"));
        QVERIFY(xpath(xml, QStringLiteral("//observation[code/@code='21900-6']/value/@displayName"))
                    .contains(QStringLiteral("cN0")));
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='21905-5']/value/@code")),
                 QStringLiteral("Tis"));
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='21906-3']/value/@code")),
                 QStringLiteral("N0"));
        // Recorded pathologically, the categories keep their prefix.
        t.pathologicalTnm.n = QStringLiteral("N1a");
        const QByteArray staged = exported(c);
        QCOMPARE(xpath(staged, QStringLiteral("//observation[code/@code='21900-6']/value/@code")),
                 QStringLiteral("pN1a"));
        QCOMPARE(xpath(staged, QStringLiteral("//observation[code/@code='21900-6']/value/@displayName")),
                 QStringLiteral("Atteinte des ganglions lymphatiques régionaux, catégorie N1a"));
    }

    void conformityOnEveryFiche() {
        reports::FicheContext conform = m_base;
        conform.fiche.framework = {};
        conform.fiche.framework.conform = true;
        const QByteArray xml = exported(conform);
        const QString med249 =
            QStringLiteral("//section[code/@code='35510-7']/entry/observation[code/@code='MED-249']");
        QCOMPARE(xpath(xml, med249 + QStringLiteral("/@negationInd")), QStringLiteral("false"));
        QCOMPARE(xpath(xml, med249 + QStringLiteral("/value/@nullFlavor")), QStringLiteral("NI"));
        QCOMPARE(xpath(xml, med249 + QStringLiteral("/text/reference/@value")),
                 QStringLiteral("#pratique-clinique"));
        const QByteArray nonConform = exported(everything());
        QCOMPARE(xpath(nonConform, med249 + QStringLiteral("/@negationInd")), QStringLiteral("true"));
        QCOMPARE(xpath(nonConform, med249 + QStringLiteral("/value/originalText/reference/@value")),
                 QStringLiteral("#nom-referentiel"));
    }

    void motifProblemAndGeriatricScore() {
        const reports::FicheContext c = everything();
        const QByteArray xml = exported(c);
        const QString problem =
            QStringLiteral("//section[code/@code='42349-1']/entry/observation[code/@code='55607006']");
        QCOMPARE(xpath(xml, problem + QStringLiteral("/value/originalText/reference/@value")),
                 QStringLiteral("#raison"));
        QCOMPARE(xpath(xml, QStringLiteral("//content[@ID='raison']")), c.inscription.question);
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='48544-1']/value/@value")),
                 QStringLiteral("13"));
        QCOMPARE(xpath(xml, QStringLiteral("//content[@ID='depistage-fragilite']")), QStringLiteral("G8"));
    }

    void theNewFieldsSurviveTheirStorage() {
        Patient p;
        p.trustedPerson = {QStringLiteral("NESSI"), QStringLiteral("Sophie"), QStringLiteral("SIS"),
                           QStringLiteral("0647150100")};
        const Patient back = Patient::fromJson(p.toJson());
        QCOMPARE(back.trustedPerson.familyName, QStringLiteral("NESSI"));
        QCOMPARE(back.trustedPerson.relationship, QStringLiteral("SIS"));
        QCOMPARE(back.trustedPerson.phone, QStringLiteral("0647150100"));
        QVERIFY(!Patient().toJson().contains(QStringLiteral("trustedPerson")));
        Inscription i;
        i.registrationComment = QStringLiteral("CR à venir");
        QCOMPARE(Inscription::fromJson(i.toJson()).registrationComment, QStringLiteral("CR à venir"));
        Organisation o;
        o.patientIdOid = kIppOid;
        QCOMPARE(Organisation::fromJson(o.toJson()).patientIdOid, kIppOid);
    }

    void theExportsPassTheNationalValidator() {
        QString why;
        if (!test::validatorAvailable(&why))
            QSKIP(qPrintable(QStringLiteral("The FRCP validator cannot run here: ") + why));
        reports::FicheContext conform = m_base;
        conform.fiche.framework = {};
        reports::FicheContext inSitu = everything();
        Tumour &t = inSitu.inscription.tumours.back();
        t.pathologicalTnm = {QStringLiteral("p"), QStringLiteral("Tis"),    QStringLiteral("cN0"), QString(),
                             QString(),           QStringLiteral("UICC 8"), QDate(2024, 4, 2)};
        const QStringList files{write(QStringLiteral("everything.xml"), exported(everything())),
                                write(QStringLiteral("conform.xml"), exported(conform)),
                                write(QStringLiteral("in-situ.xml"), exported(inSitu))};
        const std::vector<test::Validation> results = test::validateFiles(files);
        for (int i = 0; i < files.size(); ++i)
            QVERIFY2(
                results[std::size_t(i)].exitCode == 0 &&
                    results[std::size_t(i)].output.contains(
                        QStringLiteral("CDA schema errors: 0; FRCP schematron failed assertions: 0")),
                qPrintable(files.at(i) + QStringLiteral(": ") + results[std::size_t(i)].output.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestCdaExample)
#include "tst_cdaexample.moc"
