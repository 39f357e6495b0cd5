// The tumour record keeps both stagings: the clinical TNM and the pathological one, each with its date,
// neither replacing the other; a record of an older version (one "tnm") is read into the right one by
// its prefix and loses nothing; T, N and M are "not applicable" for a haematological morphology.
#include "models/domain/inscription.h"
#include "models/domain/tumour.h"

#include <QJsonDocument>
#include <QtTest>

using namespace concerto;

namespace {

QJsonObject parse(const char *json) {
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTumour : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothStagingsAreKept() {
        Tumour t;
        t.topography = QStringLiteral("C18.7");
        t.morphology = QStringLiteral("8140/3");
        t.clinicalTnm = {QStringLiteral("c"),  QStringLiteral("T3"),   QStringLiteral("N1"),
                         QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8"),
                         QDate(2024, 1, 10)};
        t.pathologicalTnm = {QStringLiteral("p"),  QStringLiteral("T4a"),  QStringLiteral("N2b"),
                             QStringLiteral("M0"), QStringLiteral("IIIC"), QStringLiteral("UICC 8"),
                             QDate(2024, 2, 20)};
        const QJsonObject o = t.toJson();
        QVERIFY(!o.contains(QStringLiteral("tnm")));
        const QJsonObject clinical = o.value(QStringLiteral("clinicalTnm")).toObject();
        const QJsonObject pathological = o.value(QStringLiteral("pathologicalTnm")).toObject();
        QCOMPARE(clinical.value(QStringLiteral("t")).toString(), QStringLiteral("T3"));
        QCOMPARE(clinical.value(QStringLiteral("date")).toString(), QStringLiteral("2024-01-10"));
        QCOMPARE(pathological.value(QStringLiteral("t")).toString(), QStringLiteral("T4a"));
        QCOMPARE(pathological.value(QStringLiteral("date")).toString(), QStringLiteral("2024-02-20"));
        const Tumour back = Tumour::fromJson(o);
        QCOMPARE(back.clinicalTnm.text(), QStringLiteral("cT3 N1 M0 (UICC 8)"));
        QCOMPARE(back.pathologicalTnm.text(), QStringLiteral("pT4a N2b M0 (UICC 8)"));
        QCOMPARE(back.clinicalTnm.date, QDate(2024, 1, 10));
        QCOMPARE(back.pathologicalTnm.date, QDate(2024, 2, 20));
        QCOMPARE(back.latestTnm().stage, QStringLiteral("IIIC"));
        QCOMPARE(compact(back.toJson()), compact(o));
        // Without a pathological staging, the latest is the clinical one and nothing else is written.
        t.pathologicalTnm = {};
        QVERIFY(!t.toJson().contains(QStringLiteral("pathologicalTnm")));
        QCOMPARE(t.latestTnm().stage, QStringLiteral("IIIB"));
    }

    void olderSingleTnmGoesWhereItsPrefixSays_data() {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("pathological");
        QTest::newRow("c") << QStringLiteral("c") << false;
        QTest::newRow("no prefix") << QString() << false;
        QTest::newRow("yc") << QStringLiteral("yc") << false;
        QTest::newRow("r") << QStringLiteral("r") << false;
        QTest::newRow("p") << QStringLiteral("p") << true;
        QTest::newRow("yp") << QStringLiteral("yp") << true;
        QTest::newRow("rp") << QStringLiteral("rp") << true;
        QTest::newRow("P upper case") << QStringLiteral("P") << true;
    }
    void olderSingleTnmGoesWhereItsPrefixSays() {
        QFETCH(QString, prefix);
        QFETCH(bool, pathological);
        QJsonObject tnm = parse(R"({"t": "T2", "n": "N0", "m": "M0", "stage": "I", "edition": "UICC 8",
                                    "grade": "G2"})");
        if (!prefix.isEmpty())
            tnm.insert(QStringLiteral("prefix"), prefix);
        QJsonObject old = parse(R"({"topography": "C18.7", "morphology": "8140/3", "biomarkers": "KRAS"})");
        old.insert(QStringLiteral("tnm"), tnm);
        const Tumour t = Tumour::fromJson(old);
        const TnmStaging &moved = pathological ? t.pathologicalTnm : t.clinicalTnm;
        const TnmStaging &other = pathological ? t.clinicalTnm : t.pathologicalTnm;
        QCOMPARE(moved.t, QStringLiteral("T2"));
        QCOMPARE(moved.prefix, prefix);
        QCOMPARE(moved.stage, QStringLiteral("I"));
        QVERIFY(other.isEmpty());
        // Written back under its new key, with its own unknown key, and the tumour's unknown key kept.
        const QJsonObject written = t.toJson();
        QVERIFY(!written.contains(QStringLiteral("tnm")));
        const QJsonObject now =
            written.value(QLatin1String(pathological ? "pathologicalTnm" : "clinicalTnm")).toObject();
        QCOMPARE(now, tnm);
        QCOMPARE(written.value(QStringLiteral("biomarkers")).toString(), QStringLiteral("KRAS"));
        QVERIFY(!written.contains(QLatin1String(pathological ? "clinicalTnm" : "pathologicalTnm")));
        // And read again, it stays where it went.
        const Tumour again = Tumour::fromJson(written);
        QCOMPARE((pathological ? again.pathologicalTnm : again.clinicalTnm).t, QStringLiteral("T2"));
    }

