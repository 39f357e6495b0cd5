// The urological and gynaecological stage tables: every group boundary, the categories that do not
// exist for the site, what is missing. Sources: UICC TNM Classification of Malignant Tumours, 8th
// edition (2017) for the prostate (prognostic groups with PSA and ISUP grade group), kidney and bladder;
// FIGO 2018 for the cervix; FIGO 2009 as UICC 8 gives it for the endometrium; FIGO 2014 as UICC 8 gives
// it for the ovary and fallopian tube.
#include "tests/support/stagingrows.h"

#include <QtTest>

using namespace concerto;
using test::stageRow;

class TestStagingUroGyn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    // UICC 8 (2017), prostate, prognostic groups.
    void prostate_data() {
        test::stageColumns();
        stageRow("C61", "cT1c N0 M0", "I", "psa=6 gg=1");
        stageRow("C61", "cT2a N0 M0", "I", "psa=9.9 gg=1");
        stageRow("C61", "cT1c N0 M0", "IIA", "psa=10 gg=1");
        stageRow("C61", "cT2b N0 M0", "IIA", "psa=5 gg=1");
        stageRow("C61", "cT2c N0 M0", "IIA", "psa=19.9 gg=1");
        stageRow("C61", "cT2a N0 M0", "IIB", "psa=5 gg=2");
        stageRow("C61", "cT1c N0 M0", "IIC", "psa=5 gg=3");
        stageRow("C61", "cT2b N0 M0", "IIC", "psa=15 gg=4");
        stageRow("C61", "cT2b N0 M0", "IIIA", "psa=20 gg=1");
        stageRow("C61", "cT1c N0 M0", "IIIA", "psa=35 gg=4");
        stageRow("C61", "cT3a N0 M0", "IIIB", "gg=2"); // any PSA
        stageRow("C61", "cT4 N0 M0", "IIIB", "psa=50 gg=4");
        stageRow("C61", "cT1c N0 M0", "IIIC", "gg=5"); // any PSA
        stageRow("C61", "cT3b N0 M0", "IIIC", "psa=3 gg=5");
        stageRow("C61", "cT2 N1 M0", "IVA"); // N1 needs nothing more
        stageRow("C61", "cT3 N0 M1b", "IVB");
        stageRow("C61", "cT2 N0 M1", "IVB");
        stageRow("C61", "pT2 N0 cM0", "I", "psa=5 gg=1"); // pT2 is grouped as cT1–cT2a
        stageRow("C61", "pT2 N0 cM0", "IIA", "psa=12 gg=1");
        stageRow("C61", "pT3a N0 cM0", "IIIB", "gg=2");
        stageRow("C61", "cT1c N0 M0", "missing:PSA; ISUP grade group");
        stageRow("C61", "cT1c N0 M0", "missing:PSA", "gg=1");
        stageRow("C61", "cT1c N0 M0", "missing:ISUP grade group", "psa=5");
        stageRow("C61", "cT2b N0 M0", "missing:PSA", "gg=1"); // IIA or IIIA
        stageRow("C61", "cT3a N0 M0", "~III", "psa=5");       // IIIB or IIIC by the grade group
        stageRow("C61", "pT1 N0 cM0",
                 "refused:pT1 does not exist for Prostate (UICC 8 (2017)): the pT categories "
                 "are pTX, pT2, pT3, pT3a, pT3b, pT4.");
        stageRow("C61", "pT2a N0 cM0", "refused:pT2a does not exist");
        stageRow("C61", "cT2 N2 M0", "refused:N2 does not exist");
        stageRow("C61", "cT2 N0 M1d", "refused:M1d does not exist");
        stageRow("C61", "cTis N0 M0", "refused:Tis does not exist");
        stageRow("C61", "cT1c N0 M0", "refused:grade group goes from 1 to 5", "gg=6");
    }
    void prostate() { test::verifyStageRow(); }

    // UICC 8 (2017), kidney.
    void kidney_data() {
        test::stageColumns();
        stageRow("C64.9", "cT1a N0 M0", "I");
        stageRow("C64.9", "cT1b N0 M0", "I");
        stageRow("C64.9", "cT2a N0 M0", "II");
        stageRow("C64.9", "cT2b N0 M0", "II");
        stageRow("C64.9", "cT3a N0 M0", "III");
        stageRow("C64.9", "cT1 N1 M0", "III");
        stageRow("C64.9", "cT3c N1 M0", "III");
        stageRow("C64.9", "cT4 N0 M0", "IV");
        stageRow("C64.9", "cT2 N0 M1", "IV");
        stageRow("C64.9", "cT2 N2 M0", "refused:N2 does not exist for Rein");
        stageRow("C64.9", "cT3d N0 M0", "refused:T3d does not exist");
        stageRow("C64.9", "cTis N0 M0", "refused:Tis does not exist");
        stageRow("C64.9", "cT2 N0 M1a", "refused:M1a does not exist");
        stageRow("C64.9", "cT2 NX M0", "missing:N category");
    }
    void kidney() { test::verifyStageRow(); }

    // UICC 8 (2017), urinary bladder.
    void bladder_data() {
        test::stageColumns();
        stageRow("C67.2", "pTa N0 M0", "0a");
        stageRow("C67.2", "pTis N0 M0", "0is");
        stageRow("C67.2", "pT1 N0 M0", "I");
        stageRow("C67.2", "pT2a N0 M0", "II");
        stageRow("C67.2", "pT2b N0 M0", "II");
        stageRow("C67.2", "cT2 N0 M0", "II");
        stageRow("C67.2", "pT3a N0 M0", "IIIA");
        stageRow("C67.2", "pT4a N0 M0", "IIIA");
        stageRow("C67.2", "pT1 N1 M0", "IIIA");
        stageRow("C67.2", "pT4a N1 M0", "IIIA");
        stageRow("C67.2", "pT2 N2 M0", "IIIB");
        stageRow("C67.2", "pT3 N3 M0", "IIIB");
        stageRow("C67.2", "cT4b N0 M0", "IVA");
        stageRow("C67.2", "cT1 N0 M1a", "IVA");
        stageRow("C67.2", "cT1 N0 M1b", "IVB");
        stageRow("C67.2", "cT4 N0 M0", "missing:T subcategory (T4a, T4b)");
        stageRow("C67.2", "cT4c N0 M0", "refused:T4c does not exist for Vessie");
        stageRow("C67.2", "cT2 N1a M0", "refused:N1a does not exist");
        stageRow("C67.2", "cT2 N0 M1c", "refused:M1c does not exist");
        stageRow("C67.2", "pTa N1 M0", "nogroup");
    }
    void bladder() { test::verifyStageRow(); }

    // FIGO 2018, cervix (T1b1 up to 2 cm, T1b2 up to 4 cm, T1b3 over; N1 pelvic, N2 para-aortic).
    void cervix_data() {
        test::stageColumns();
        stageRow("C53.9", "pT1a1 N0 M0", "IA1");
        stageRow("C53.9", "pT1a2 N0 M0", "IA2");
        stageRow("C53.9", "cT1b1 N0 M0", "IB1");
        stageRow("C53.9", "cT1b2 N0 M0", "IB2");
        stageRow("C53.9", "cT1b3 N0 M0", "IB3");
        stageRow("C53.9", "cT2a1 N0 M0", "IIA1");
        stageRow("C53.9", "cT2a2 N0 M0", "IIA2");
        stageRow("C53.9", "cT2b N0 M0", "IIB");
        stageRow("C53.9", "cT3a N0 M0", "IIIA");
        stageRow("C53.9", "cT3b N0 M0", "IIIB");
        stageRow("C53.9", "cT1b1 N1 M0", "IIIC1");
        stageRow("C53.9", "cT3b N1 M0", "IIIC1");
        stageRow("C53.9", "cT2b N2 M0", "IIIC2");
        stageRow("C53.9", "cT4 N0 M0", "IVA");
        stageRow("C53.9", "cT4 N1 M0", "IVA");
        stageRow("C53.9", "cT2b N1 M1", "IVB");
        stageRow("C53.9", "cT1b N0 M0", "~IB");
        stageRow("C53.9", "cT1c N0 M0", "refused:T1c does not exist for Col de l'utérus");
        stageRow("C53.9", "cT4a N0 M0", "refused:T4a does not exist");
        stageRow("C53.9", "cT2b N3 M0", "refused:N3 does not exist");
        stageRow("C53.9", "cT2b NX M0", "missing:N category");
    }
    void cervix() { test::verifyStageRow(); }

    // FIGO 2009 / UICC 8 (2017), endometrium.
    void endometrium_data() {
        test::stageColumns();
        stageRow("C54.1", "pT1a N0 M0", "IA");
        stageRow("C54.1", "pT1b N0 M0", "IB");
        stageRow("C54.1", "pT2 N0 M0", "II");
        stageRow("C54.1", "pT3a N0 M0", "IIIA");
        stageRow("C54.1", "pT3b N0 M0", "IIIB");
        stageRow("C54.1", "pT1a N1 M0", "IIIC1");
        stageRow("C54.1", "pT3a N2 M0", "IIIC2");
        stageRow("C54.1", "pT4 N0 M0", "IVA");
        stageRow("C54.1", "pT4 N2 M0", "IVA");
        stageRow("C54.1", "pT1b N0 pM1", "IVB");
        stageRow("C54.1", "pT1 N0 M0", "~I");
        stageRow("C54.1", "pT3 N0 M0", "~III");
        stageRow("C54.1", "pTis N0 M0", "refused:Tis does not exist for Endomètre");
        stageRow("C54.1", "pT2a N0 M0", "refused:T2a does not exist");
        stageRow("C54.1", "pT2 N3 M0", "refused:N3 does not exist");
    }
    void endometrium() { test::verifyStageRow(); }

    // FIGO 2014 / UICC 8 (2017), ovary and fallopian tube.
    void ovary_data() {
        test::stageColumns();
        stageRow("C56.9", "pT1a N0 M0", "IA");
        stageRow("C56.9", "pT1b N0 M0", "IB");
        stageRow("C56.9", "pT1c1 N0 M0", "IC1");
        stageRow("C56.9", "pT1c2 N0 M0", "IC2");
        stageRow("C56.9", "pT1c3 N0 M0", "IC3");
        stageRow("C56.9", "pT1c N0 M0", "~IC");
        stageRow("C56.9", "pT2a N0 M0", "IIA");
        stageRow("C57.0", "pT2b N0 M0", "IIB");
        stageRow("C56.9", "pT1a N1a M0", "IIIA1");
        stageRow("C56.9", "pT2b N1b M0", "IIIA1");
        stageRow("C56.9", "pT3a N0 M0", "IIIA2");
        stageRow("C56.9", "pT3a N1 M0", "IIIA2");
        stageRow("C56.9", "pT3b N0 M0", "IIIB");
        stageRow("C56.9", "pT3c N1 M0", "IIIC");
        stageRow("C56.9", "pT3c N0 M1a", "IVA");
        stageRow("C56.9", "pT3c N0 M1b", "IVB");
        stageRow("C56.9", "pT3c N0 M1", "~IV");
        stageRow("C56.9", "pT2c N0 M0", "refused:T2c does not exist for Ovaire");
        stageRow("C56.9", "pT3c N0 M1c", "refused:M1c does not exist");
        stageRow("C56.9", "pT3c N2 M0", "refused:N2 does not exist");
    }
    void ovary() { test::verifyStageRow(); }
};

QTEST_GUILESS_MAIN(TestStagingUroGyn)
#include "tst_staging_urogyn.moc"
