// The oesophagus and oesophagogastric junction table, the one that depends most on more than T, N and
// M: clinical groups by histology, pathological groups by grade and (squamous) location, and the
// post-neoadjuvant groups shared by both histologies. Source: UICC TNM Classification of Malignant
// Tumours, 8th edition (2017), oesophagus including the oesophagogastric junction.
#include "tests/support/stagingrows.h"

#include <QtTest>

using namespace concerto;
using test::stageRow;

namespace {
const char *const kSquamous = "8070/3";
const char *const kAdeno = "8140/3";
} // namespace

class TestStagingOesophagus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    // cTNM, squamous cell carcinoma.
    void clinicalSquamous_data() {
        test::stageColumns();
        stageRow("C15.4", "cTis N0 M0", "0", "", kSquamous);
        stageRow("C15.4", "cT1 N0 M0", "I", "", kSquamous);
        stageRow("C15.4", "cT1b N1 M0", "I", "", kSquamous);
        stageRow("C15.4", "cT2 N0 M0", "II", "", kSquamous);
        stageRow("C15.4", "cT2 N1 M0", "II", "", kSquamous);
        stageRow("C15.4", "cT3 N0 M0", "II", "", kSquamous);
        stageRow("C15.4", "cT3 N1 M0", "III", "", kSquamous);
        stageRow("C15.4", "cT1 N2 M0", "III", "", kSquamous);
        stageRow("C15.4", "cT4a N0 M0", "IVA", "", kSquamous);
        stageRow("C15.4", "cT2 N3 M0", "IVA", "", kSquamous);
        stageRow("C15.4", "cT2 N0 M1", "IVB", "", kSquamous);
        stageRow("C15.4", "cT2 N0 M0", "II", "", "8560/3"); // adenosquamous: staged as squamous
    }
    void clinicalSquamous() { test::verifyStageRow(); }

    // cTNM, adenocarcinoma (the junction, C16.0, is staged here).
    void clinicalAdeno_data() {
        test::stageColumns();
        stageRow("C15.5", "cTis N0 M0", "0", "", kAdeno);
        stageRow("C15.5", "cT1 N0 M0", "I", "", kAdeno);
        stageRow("C15.5", "cT1 N1 M0", "IIA", "", kAdeno);
        stageRow("C16.0", "cT2 N0 M0", "IIB", "", kAdeno);
        stageRow("C16.0", "cT2 N1 M0", "III", "", kAdeno);
        stageRow("C15.5", "cT3 N0 M0", "III", "", kAdeno);
        stageRow("C15.5", "cT4a N1 M0", "III", "", kAdeno);
        stageRow("C15.5", "cT3 N2 M0", "IVA", "", kAdeno);
        stageRow("C15.5", "cT4b N0 M0", "IVA", "", kAdeno);
        stageRow("C15.5", "cT1 N3 M0", "IVA", "", kAdeno);
        stageRow("C15.5", "cT1 N0 M1", "IVB", "", kAdeno);
        // Without the morphology the clinical group is not known where the histologies differ.
        stageRow("C15.5", "cT1 N1 M0", "missing:histological type");
        stageRow("C15.5", "cT3 N2 M0", "missing:histological type");
        stageRow("C15.5", "cT2 N3 M0", "IVA"); // both histologies agree
    }
    void clinicalAdeno() { test::verifyStageRow(); }

    // pTNM, squamous cell carcinoma: grade, and location for T3 N0.
    void pathologicalSquamous_data() {
        test::stageColumns();
        stageRow("C15.3", "pTis N0 M0", "0", "", kSquamous);
        stageRow("C15.3", "pT1a N0 M0", "IA", "grade=G1", kSquamous);
        stageRow("C15.3", "pT1a N0 M0", "IA", "grade=GX", kSquamous);
        stageRow("C15.3", "pT1a N0 M0", "IB", "grade=G2", kSquamous);
        stageRow("C15.3", "pT1b N0 M0", "IB", "grade=G3", kSquamous);
        stageRow("C15.3", "pT1b N0 M0", "IB", "", kSquamous); // the grade does not change it
        stageRow("C15.3", "pT2 N0 M0", "IB", "grade=G1", kSquamous);
        stageRow("C15.3", "pT2 N0 M0", "IIA", "grade=G2", kSquamous);
        stageRow("C15.3", "pT2 N0 M0", "IIA", "grade=GX", kSquamous);
        stageRow("C15.5", "pT3 N0 M0", "IIA", "grade=G3 location=lower", kSquamous);
        stageRow("C15.3", "pT3 N0 M0", "IIA", "grade=G1 location=upper", kSquamous);
        stageRow("C15.4", "pT3 N0 M0", "IIB", "grade=G2 location=middle", kSquamous);
        stageRow("C15.9", "pT3 N0 M0", "IIB", "grade=G1 location=X", kSquamous);
        stageRow("C15.3", "pT1 N1 M0", "IIB", "", kSquamous);
        stageRow("C15.3", "pT1 N2 M0", "IIIA", "", kSquamous);
        stageRow("C15.3", "pT2 N1 M0", "IIIA", "", kSquamous);
        stageRow("C15.3", "pT2 N2 M0", "IIIB", "", kSquamous);
        stageRow("C15.3", "pT3 N1 M0", "IIIB", "", kSquamous);
        stageRow("C15.3", "pT4a N0 M0", "IIIB", "", kSquamous);
        stageRow("C15.3", "pT4a N2 M0", "IVA", "", kSquamous);
        stageRow("C15.3", "pT4b N0 M0", "IVA", "", kSquamous);
        stageRow("C15.3", "pT1 N3 M0", "IVA", "", kSquamous);
        stageRow("C15.3", "pT1 N0 pM1", "IVB", "", kSquamous);
        stageRow("C15.3", "pT1a N0 M0", "~I", "", kSquamous);         // IA or IB by the grade
        stageRow("C15.3", "pT3 N0 M0", "~II", "grade=G2", kSquamous); // the location decides
        stageRow("C15.3", "pT3 N0 M0", "IIA", "location=lower", kSquamous);
    }
    void pathologicalSquamous() { test::verifyStageRow(); }

    // pTNM, adenocarcinoma: grade for T1–T2 N0.
    void pathologicalAdeno_data() {
        test::stageColumns();
        stageRow("C15.5", "pT1a N0 M0", "IA", "grade=G1", kAdeno);
        stageRow("C15.5", "pT1a N0 M0", "IA", "grade=GX", kAdeno);
        stageRow("C15.5", "pT1a N0 M0", "IB", "grade=G2", kAdeno);
        stageRow("C15.5", "pT1b N0 M0", "IB", "grade=G2", kAdeno);
        stageRow("C15.5", "pT1b N0 M0", "IB", "grade=GX", kAdeno);
        stageRow("C15.5", "pT1a N0 M0", "IC", "grade=G3", kAdeno);
        stageRow("C15.5", "pT2 N0 M0", "IC", "grade=G2", kAdeno);
        stageRow("C15.5", "pT2 N0 M0", "IIA", "grade=G3", kAdeno);
        stageRow("C15.5", "pT2 N0 M0", "IIA", "grade=GX", kAdeno);
        stageRow("C15.5", "pT3 N0 M0", "IIB", "", kAdeno);
        stageRow("C15.5", "pT1 N1 M0", "IIB", "", kAdeno);
        stageRow("C15.5", "pT2 N1 M0", "IIIA", "", kAdeno);
        stageRow("C15.5", "pT3 N2 M0", "IIIB", "", kAdeno);
        stageRow("C15.5", "pT4a N2 M0", "IVA", "", kAdeno);
        stageRow("C15.5", "pT2 N0 M0", "missing:grade", "", kAdeno);
        stageRow("C15.5", "pT2 N0 M0", "refused:G4", "grade=G4", kAdeno);
    }
    void pathologicalAdeno() { test::verifyStageRow(); }

    // ypTNM, both histologies.
    void postTherapy_data() {
        test::stageColumns();
        stageRow("C15.5", "ypT0 ypN0 cM0", "I");
        stageRow("C15.5", "ypT2 N0 cM0", "I");
        stageRow("C15.5", "ypT3 N0 cM0", "II");
        stageRow("C15.5", "ypT1 N1 cM0", "IIIA");
        stageRow("C15.5", "ypT3 N1 cM0", "IIIB");
        stageRow("C15.5", "ypT2 N2 cM0", "IIIB");
        stageRow("C15.5", "ypT4a N0 cM0", "IIIB");
        stageRow("C15.5", "ypT4a N1 cM0", "IVA");
        stageRow("C15.5", "ypT4a NX cM0", "IVA"); // as the table writes it
        stageRow("C15.5", "ypT4b N0 cM0", "IVA");
        stageRow("C15.5", "ypT0 N3 cM0", "IVA");
        stageRow("C15.5", "ypT2 N0 pM1", "IVB");
        stageRow("C15.5", "ypT2 NX cM0", "missing:N category");
    }
    void postTherapy() { test::verifyStageRow(); }

    void categories_data() {
        test::stageColumns();
        stageRow("C15.4", "cT2 N1a M0", "refused:N1a does not exist for Œsophage", "", kSquamous);
        stageRow("C15.4", "cT2 N0 M1a", "refused:M1a does not exist", "", kSquamous);
        stageRow("C15.4", "cT1c N0 M0", "refused:T1c does not exist", "", kSquamous);
        stageRow("C15.4", "pT3 N0 M0", "refused:\"top\" is not a location", "location=top", kSquamous);
    }
    void categories() { test::verifyStageRow(); }
};

QTEST_GUILESS_MAIN(TestStagingOesophagus)
#include "tst_staging_oesophagus.moc"
