// What the exported CDA says, read back with XPath: ids, set id and version of an amended fiche, the
// INS only for a qualified identity, the participants and the meeting's ids, the sections in the
// national order, T/N/M "not applicable" for a haematological tumour, typed text escaped and read back
// as typed, and the same bytes every time (also after the live records changed).
#include "models/domain/boardtime.h"
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "reports/cda/cdaexport.h"
#include "services/ficheservice.h"
#include "tests/support/cdasupport.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;
using test::xpath;

class TestCdaExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> newDatabase() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("c%1.db").arg(++m_files)), &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        return db;
    }
    static QString upper(const QUuid &id) { return id.toString(QUuid::WithoutBraces).toUpper(); }
    static QByteArray exported(const reports::FicheContext &ctx) {
        const reports::CdaResult r = reports::exportCda(ctx);
        [&] { QVERIFY2(r.ok(), qPrintable(r.missing.join(QLatin1Char(' ')))); }();
        return r.xml;
    }

private Q_SLOTS:
    void headerIdsAndParticipants() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        const reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        const QByteArray xml = exported(ctx);
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/code/@code")), QStringLiteral("34794-8"));
        QCOMPARE(xpath(xml, QStringLiteral(
                                "/ClinicalDocument/templateId[@root='1.2.250.1.213.1.1.1.8']/@extension")),
                 QStringLiteral("2022.01"));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/id/@root")), upper(c.fiche.meta.id));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/setId/@root")), upper(c.fiche.setId));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/versionNumber/@value")), QStringLiteral("1"));
        // Times from the record, in the boards' clock with its offset.
        const QString signedAt = toBoardTime(c.fiche.signedAt).toString(QStringLiteral("yyyyMMddHHmmss"));
        QVERIFY(xpath(xml, QStringLiteral("/ClinicalDocument/effectiveTime/@value")).startsWith(signedAt));
        QVERIFY(xpath(xml, QStringLiteral("/ClinicalDocument/legalAuthenticator/time/@value"))
                    .startsWith(signedAt));
        // The signer is the legal authenticator, by RPPS ("8" + RPPS under the RPPS root).
        const QString coordinatorRpps = ctx.professional(c.coordinatorId)->rpps;
        QCOMPARE(xpath(xml, QStringLiteral("//legalAuthenticator/assignedEntity/id/@extension")),
                 QLatin1Char('8') + coordinatorRpps);
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='RESP']//id/@extension")),
                 QLatin1Char('8') + coordinatorRpps);
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='REFB']//id/@extension")),
                 QLatin1Char('8') + ctx.professional(c.requesterId)->rpps);
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='INF']//id/@extension")),
                 QLatin1Char('8') + ctx.professional(c.gpId)->rpps);
        // Three attendees count for the quorum, one does not; one correspondent to inform.
        QCOMPARE(
            xpath(xml, QStringLiteral("count(//participant[@typeCode='PRF']/functionCode[@code='353'])")),
            QStringLiteral("3"));
        QCOMPARE(
            xpath(xml, QStringLiteral("count(//participant[@typeCode='PRF']/functionCode[@code='CORRE'])")),
            QStringLiteral("1"));
        QCOMPARE(xpath(xml, QStringLiteral("count(//participant[@typeCode='CON'])")), QStringLiteral("1"));
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='PRF'][1]//code/@code")),
                 QStringLiteral("G15_10/SM36"));
        // The meeting: network, 3C and committee national ids, then the session.
        QCOMPARE(xpath(xml, QStringLiteral(
                                "//encompassingEncounter/id[@root='1.2.250.1.161.1.20.1.1']/@extension")),
                 QStringLiteral("5201"));
        QCOMPARE(xpath(xml, QStringLiteral(
                                "//encompassingEncounter/id[@root='1.2.250.1.161.1.20.2.1']/@extension")),
                 QStringLiteral("520114"));
        QCOMPARE(xpath(xml, QStringLiteral(
                                "//encompassingEncounter/id[@root='1.2.250.1.161.1.20.3.1']/@extension")),
                 QStringLiteral("52011401"));
        QCOMPARE(
            xpath(xml, QStringLiteral("//encompassingEncounter/id[@root='1.2.250.1.213.1.1.9']/@extension")),
            upper(ctx.session.meta.id));
    }

    void insOnlyForAQualifiedIdentity() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        QVERIFY(ctx.patient.mayShareIns());
        QByteArray xml = exported(ctx);
        QCOMPARE(xpath(xml, QStringLiteral("//patientRole/id[@extension='%1']/@root").arg(ctx.patient.ins)),
                 ctx.patient.insOid);
        QCOMPARE(xpath(xml, QStringLiteral("//patientRole/patient/name/family[@qualifier='BR']")),
                 QStringLiteral("Lefèvre-Dupré"));
        for (IdentityStatus s :
             {IdentityStatus::Provisional, IdentityStatus::Recovered, IdentityStatus::Validated}) {
            ctx.patient.identityStatus = s;
            xml = exported(ctx);
            QVERIFY2(!xml.contains(ctx.patient.ins.toUtf8()), qPrintable(Patient::identityStatusCode(s)));
            QCOMPARE(xpath(xml, QStringLiteral("count(//patientRole/id)")),
                     QStringLiteral("1")); // Concerto's id only
        }
    }

    void amendedVersionKeepsTheSetId() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        FicheRepository fiches(*db);
        Fiche amendment;
        QVERIFY(FicheService(*db).amend(c.fiche, QStringLiteral("Correction du stade"), &amendment).ok);
        const StoreResult signedOk = FicheService(*db).sign(amendment, c.coordinatorId);
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        const QByteArray xml = exported(READ(reports::loadFicheContext(*db, amendment.meta.id)));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/setId/@root")), upper(c.fiche.setId));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/versionNumber/@value")), QStringLiteral("2"));
        QCOMPARE(xpath(xml, QStringLiteral("/ClinicalDocument/id/@root")), upper(amendment.meta.id));
        QVERIFY(amendment.meta.id != c.fiche.meta.id);
        // It replaces version 1 (a first version replaces nothing).
        QCOMPARE(
            xpath(xml, QStringLiteral(
                           "/ClinicalDocument/relatedDocument[@typeCode='RPLC']/parentDocument/id/@root")),
            upper(c.fiche.meta.id));
        QCOMPARE(xpath(xml, QStringLiteral("//relatedDocument/parentDocument/versionNumber/@value")),
                 QStringLiteral("1"));
        const QByteArray first = exported(READ(reports::loadFicheContext(*db, c.fiche.meta.id)));
        QCOMPARE(xpath(first, QStringLiteral("count(//relatedDocument)")), QStringLiteral("0"));
        QCOMPARE(xpath(xml, QStringLiteral("//*[@ID='commentaire-ficheRCP']")),
                 QStringLiteral("Remplace la version 1 : Correction du stade"));
    }

    void sectionsInTheNationalOrder() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        const QByteArray xml =
            exported(test::withEverySection(READ(reports::loadFicheContext(*db, c.fiche.meta.id))));
        QStringList codes;
        const int sections =
            xpath(xml, QStringLiteral("count(/ClinicalDocument/component/structuredBody/component)")).toInt();
        for (int i = 1; i <= sections; ++i)
            codes << xpath(
                xml,
                QStringLiteral("/ClinicalDocument/component/structuredBody/component[%1]/section/code/@code")
                    .arg(i));
        QCOMPARE(codes, (QStringList{"42349-1", "42545-4", "72135-7", "11348-0", "11450-4", "47420-5",
                                     "30954-2", "18733-6", "29554-3", "10218-6", "30954-2", "50397-9",
                                     "10164-2", "21874-3", "18776-5", "35510-7", "55112-7", "33557-0"}));
        // Every entry's text points at narrative that exists.
        QCOMPARE(xpath(xml, QStringLiteral("count(//reference)")).toInt() > 50, true);
        QCOMPARE(xpath(xml, QStringLiteral("count(//reference[not(substring(@value, 2) = //@ID)])")),
                 QStringLiteral("0"));
        // Three tumours; the lymphoma's T, N and M do not apply; the breast's carry the edition.
        QCOMPARE(xpath(xml, QStringLiteral("count(//section[code/@code='72135-7']/entry)")),
                 QStringLiteral("3"));
        QCOMPARE(
            xpath(xml, QStringLiteral("count(//observation[code/@code='21905-5']/value[@nullFlavor='NA'])")),
            QStringLiteral("1"));
        QCOMPARE(xpath(xml, QStringLiteral("//entry[3]//observation[code/@code='21905-5']/value/@code")),
                 QStringLiteral("T2"));
        QCOMPARE(xpath(xml, QStringLiteral(
                                "//entry[3]//observation[code/@code='21905-5']/value/@codeSystemVersion")),
                 QStringLiteral("8"));
        // A pathological category is coded as such (pT, pN).
        QCOMPARE(xpath(xml, QStringLiteral("//entry[3]//observation[code/@code='21899-0']/value/@code")),
                 QStringLiteral("pT1c"));
        // The proposal: three lines numbered in order, the alternative's type, the trial and the guideline.
        QCOMPARE(xpath(xml, QStringLiteral("count(//section[code/@code='18776-5']/entry/procedure)")),
                 QStringLiteral("3"));
        QCOMPARE(xpath(xml, QStringLiteral(
                                "//section[code/@code='18776-5']/entry[procedure][3]/procedure/code/@code")),
                 QStringLiteral("MED-126"));
        QCOMPARE(xpath(xml, QStringLiteral("//observation[code/@code='MED-250']/value/@value")),
                 QStringLiteral("true"));
        QCOMPARE(xpath(xml, QStringLiteral("//*[@ID='justification-non-conformite']")),
                 QStringLiteral("Justification : Âge physiologique"));
    }

    void typedTextIsEscapedAndReadBackAsTyped() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        const QString question = QStringLiteral("T < 2 cm & N0 ? </content><b>\"x\"");
        ctx.inscription.question = question;
        ctx.patient.birthName = QStringLiteral("O'Brien & <Fils>");
        const QByteArray xml = exported(ctx);
        QVERIFY(xml.contains("T &lt; 2 cm &amp; N0 ? &lt;/content"));
        QVERIFY(!xml.contains("<b>"));
        QVERIFY(xml.contains("O'Brien &amp; &lt;Fils"));
        QCOMPARE(xpath(xml, QStringLiteral("//*[@ID='question']")), question);
        QCOMPARE(xpath(xml, QStringLiteral("//family[@qualifier='BR']")), QStringLiteral("O'Brien & <Fils>"));
    }

    void sameBytesEveryTime() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        const QByteArray first = exported(READ(reports::loadFicheContext(*db, c.fiche.meta.id)));
        QCOMPARE(exported(READ(reports::loadFicheContext(*db, c.fiche.meta.id))), first);
        // The live patient and case change: the signed fiche exports what was signed.
        PatientRepository patients(*db);
        Patient live = *READ(patients.find(c.fiche.patientId));
        live.birthName = QStringLiteral("Renamed");
        QVERIFY(patients.save(live).ok);
        QCOMPARE(exported(READ(reports::loadFicheContext(*db, c.fiche.meta.id))), first);
    }

    void unknownGp() {
        auto db = newDatabase();
        const test::DocumentCase c = test::saveDocumentCase(*db);
        reports::FicheContext ctx = READ(reports::loadFicheContext(*db, c.fiche.meta.id));
        ctx.patient.generalPractitionerId = QUuid();
        ctx.patient.gpUnknown = true;
        const QByteArray xml = exported(ctx);
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='INF']/functionCode/@code")),
                 QStringLiteral("PCP"));
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='INF']/functionCode/originalText")),
                 QStringLiteral("Inconnu"));
        QCOMPARE(xpath(xml, QStringLiteral("//participant[@typeCode='INF']/associatedEntity/@nullFlavor")),
                 QStringLiteral("NA"));
    }
};

QTEST_GUILESS_MAIN(TestCdaExport)
#include "tst_cdaexport.moc"
