// The digestive stage tables, one test table per site, every group boundary, the categories that do not
// exist for the site and what is missing. Source of every table: UICC TNM Classification of Malignant
// Tumours, 8th edition (2017).
#include "tests/support/stagingrows.h"

#include <QtTest>

using namespace concerto;
using test::stageRow;

class TestStagingDigestive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    // UICC 8 (2017), colon and rectum.
    void colonRectum_data() {
        test::stageColumns();
        stageRow("C18.7", "cTis cN0 cM0", "0");
        stageRow("C18.7", "cT1 N0 M0", "I");
        stageRow("C18.7", "cT2 N0 M0", "I");
        stageRow("C18.7", "T3 N0 M0", "IIA"); // the issue: the demo said IIB
        stageRow("C20.9", "pT3 N0 M0", "IIA");
        stageRow("C18.7", "cT4a N0 M0", "IIB");
        stageRow("C19.9", "cT4b N0 M0", "IIC");
        stageRow("C18.7", "cT1 N1a M0", "IIIA");
        stageRow("C18.7", "pT2 N1c M0", "IIIA");
        stageRow("C18.7", "pT1 N2a M0", "IIIA");
        stageRow("C18.7", "pT3 N1b M0", "IIIB");
        stageRow("C18.7", "pT4a N1a M0", "IIIB");
        stageRow("C18.7", "pT2 N2a M0", "IIIB");
        stageRow("C18.7", "pT3 N2a M0", "IIIB");
        stageRow("C18.7", "pT1 N2b M0", "IIIB");
        stageRow("C18.7", "pT2 N2b M0", "IIIB");
        stageRow("C18.7", "pT4a N2a M0", "IIIC");
        stageRow("C18.7", "pT3 N2b M0", "IIIC");
        stageRow("C18.7", "cT4a cN2b cM0", "IIIC"); // the issue: the demo said IIIB
        stageRow("C18.7", "pT4b N1a M0", "IIIC");
        stageRow("C18.7", "pT4b N2b M0", "IIIC");
        stageRow("C18.7", "cT2 N0 M1a", "IVA");
        stageRow("C18.7", "cTX NX M1b", "IVB");
        stageRow("C18.7", "cT3 N1 M1c", "IVC");
        stageRow("C18.7", "cT4 N0 M0", "~II"); // IIB or IIC: the T subcategory decides
        stageRow("C18.7", "cT3 N0 M1", "~IV");
        stageRow("C18.7", "cT4b N2 M0", "IIIC"); // N2a and N2b agree for T4b
        stageRow("C18.7", "cT3 N2 M0", "~III");
        stageRow("C18.7", "cT1mi N0 M0", "refused:T1mi does not exist for Côlon et rectum");
        stageRow("C18.7", "cT2 N3 M0", "refused:N3 does not exist");
        stageRow("C18.7", "cT2 N0 M1d", "refused:M1d does not exist");
        stageRow("C18.7", "cTa N0 M0", "refused:Ta does not exist");
        stageRow("C18.7", "cT4c N0 M0", "refused:T4c does not exist");
        stageRow("C18.7", "cTX N0 M0", "missing:T category");
        stageRow("C18.7", "cT1 NX M0", "missing:N category");
        stageRow("C18.7", "cT3 N1", "missing:M category");
        stageRow("C18.7", "cTis N1 M0", "nogroup");
        stageRow("C18.7", "ypT0 ypN0 cM0", "nogroup"); // a complete response has no group
        stageRow("C18.1", "cT3 N0 M0", "notable");     // the appendix has its own table
    }
    void colonRectum() { test::verifyStageRow(); }

    // UICC 8 (2017), exocrine pancreas.
    void pancreas_data() {
        test::stageColumns();
        stageRow("C25.0", "pTis N0 M0", "0");
        stageRow("C25.0", "pT1a N0 M0", "IA");
        stageRow("C25.1", "pT1c N0 M0", "IA");
        stageRow("C25.0", "pT2 N0 M0", "IB");
        stageRow("C25.0", "pT3 N0 M0", "IIA");
        stageRow("C25.0", "pT1 N1 M0", "IIB");
        stageRow("C25.0", "pT3 N1 M0", "IIB");
        stageRow("C25.0", "pT1b N2 M0", "III");
        stageRow("C25.0", "cT4 N0 M0", "III");
        stageRow("C25.0", "cT2 N1 M1", "IV");
        stageRow("C25.0", "cT2 cN2b cM0",
                 "refused:N2b does not exist for Pancréas exocrine (UICC 8 (2017)): "
                 "the N categories are NX, N0, N1, N2.");
        stageRow("C25.0", "cT2 N1a M0", "refused:N1a does not exist");
        stageRow("C25.0", "cT4b N0 M0", "refused:T4b does not exist");
        stageRow("C25.0", "cT2 N0 M1a", "refused:M1a does not exist");
        stageRow("C25.0", "cT2 N0 M0", "notable", "", "8240/3"); // a neuroendocrine tumour: its own table
        stageRow("C25.0", "cT3 N0 M0", "IIA", "", "8500/3");
    }
    void pancreas() { test::verifyStageRow(); }

    // UICC 8 (2017), stomach: clinical groups (cTNM) and pathological groups (pTNM, also ypTNM).
    void stomach_data() {
        test::stageColumns();
        stageRow("C16.2", "cTis N0 M0", "0");
        stageRow("C16.2", "cT1 N0 M0", "I");
        stageRow("C16.2", "cT2 N0 M0", "I");
        stageRow("C16.2", "cT1 N1 M0", "IIA");
        stageRow("C16.2", "cT2 N3 M0", "IIA");
        stageRow("C16.2", "cT3 N0 M0", "IIB");
        stageRow("C16.2", "cT4a N0 M0", "IIB");
        stageRow("C16.2", "cT3 N1 M0", "III");
        stageRow("C16.2", "cT4a N3b M0", "III");
        stageRow("C16.2", "cT4b N0 M0", "IVA");
        stageRow("C16.2", "cT2 N0 M1", "IVB");
        stageRow("C16.3", "pT1a N0 M0", "IA");
        stageRow("C16.3", "pT1 N1 M0", "IB");
        stageRow("C16.3", "pT2 N0 M0", "IB");
        stageRow("C16.3", "pT1 N2 M0", "IIA");
        stageRow("C16.3", "pT2 N1 M0", "IIA");
        stageRow("C16.3", "pT3 N0 M0", "IIA");
        stageRow("C16.3", "pT1 N3a M0", "IIB");
        stageRow("C16.3", "pT2 N2 M0", "IIB");
        stageRow("C16.3", "pT3 N1 M0", "IIB");
        stageRow("C16.3", "pT4a N0 M0", "IIB");
        stageRow("C16.3", "pT2 N3a M0", "IIIA");
        stageRow("C16.3", "pT3 N2 M0", "IIIA");
        stageRow("C16.3", "pT4a N1 M0", "IIIA");
        stageRow("C16.3", "pT4a N2 M0", "IIIA");
        stageRow("C16.3", "pT4b N0 M0", "IIIA");
        stageRow("C16.3", "pT1 N3b M0", "IIIB");
        stageRow("C16.3", "pT2 N3b M0", "IIIB");
        stageRow("C16.3", "pT3 N3a M0", "IIIB");
        stageRow("C16.3", "pT4a N3a M0", "IIIB");
        stageRow("C16.3", "pT4b N1 M0", "IIIB");
        stageRow("C16.3", "pT4b N2 M0", "IIIB");
        stageRow("C16.3", "pT3 N3b M0", "IIIC");
        stageRow("C16.3", "pT4a N3b M0", "IIIC");
        stageRow("C16.3", "pT4b N3a M0", "IIIC");
        stageRow("C16.3", "pT4b N3b M0", "IIIC");
        stageRow("C16.3", "pT2 N1 pM1", "IV");
        stageRow("C16.3", "ypT2 ypN1 cM0", "IIA");
        stageRow("C16.3", "pT1 N3 M0", "missing:N subcategory (N3a, N3b)");
        stageRow("C16.2", "cT2 N0 M1a", "refused:M1a does not exist for Estomac");
        stageRow("C16.2", "cT2 N1a M0", "refused:N1a does not exist");
        stageRow("C16.2", "cT2 N2b M0", "refused:N2b does not exist");
        stageRow("C16.2", "cT2 N0 M0", "notable", "", "8936/3"); // GIST: its own table
    }
    void stomach() { test::verifyStageRow(); }

    // UICC 8 (2017), liver (hepatocellular carcinoma) and intrahepatic bile ducts.
    void liverAndBileDucts_data() {
        test::stageColumns();
        stageRow("C22.0", "cT1a N0 M0", "IA");
        stageRow("C22.0", "cT1b N0 M0", "IB");
        stageRow("C22.0", "cT2 N0 M0", "II");
        stageRow("C22.0", "cT3 N0 M0", "IIIA");
        stageRow("C22.0", "cT4 N0 M0", "IIIB");
        stageRow("C22.0", "cT2 N1 M0", "IVA");
        stageRow("C22.0", "cT1a N0 M1", "IVB");
        stageRow("C22.9", "cT3 N0 M0", "IIIA", "", "8170/3");
        stageRow("C22.0", "cTis N0 M0", "refused:Tis does not exist for Foie");
        stageRow("C22.0", "cT2 N2 M0", "refused:N2 does not exist");
        stageRow("C22.0", "cT2 N0 M1a", "refused:M1a does not exist");
        stageRow("C22.0", "cT1 N0 M0", "~I");
        stageRow("C22.1", "pTis N0 M0", "0");
        stageRow("C22.1", "pT1a N0 M0", "IA");
        stageRow("C22.1", "pT1b N0 M0", "IB");
        stageRow("C22.1", "pT2 N0 M0", "II");
        stageRow("C22.1", "pT3 N0 M0", "IIIA");
        stageRow("C22.1", "pT4 N0 M0", "IIIB");
        stageRow("C22.1", "pT1a N1 M0", "IIIB");
        stageRow("C22.1", "pT2 N1 M1", "IV");
        stageRow("C22.9", "pT3 N0 M0", "IIIA", "", "8160/3");
        stageRow("C22.9", "pT3 N0 M0", "notable", "", "8000/3");
    }
    void liverAndBileDucts() { test::verifyStageRow(); }
};

QTEST_GUILESS_MAIN(TestStagingDigestive)
#include "tst_staging_digestive.moc"
