// The head and neck and melanoma stage tables, and which table a tumour goes to. Sources: UICC TNM
// Classification of Malignant Tumours, 8th edition (2017): lip and oral cavity, oropharynx
// (p16-negative), larynx, hypopharynx; malignant melanoma of the skin (clinical and pathological
// groups).
#include "tests/support/stagingrows.h"

#include <QtTest>
#include <set>

using namespace concerto;
using test::stageRow;

class TestStagingOther : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    // UICC 8 (2017), head and neck (the same groups for oral cavity, oropharynx p16-negative, larynx,
    // hypopharynx).
    void headNeck_data() {
        test::stageColumns();
        stageRow("C02.1", "cTis N0 M0", "0");
        stageRow("C02.1", "cT1 N0 M0", "I");
        stageRow("C03.0", "cT2 N0 M0", "II");
        stageRow("C04.0", "cT3 N0 M0", "III");
        stageRow("C06.0", "cT1 N1 M0", "III");
        stageRow("C02.1", "cT4a N0 M0", "IVA");
        stageRow("C02.1", "cT4a N1 M0", "IVA");
        stageRow("C09.9", "cT2 N2b M0", "IVA");
        stageRow("C01", "cT3 N2c M0", "IVA");
        stageRow("C10.3", "cT4b N0 M0", "IVB");
        stageRow("C13.0", "cT1 N3a M0", "IVB");
        stageRow("C12", "cT2 N3b M0", "IVB");
        stageRow("C32.1", "cT2 N0 M1", "IVC");
        stageRow("C32.0", "cT1a N0 M0", "I"); // glottis
        stageRow("C32.0", "cT1b N1 M0", "III");
        stageRow("C02.1", "cT2 N2 M0", "IVA");
        stageRow("C02.1", "cT4 N0 M0", "~IV"); // IVA or IVB
        stageRow("C02.1", "cT1a N0 M0", "refused:T1a does not exist for Lèvre et cavité buccale");
        stageRow("C09.9", "cT2 N1a M0", "refused:N1a does not exist for Oropharynx");
        stageRow("C12", "cT2 N0 M1a", "refused:M1a does not exist");
        stageRow("C02.1", "cT0 N1 M0", "nogroup");
        stageRow("C11.1", "cT2 N0 M0", "notable"); // nasopharynx: no table here
    }
    void headNeck() { test::verifyStageRow(); }

    // UICC 8 (2017), melanoma of the skin: clinical groups (c) and pathological groups (p).
    void melanoma_data() {
        test::stageColumns();
        stageRow("C43.5", "cTis N0 M0", "0");
        stageRow("C43.5", "cT1a N0 M0", "IA");
        stageRow("C43.5", "cT1b N0 M0", "IB");
        stageRow("C43.5", "cT2a N0 M0", "IB");
        stageRow("C43.5", "cT2b N0 M0", "IIA");
        stageRow("C43.5", "cT3a N0 M0", "IIA");
        stageRow("C43.5", "cT3b N0 M0", "IIB");
        stageRow("C43.5", "cT4a N0 M0", "IIB");
        stageRow("C43.5", "cT4b N0 M0", "IIC");
        stageRow("C43.5", "cT2a N1a M0", "III");
        stageRow("C43.5", "cT0 N2b M0", "III");
        stageRow("C43.5", "cT2a N0 M1a", "IV");
        stageRow("C44.5", "cT3a N0 M1d", "IV", "", "8720/3");
        stageRow("C43.5", "pT1b N0 M0", "IA"); // pathological: T1b N0 is IA
        stageRow("C43.5", "pT2a N0 M0", "IB");
        stageRow("C43.5", "pT1a N1a M0", "IIIA");
        stageRow("C43.5", "pT2a N2a M0", "IIIA");
        stageRow("C43.5", "pT1b N1b M0", "IIIB");
        stageRow("C43.5", "pT2a N2b M0", "IIIB");
        stageRow("C43.5", "pT0 N1b M0", "IIIB");
        stageRow("C43.5", "pT2b N1a M0", "IIIB");
        stageRow("C43.5", "pT3a N2b M0", "IIIB");
        stageRow("C43.5", "pT1a N2c M0", "IIIC");
        stageRow("C43.5", "pT3a N3a M0", "IIIC");
        stageRow("C43.5", "pT3b N1a M0", "IIIC");
        stageRow("C43.5", "pT4a N2b M0", "IIIC");
        stageRow("C43.5", "pT0 N2b M0", "IIIC");
        stageRow("C43.5", "pT4b N2c M0", "IIIC");
        stageRow("C43.5", "pT4b N3a M0", "IIID");
        stageRow("C43.5", "pT4b N3c M0", "IIID");
        stageRow("C43.5", "pT1 N1a M0", "IIIA"); // T1a and T1b agree
        stageRow("C43.5", "pT2 N1a M0", "~III"); // T2a IIIA, T2b IIIB
        stageRow("C43.5", "pT0 N1a M0", "nogroup");
        stageRow("C43.5", "cT1c N0 M0", "refused:T1c does not exist for Mélanome cutané");
        stageRow("C43.5", "cTa N0 M0", "refused:Ta does not exist");
        stageRow("C44.5", "cT2 N0 M0", "notable", "", "8070/3"); // a squamous carcinoma of the skin
        stageRow("C69.3", "cT2 N0 M0", "notable", "", "8720/3"); // uveal melanoma: its own table
    }
    void melanoma() { test::verifyStageRow(); }

    void siteFor_data() {
        QTest::addColumn<QString>("topography");
        QTest::addColumn<QString>("morphology");
        QTest::addColumn<QString>("site"); // empty: no table
        const auto row = [](const char *topography, const char *morphology, const char *site) {
            QTest::addRow("%s %s", topography, morphology)
                << QString::fromLatin1(topography) << QString::fromLatin1(morphology)
                << QString::fromLatin1(site);
        };
        row("C18.7", "8140/3", "colon-rectum");
        row("C20", "", "colon-rectum");
        row("C18.1", "8140/3", "");
        row("C34.1", "8041/3", "lung");
        row("C15.4", "8070/3", "oesophagus");
        row("C16.0", "8140/3", "oesophagus");
        row("C16.2", "8140/3", "stomach");
        row("C16.9+0", "", "stomach");
        row("C22.0", "8170/3", "liver");
        row("C22.1", "8160/3", "intrahepatic-bile-ducts");
        row("C25.0", "8500/3", "pancreas");
        row("C25.0", "8240/3", "");
        row("C16.2", "8936/3", "");
        row("C43.5", "", "melanoma");
        row("C44.5", "8720/3", "melanoma");
        row("C44.5", "8090/3", "");
        row("C09.9", "8070/3", "oropharynx-p16-negative");
        row("C05.1", "8070/3", "oropharynx-p16-negative");
        row("C05.0", "8070/3", "oral-cavity");
        row("C00.3", "8070/3", "oral-cavity");
        row("C10.1", "8070/3", "larynx");
        row("C32.0", "8070/3", "larynx");
        row("C13.0", "8070/3", "hypopharynx");
        row("C02.1", "8720/3", ""); // mucosal melanoma
        row("C50.4", "8500/3", "breast");
        row("D05.1", "8500/2", "breast");
        row("C53.9", "8070/3", "cervix");
        row("C54.1", "8380/3", "endometrium");
        row("C56.9", "8461/3", "ovary");
        row("C57.0", "8461/3", "ovary");
        row("C61", "8140/3", "prostate");
        row("C64.9", "8310/3", "kidney");
        row("C67.2", "8120/3", "bladder");
        row("C81.1", "", "hodgkin");
        row("C83.3", "", "non-hodgkin");
        row("C16.9", "9699/3", "non-hodgkin"); // the morphology decides first
        row("C77.3", "9650/3", "hodgkin");
        row("C90.0", "", "myeloma");
        row("C42.1", "9732/3", "myeloma");
        row("C92.0", "", "haematological-other");
        row("C42.1", "9861/3", "haematological-other");
        row("X12", "", "");
        row("", "", "");
    }
    void siteFor() {
        QFETCH(QString, topography);
        QFETCH(QString, morphology);
        QFETCH(QString, site);
        const std::optional<staging::SiteInfo> found = staging::siteFor(topography, morphology);
        QCOMPARE(found ? found->id : QString(), site);
        if (found) {
            const bool haematological =
                site == QLatin1String("hodgkin") || site == QLatin1String("non-hodgkin") ||
                site == QLatin1String("myeloma") || site == QLatin1String("haematological-other");
            QCOMPARE(found->usesTnm, !haematological);
        }
    }

    void everySiteIsComplete() {
        std::set<QString> ids;
        for (const staging::SiteInfo &site : staging::allSites()) {
            QVERIFY2(ids.insert(site.id).second, qPrintable(site.id));
            QVERIFY(!site.label.isEmpty());
            if (!site.usesTnm)
                continue;
            QVERIFY2(!site.edition.isEmpty() && !site.system.isEmpty(), qPrintable(site.id));
            for (auto c :
                 {validation::TnmCategory::T, validation::TnmCategory::N, validation::TnmCategory::M})
                QVERIFY2(!staging::categories(site.id, c).isEmpty(), qPrintable(site.id));
        }
        QCOMPARE(int(ids.size()), 23);
        const std::optional<staging::SiteInfo> oropharynx = staging::siteFor(QStringLiteral("C09.9"));
        QVERIFY(oropharynx->label.contains(QStringLiteral("p16")));
        QCOMPARE(staging::categories(QStringLiteral("pancreas"), validation::TnmCategory::N),
                 (QStringList{"NX", "N0", "N1", "N2"}));
        QCOMPARE(staging::categories(QStringLiteral("stomach"), validation::TnmCategory::M),
                 (QStringList{"M0", "M1"}));
        QVERIFY(staging::categories(QStringLiteral("prostate"), validation::TnmCategory::T).contains("T1c"));
        QVERIFY(!staging::categories(QStringLiteral("prostate"), validation::TnmCategory::T, "p")
                     .contains("T1c"));
        QVERIFY(staging::categories(QStringLiteral("hodgkin"), validation::TnmCategory::T).isEmpty());
        QVERIFY(staging::categories(QStringLiteral("nowhere"), validation::TnmCategory::T).isEmpty());
    }

    // A TNM on a lymphoma or a myeloma is refused as not applicable; without one there is nothing to stage.
    void haematologyHasNoTnm() {
        TnmStaging tnm{
            QStringLiteral("c"), QStringLiteral("T2"), QStringLiteral("N0"), QStringLiteral("M0"), {}, {}};
        staging::StageResult r = staging::stageOf(QStringLiteral("C83.3"), QStringLiteral("9680/3"), tnm);
        QCOMPARE(int(r.outcome), int(staging::StageOutcome::Refused));
        QVERIFY2(r.reasons.join(' ').contains(QStringLiteral("not applicable")),
                 qPrintable(r.reasons.join(' ')));
        QVERIFY(r.reasons.join(' ').contains(QStringLiteral("Lugano 2014")));
        r = staging::stageOf(QStringLiteral("C90.0"), QStringLiteral("9732/3"), TnmStaging{});
        QCOMPARE(int(r.outcome), int(staging::StageOutcome::NoTable));
        QVERIFY(r.reasons.join(' ').contains(QStringLiteral("R-ISS")));
    }
};

QTEST_GUILESS_MAIN(TestStagingOther)
#include "tst_staging_other.moc"
