// The printed fiche RCP read back with pdftotext: the sections in the national order with the empty
// ones left out, the header, identity and page x/y on every page, typed text printed as typed, the
// watermark of an unsigned fiche (and of one in a sync conflict, which is not exported either), the
// version line of an amended one, the INS only for a qualified identity, and the same bytes for the same
// fiche.
#include "models/store/syncconflicts.h"
#include "reports/cda/cdaexport.h"
#include "reports/fichepdf.h"
#include "tests/support/fichepdffixtures.h"
#include "tests/support/pdftext.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using reports::FicheContext;

class TestFichePdf : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_databases = 0;

    FicheContext context(bool signFiche = true) {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("f%1.db").arg(++m_databases)), &error);
        if (!db)
            qFatal("%s", qPrintable(error));
        return test::documentContext(*db, signFiche);
    }
    static QString text(const FicheContext &c) {
        const QByteArray pdf = reports::fichePdf(c);
        if (qEnvironmentVariableIsSet("CONCERTO_KEEP_PDF")) { // to look at the pages (pdftoppm)
            static int n = 0;
            QFile f(QStringLiteral("/tmp/fiche-%1.pdf").arg(++n));
            if (f.open(QIODevice::WriteOnly))
                f.write(pdf);
        }
        return test::simplified(test::pdfTextOf(pdf));
    }