    void olderTnmBesideTheNewKeysIsKeptAsItWas() {
        // A record with the new keys and an old "tnm" (an older client's edit): the new keys are read,
        // the old one is written back untouched.
        const QJsonObject o = parse(R"({"topography": "C50.4", "morphology": "8500/3",
            "clinicalTnm": {"prefix": "c", "t": "T2", "n": "N0", "m": "M0", "stage": "IIA",
                            "edition": "UICC 8", "date": "2024-03-01"},
            "tnm": {"prefix": "p", "t": "T1c", "n": "N0", "m": "M0", "edition": "UICC 8"}})");
        const Tumour t = Tumour::fromJson(o);
        QCOMPARE(t.clinicalTnm.t, QStringLiteral("T2"));
        QVERIFY(t.pathologicalTnm.isEmpty());
        QCOMPARE(compact(t.toJson()), compact(o));
    }

    void olderCaseReadsInAnInscription() {
        // The migration happens inside a whole case too, tumour by tumour.
        const QJsonObject o = parse(R"({"tumours": [
            {"topography": "C34.1", "morphology": "8140/3",
             "tnm": {"prefix": "c", "t": "T2a", "n": "N0", "m": "M0", "edition": "UICC 8"}},
            {"topography": "C61", "morphology": "8140/3",
             "tnm": {"prefix": "yp", "t": "T3a", "n": "N0", "m": "M0", "edition": "UICC 8"}}]})");
        const Inscription i = Inscription::fromJson(o);
        QCOMPARE(int(i.tumours.size()), 2);
        QCOMPARE(i.tumours[0].clinicalTnm.t, QStringLiteral("T2a"));
        QVERIFY(i.tumours[0].pathologicalTnm.isEmpty());
        QCOMPARE(i.tumours[1].pathologicalTnm.text(), QStringLiteral("ypT3a N0 M0 (UICC 8)"));
        QVERIFY(i.tumours[1].clinicalTnm.isEmpty());
    }

    void tnmNotApplicableForHaematology_data() {
        QTest::addColumn<QString>("morphology");
        QTest::addColumn<bool>("notApplicable");
        QTest::newRow("adenocarcinoma") << QStringLiteral("8140/3") << false;
        QTest::newRow("melanoma") << QStringLiteral("8720/3") << false;
        QTest::newRow("sarcoma") << QStringLiteral("8890/3") << false;
        QTest::newRow("just below lymphomas") << QStringLiteral("9589/3") << false;
        QTest::newRow("Hodgkin") << QStringLiteral("9650/3") << true;
        QTest::newRow("DLBCL") << QStringLiteral("9680/3") << true;
        QTest::newRow("follicular") << QStringLiteral("9690/3") << true;
        QTest::newRow("myeloma") << QStringLiteral("9732/3") << true;
        QTest::newRow("AML") << QStringLiteral("9861/3") << true;
        QTest::newRow("MDS") << QStringLiteral("9989/3") << true;
        QTest::newRow("none") << QString() << false;
        QTest::newRow("not a code") << QStringLiteral("lymphome") << false;
    }
    void tnmNotApplicableForHaematology() {
        QFETCH(QString, morphology);
        QFETCH(bool, notApplicable);
        Tumour t;
        t.topography = QStringLiteral("C83.3");
        t.morphology = morphology;
        QCOMPARE(t.tnmNotApplicable(), notApplicable);
        // Computed, never stored.
        QVERIFY(!compact(t.toJson()).contains("pplicable"));
    }
};

QTEST_GUILESS_MAIN(TestTumour)
#include "tst_tumour.moc"
