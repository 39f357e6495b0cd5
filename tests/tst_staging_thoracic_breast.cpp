// The lung and breast stage tables: every group boundary, the categories that do not exist for the
// site, what is missing. Source: UICC TNM Classification of Malignant Tumours, 8th edition (2017); for
// the breast, its anatomic stage groups (the prognostic groups are AJCC only).
#include "tests/support/stagingrows.h"

#include <QtTest>

using namespace concerto;
using test::stageRow;

class TestStagingThoracicBreast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    // UICC 8 (2017), lung.
    void lung_data() {
        test::stageColumns();
        stageRow("C34.1", "cTis N0 M0", "0");
        stageRow("C34.1", "pT1mi N0 M0", "IA1");
        stageRow("C34.1", "cT1a N0 M0", "IA1");
        stageRow("C34.1", "cT1b N0 M0", "IA2");
        stageRow("C34.1", "cT1c N0 M0", "IA3");
        stageRow("C34.1", "cT2a N0 M0", "IB");
        stageRow("C34.1", "cT2b N0 M0", "IIA");
        stageRow("C34.1", "cT3 N0 M0", "IIB");
        stageRow("C34.1", "cT1a N1 M0", "IIB");
        stageRow("C34.1", "cT2b N1 M0", "IIB");
        stageRow("C34.1", "cT2 N1 M0", "IIB"); // the issue: T1–2 N1 was staged IIIA
        stageRow("C34.1", "cT1 N1 M0", "IIB");
        stageRow("C34.1", "cT3 N1 M0", "IIIA");
        stageRow("C34.1", "cT4 N0 M0", "IIIA");
        stageRow("C34.1", "cT4 N1 M0", "IIIA");
        stageRow("C34.1", "cT1c N2 M0", "IIIA");
        stageRow("C34.1", "cT2a N3 M0", "IIIB");
        stageRow("C34.1", "cT3 N2 M0", "IIIB");
        stageRow("C34.1", "cT4 N2 M0", "IIIB");
        stageRow("C34.1", "cT3 N3 M0", "IIIC");
        stageRow("C34.1", "cT4 N3 M0", "IIIC");
        stageRow("C34.1", "cT1a N0 M1a", "IVA");
        stageRow("C34.1", "cT2a N0 M1b", "IVA"); // the issue: M1b was staged IVB
        stageRow("C34.1", "cT2a N0 M1c", "IVB");
        stageRow("C34.1", "cTX NX M1c", "IVB");
        stageRow("C34.1", "cT1b N0 M0", "IA2", "", "8041/3"); // small-cell carcinoma: the same table
        stageRow("C34.1", "cT1 N0 M0", "~IA");
        stageRow("C34.1", "cT2 N0 M1", "~IV");
        stageRow("C34.1", "cT2 N0 M0", "missing:T subcategory (T2a, T2b)");
        stageRow("C34.1", "cTX N0 M0", "missing:T category"); // an occult carcinoma has no numbered group
        stageRow("C34.1", "cT4a N0 M0", "refused:T4a does not exist for Poumon");
        stageRow("C34.1", "cT1d N0 M0", "refused:T1d does not exist");
        stageRow("C34.1", "cT2 N1a M0", "refused:N1a does not exist");
        stageRow("C34.1", "cT2 N0 M1d", "refused:M1d does not exist");
        stageRow("C34.1", "cTis N1 M0", "nogroup");
    }
    void lung() { test::verifyStageRow(); }

    // UICC 8 (2017), breast, anatomic stage groups.
    void breast_data() {
        test::stageColumns();
        stageRow("C50.4", "pTis N0 M0", "0");
        stageRow("C50.4", "pTis(DCIS) pN0 cM0", "0");
        stageRow("D05.1", "pTis(DCIS) N0 M0", "0");
        stageRow("C50.4", "pT1mi N0 M0", "IA");
        stageRow("C50.4", "pT1c N0 M0", "IA");
        stageRow("C50.4", "pT0 N1mi M0", "IB");
        stageRow("C50.4", "pT1b N1mi M0", "IB");
        stageRow("C50.4", "cT0 N1 M0", "IIA");
        stageRow("C50.4", "cT1 N1 M0", "IIA");
        stageRow("C50.4", "pT1c N1a M0", "IIA");
        stageRow("C50.4", "pT2 N0 M0", "IIA");
        stageRow("C50.4", "pT2 N1 M0", "IIB"); // the issue: it was staged IIIA
        stageRow("C50.4", "pT2 N1mi M0", "IIB");
        stageRow("C50.4", "pT3 N0 M0", "IIB");
        stageRow("C50.4", "cT0 N2 M0", "IIIA");
        stageRow("C50.4", "pT2 N2a M0", "IIIA");
        stageRow("C50.4", "pT3 N1 M0", "IIIA");
        stageRow("C50.4", "pT3 N2b M0", "IIIA");
        stageRow("C50.4", "cT4a N0 M0", "IIIB");
        stageRow("C50.4", "cT4b N1 M0", "IIIB");
        stageRow("C50.4", "cT4d N2 M0", "IIIB");
        stageRow("C50.4", "cT1 N3 M0", "IIIC");
        stageRow("C50.4", "cT4 N3c M0", "IIIC");
        stageRow("C50.4", "cT2 N1 M1", "IV");
        stageRow("C50.4", "cTX N3 M0", "IIIC");
        stageRow("C50.4", "cTX N0 M0", "missing:T category");
        stageRow("C50.4", "cT2 N0 M1a", "refused:M1a does not exist for Sein");
        stageRow("C50.4", "cT2 N2c M0", "refused:N2c does not exist");
        stageRow("C50.4", "cTa N0 M0", "refused:Ta does not exist");
        stageRow("C50.4", "cT0 N0 M0", "nogroup");
        stageRow("C50.4", "pTis N1 M0", "nogroup");
    }
    void breast() { test::verifyStageRow(); }
};

QTEST_GUILESS_MAIN(TestStagingThoracicBreast)
#include "tst_staging_thoracic_breast.moc"