private Q_SLOTS:
    void sectionsInTheNationalOrder() {
        FicheContext c = context();
        c.inscription.clinical.fromScreening = true;
        c.inscription.clinical.screeningDate = QDate(2026, 9, 2);
        c.inscription.clinical.comorbidities = QStringLiteral("Diabète de type 2");
        c.fiche.patientComments = QStringLiteral("Souhaite être traitée près de chez elle.");
        c.fiche.framework.trialProposed = true;
        c.fiche.framework.trialName = QStringLiteral("PRODIGE 54");
        const QString t = text(c);
        const QStringList order{QStringLiteral("Identité du patient"),
                                QStringLiteral("Type de RCP et motif"),
                                QStringLiteral("Mode de découverte"),
                                QStringLiteral("Tumeur(s)"),
                                QStringLiteral("Antécédents et comorbidités"),
                                QStringLiteral("État général"),
                                QStringLiteral("Résultats d'examens"),
                                QStringLiteral("Phase de la maladie"),
                                QStringLiteral("Traitements antérieurs et en cours"),
                                QStringLiteral("Conclusions des comptes rendus"),
                                QStringLiteral("Synthèse du dossier et question posée"),
                                QStringLiteral("Statut du dossier et quorum"),
                                QStringLiteral("Proposition de la RCP"),
                                QStringLiteral("Référentiel, conformité et essai clinique"),
                                QStringLiteral("Commentaires du patient"),
                                QStringLiteral("Validation du document")};
        qsizetype at = -1;
        for (const QString &title : order) {
            const qsizetype next = t.indexOf(title);
            QVERIFY2(next > at, qPrintable(title + QStringLiteral(" missing or out of order in: ") + t));
            at = next;
        }
        // What the sections say, in French and with the national words.
        for (const QString &words :
             {QStringLiteral("Découverte dans le cadre d'un dépistage (le 02/09/2026)"),
              QStringLiteral("Diabète de type 2"), QStringLiteral("Quorum atteint"),
              QStringLiteral("Cas discuté"), QStringLiteral("Chimiothérapie"),
              QStringLiteral("FOLFOX 6 mois"), QStringLiteral("PRODIGE 54"),
              QStringLiteral("TNCD côlon, version 2024 du 01/03/2024"),
              QStringLiteral("Intervention chirurgicale"), QStringLiteral("Phase initiale du cancer"),
              QStringLiteral("Souhaite être traitée près de chez elle.")})
            QVERIFY2(t.contains(words), qPrintable(words + QStringLiteral(" missing in: ") + t));
    }

    void emptySectionsAreLeftOut() {
        FicheContext c = context();
        c.inscription.clinical.tests.clear();
        c.inscription.clinical.treatments.clear();
        c.inscription.clinical.reports.clear();
        c.inscription.clinical.history.clear();
        c.inscription.clinical.whoStatus = -1;
        c.fiche.framework = {};
        const QString t = text(c);
        for (const QString &absent :
             {QStringLiteral("Mode de découverte"), QStringLiteral("Résultats d'examens"),
              QStringLiteral("Traitements antérieurs"), QStringLiteral("Conclusions des comptes rendus"),
              QStringLiteral("Antécédents et comorbidités"), QStringLiteral("État général"),
              QStringLiteral("Commentaires du patient")})
            QVERIFY2(!t.contains(absent), qPrintable(absent + QStringLiteral(" printed though empty")));
        QVERIFY(t.contains(QStringLiteral("Tumeur(s)")));
        QVERIFY(t.contains(QStringLiteral("Proposition de la RCP")));
    }

    // A conform fiche that names no guideline still says that it is conform.
    void conformityAlwaysPrinted() {
        FicheContext c = context();
        c.fiche.framework = {};
        const QString t = text(c);
        QVERIFY2(t.contains(QStringLiteral("Référentiel, conformité et essai clinique")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Référentiel non précisé")), qPrintable(t));
        const QString framework = t.mid(t.indexOf(QStringLiteral("Référentiel, conformité")));
        QVERIFY2(framework.contains(QStringLiteral("Proposition conforme au référentiel oui")),
                 qPrintable(framework));
        QVERIFY2(framework.contains(QStringLiteral("Inclusion dans un essai clinique non")),
                 qPrintable(framework));
    }

    // A support-care committee: its theme in words (the national label), its long name and place whole
    // in the header of every page.
    void supportCareThemeAndHeader() {
        FicheContext c = context();
        c.rcp.nature = QString::fromLatin1(kNatureTransversalRcp);
        c.rcp.appareil.clear();
        c.rcp.organs.clear();
        c.rcp.theme = QStringLiteral("C15747");
        c.rcp.name = QStringLiteral("RCP régionale de soins oncologiques de support et de soins palliatifs "
                                    "du Poitou");
        c.session.place = QStringLiteral("Salle de réunion du pôle de cancérologie, bâtiment Jean Bernard");
        test::makeLong(c);
        const QByteArray pdf = reports::fichePdf(c);
        if (qEnvironmentVariableIsSet("CONCERTO_KEEP_PDF")) { // to look at the pages (pdftoppm)
            QFile f(QStringLiteral("/tmp/fiche-support-care.pdf"));
            if (f.open(QIODevice::WriteOnly))
                f.write(pdf);
        }
        const QString t = test::simplified(test::pdfTextOf(pdf));
        QVERIFY2(t.contains(QStringLiteral("Thème soins de support (C15747)")), qPrintable(t.left(3000)));
        QVERIFY2(!t.contains(QStringLiteral("Thème C15747")), qPrintable(t.left(3000)));
        const int pages = test::pdfPageCountOf(pdf);
        for (int page = 1; page <= pages; ++page) {
            const QString p = test::simplified(test::pdfTextOf(pdf, page, page));
            QVERIFY2(!p.contains(QChar(0x2026)), qPrintable(p.left(600)));
            QVERIFY2(p.contains(QStringLiteral("bâtiment Jean Bernard")), qPrintable(p.left(600)));
            QVERIFY2(p.contains(QStringLiteral("soins palliatifs du Poitou")), qPrintable(p.left(600)));
        }
    }

    void headerIdentityAndPageNumbersOnEveryPage() {
        FicheContext c = context();
        test::makeLong(c);
        const QByteArray pdf = reports::fichePdf(c);
        const int pages = test::pdfPageCountOf(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const QString t = test::simplified(test::pdfTextOf(pdf, page, page));
            for (const QString &expected :
                 {QStringLiteral("MARTIN Marie"), QStringLiteral("née le 14/08/1955"),
                  QStringLiteral("Page %1/%2").arg(page).arg(pages),
                  QStringLiteral("Onco Nouvelle-Aquitaine"), QStringLiteral("3C du CHU de Poitiers"),
                  QStringLiteral("RCP digestive"),
                  // 16:00 UTC in November is 17:00 in Paris.
                  QStringLiteral("Séance du 24/11/2026 à 17:00, Salle 2")})
                QVERIFY2(t.contains(expected),
                         qPrintable(QStringLiteral("page %1 lacks %2: %3").arg(page).arg(expected, t)));
        }
        // The body runs on: every test result is printed once, none is lost at a page break.
        const QString all = test::simplified(test::pdfTextOf(pdf));
        for (int i = 1; i <= 40; ++i)
            QCOMPARE(all.count(QStringLiteral("Bilan biologique n° %1 ").arg(i)), 1);
    }

    void identityBlock() {
        FicheContext c = context();
        const QString t = text(c);
        for (const QString &expected :
             {QStringLiteral("LEFÈVRE-DUPRÉ"), QStringLiteral("Marie-Hélène Éloïse"),
              QStringLiteral("MARTIN"), QStringLiteral("Féminin"), QStringLiteral("14/08/1955"),
              QStringLiteral("IPP0001"), QStringLiteral("255081416802538 (OID 1.2.250.1.213.1.4.8)"),
              QStringLiteral("16802, Charente (16)")})
            QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + t));
        // Born abroad: the country code with the words, in French whatever the application's language.
        FicheContext abroad = context();
        abroad.patient.birthPlaceCode = QStringLiteral("99134");
        QVERIFY(text(abroad).contains(QStringLiteral("99134, né(e) à l'étranger")));
        // The same identity, validated but not qualified: no INS anywhere.
        c.patient.identityStatus = IdentityStatus::Validated;
        const QString validated = text(c);
        QVERIFY(!validated.contains(QStringLiteral("255081416802538")));
        QVERIFY(!validated.contains(QStringLiteral("1.2.250.1.213.1.4.8")));
        QVERIFY(validated.contains(QStringLiteral("validée")));
    }

    void typedTextPrintsAsTyped() {
        FicheContext c = context();
        c.inscription.question = QStringLiteral("<b>Dupont & fils</b> ?");
        c.patient.usedName = QStringLiteral("<i>Ma&rtin</i>");
        c.fiche.proposal.front().details = QStringLiteral("dose < 80 % & <br> pas de saut");
        const QString t = text(c);
        QVERIFY2(t.contains(QStringLiteral("<b>Dupont & fils</b> ?")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("<I>MA&RTIN</I>")), qPrintable(t)); // a name prints in capitals
        QVERIFY2(t.contains(QStringLiteral("dose < 80 % & <br> pas de saut")), qPrintable(t));
    }

    void watermarkOnlyOnUnsignedFiches() {
        const FicheContext draft = context(false);
        QVERIFY(!draft.fiche.isSigned());
        const QByteArray pdf = reports::fichePdf(draft);
        QString letters = test::pdfRawTextOf(pdf);
        letters.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(letters.contains(QStringLiteral("NONVALIDÉE")), qPrintable(letters));
        QVERIFY(text(draft).contains(QStringLiteral("fiche non validée")));

        const FicheContext signedFiche = context(true);
        QString signedLetters = test::pdfRawTextOf(reports::fichePdf(signedFiche));
        signedLetters.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(!signedLetters.contains(QStringLiteral("NONVALIDÉE")));
        QVERIFY(text(signedFiche).contains(QStringLiteral("Validée par Dr Claire MOREAU")));
    }

    // A fiche in an open sync conflict prints as a draft, signed or not, and is not exported; settled,
    // it prints as before.
    void aFicheInConflictPrintsOnlyAsADraft() {
        QString error;
        auto db = Database::create(m_dir.filePath(QStringLiteral("conflict.db")), &error);
        QVERIFY2(db, qPrintable(error));
        const FicheContext signedFiche = test::documentContext(*db, true);
        QVERIFY(signedFiche.fiche.isSigned() && !signedFiche.inConflict);
        SyncConflict conflict;
        conflict.entity = QStringLiteral("fiche");
        conflict.recordId = signedFiche.fiche.meta.id;
        conflict.localId = signedFiche.fiche.meta.id;
        conflict.reason = QString::fromLatin1(conflictreason::signedFiche);
        conflict.foundAt = QDateTime::currentDateTimeUtc();
        conflict.server = {2, conflict.foundAt, QStringLiteral("Dr Serveur"), false, QByteArray("{}")};
        conflict.local = {1, conflict.foundAt, QStringLiteral("Dr Local"), false, QByteArray("{}")};
        QVERIFY(recordConflict(*db, conflict).ok);

        const StoreRead<FicheContext> loaded = reports::loadFicheContext(*db, signedFiche.fiche.meta.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY(loaded->inConflict);
        QString letters = test::pdfRawTextOf(reports::fichePdf(*loaded));
        letters.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(letters.contains(QStringLiteral("BROUILLON–CONFLIT")), qPrintable(letters));
        QVERIFY(!letters.contains(QStringLiteral("NONVALIDÉE")));
        QVERIFY2(reports::missingForCda(*loaded).join(QLatin1Char(' ')).contains(QStringLiteral("conflict")),
                 qPrintable(reports::missingForCda(*loaded).join(QLatin1Char(' '))));
        QVERIFY(
            !reports::missingForCda(signedFiche).join(QLatin1Char(' ')).contains(QStringLiteral("conflict")));
    }

    void amendedVersionSaysWhatItReplaces() {
        FicheContext c = context();
        QVERIFY(!text(c).contains(QStringLiteral("Remplace la version")));
        c.fiche.versionNumber = 3;
        c.fiche.amendmentReason = QStringLiteral("Latéralité corrigée");
        const QString t = text(c);
        QVERIFY2(t.contains(QStringLiteral("Version 3")), qPrintable(t));
        QVERIFY2(t.contains(
                     QStringLiteral("Remplace la version 2. Motif de la modification : Latéralité corrigée")),
                 qPrintable(t));
    }

    void sameFicheSameBytes() {
        const FicheContext c = context();
        const QByteArray first = reports::fichePdf(c);
        QTest::qWait(1100); // a second later: a creation date would differ
        const QByteArray second = reports::fichePdf(c);
        QVERIFY(first.startsWith("%PDF-"));
        QCOMPARE(first.size(), second.size());
        QVERIFY(first == second);
        QCOMPARE(test::pdfTextOf(first), test::pdfTextOf(second));
    }

    void tumoursProposalAndConformity() {
        FicheContext c = context();
        Tumour lymphoma;
        lymphoma.diagnosisDate = QDate(2026, 9, 1);
        lymphoma.topography = QStringLiteral("C83.3");
        lymphoma.morphology = QStringLiteral("9680/3");
        lymphoma.otherStagings = {{QStringLiteral("Ann Arbor"), QString(), QStringLiteral("IIIB")}};
        c.inscription.tumours.push_back(lymphoma);
        reports::FicheCodeLabels labels;
        labels.topography.insert(QStringLiteral("C18.7"), QStringLiteral("Côlon sigmoïde"));
        c.fiche.proposal = {{2, 1, QStringLiteral("C15313"), QStringLiteral("Alternative"), {}, {}},
                            {1, 2, QStringLiteral("C547"), QStringLiteral("Ensuite"), {}, {}},
                            {1, 1, QStringLiteral("387713003"), QStringLiteral("D'abord"), QDate(2026, 12, 1),
                             QDate(2026, 12, 3)}};
        c.fiche.framework.conform = false;
        c.fiche.framework.nonConformityReason = QStringLiteral("Patiente âgée, chirurgie récusée");
        // In the order of drawing, a table cell's lines follow one another (the layout puts the columns
        // side by side).
        const QString t = test::simplified(test::pdfRawTextOf(reports::fichePdf(c, labels)));
        QVERIFY2(t.contains(QStringLiteral("C18.7 – Côlon sigmoïde")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("cT3 cN1 cM0 stade IIIB (UICC 8)")), qPrintable(t));
        // The lymphoma: T, N and M do not apply, Ann Arbor does.
        QVERIFY2(t.contains(
                     QStringLiteral("2 09/2026 C83.3 9680/3 non applicable non applicable Ann Arbor : IIIB")),
                 qPrintable(t));
        // Numbered in the order of intention then sequence.
        const qsizetype first =
            t.indexOf(QStringLiteral("1 1 (première intention) 1 Intervention chirurgicale D'abord "
                                     "du 01/12/2026 au 03/12/2026"));
        const qsizetype second =
            t.indexOf(QStringLiteral("2 1 (première intention) 2 Hormonothérapie Ensuite"));
        const qsizetype third = t.indexOf(QStringLiteral("3 2 (alternative) 1 Radiothérapie Alternative"));
        QVERIFY2(first >= 0 && second > first && third > second, qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Proposition conforme au référentiel non")), qPrintable(t));
        QVERIFY2(
            t.contains(QStringLiteral("Justification de la non-conformité Patiente âgée, chirurgie récusée")),
            qPrintable(t));
    }

    void writesWholeFilesOnly() {
        const FicheContext c = context();
        const QString path = m_dir.filePath(QStringLiteral("fiche.pdf"));
        QString error;
        QVERIFY2(reports::writeFichePdf(c, path, &error), qPrintable(error));
        QVERIFY(test::pdfText(path).contains(QStringLiteral("RCP digestive")));
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/fiche.pdf"));
        QVERIFY(!reports::writeFichePdf(c, nowhere, &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestFichePdf)
#include "tst_fichepdf.moc"
