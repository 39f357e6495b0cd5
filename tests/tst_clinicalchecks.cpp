// The checks of a case's clinical data: ICD-10 topography and ICD-O-3 morphology, partial dates and the
// date of diagnosis, the tumour block with its two stagings checked against the staging tables of its
// site (categories of the site, a typed stage group that disagrees, a TNM in the wrong place, a pTNM dated
// before the surgery or the diagnosis, Lugano A/B on a non-Hodgkin lymphoma), what a tumour needs before
// a fiche is signed (the clinical TNM of a solid tumour; T, N and M not applicable for haematology), the
// fiche check with the case it freezes, the store's refusal, and the WHO performance status.
#include "models/store/ficherepository.h"
#include "models/validation/clinicalchecks.h"
#include "models/validation/fichecheck.h"
#include "models/validation/icdcodes.h"
#include "services/ficheservice.h"
#include "tests/support/checkrows.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::validation;
using namespace concerto::test;

namespace {
const QDate kToday(2026, 11, 24);

TnmStaging tnm(const char *prefix, const char *t, const char *n, const char *m, const char *stage,
               const QDate &date = {}) {
    return {QLatin1String(prefix),
            QLatin1String(t),
            QLatin1String(n),
            QLatin1String(m),
            QLatin1String(stage),
            QStringLiteral("UICC 8"),
            date};
}

// A sigmoid adenocarcinoma diagnosed on 05/02/2024, cT3 cN1a cM0, operated on 20/03/2024, pT3 pN2a.
Tumour colon() {
    Tumour t;
    t.diagnosisDate = QDate(2024, 2, 5);
    t.diagnosisDayKnown = true;
    t.topography = QStringLiteral("C18.7");
    t.morphology = QStringLiteral("8140/3");
    t.clinicalTnm = tnm("c", "T3", "N1a", "M0", "IIIB", QDate(2024, 2, 8));
    t.pathologicalTnm = tnm("p", "T3", "N2a", "cM0", "IIIB", QDate(2024, 4, 2));
    return t;
}

std::vector<PastTreatment> colectomy() {
    return {{QStringLiteral("387713003"), QStringLiteral("Colectomie gauche"), QDate(2024, 3, 20),
             QDate(2024, 3, 20), TreatmentState::Done}};
}

Tumour lymphoma(const char *value) {
    Tumour t;
    t.diagnosisDate = QDate(2024, 2, 5);
    t.topography = QStringLiteral("C83.3");
    t.morphology = QStringLiteral("9680/3");
    t.otherStagings = {{QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QLatin1String(value)}};
    return t;
}

// A change made to the colon tumour, and the reason it must then be refused for (empty: still valid).
struct Change {
    const char *name;
    void (*apply)(Tumour &);
    const char *reason;
};

const Change kStagingChanges[] = {
    {"colon c and p", [](Tumour &) {}, ""},
    {"no pathological TNM", [](Tumour &t) { t.pathologicalTnm = {}; }, ""},
    {"typed stage disagrees", [](Tumour &t) { t.clinicalTnm.stage = QStringLiteral("IIIC"); }, "IIIC"},
    {"N3 does not exist for the colon", [](Tumour &t) { t.clinicalTnm.n = QStringLiteral("N3"); }, "N3"},
    {"N2b does not exist for the pancreas",
     [](Tumour &t) {
         t.topography = QStringLiteral("C25.0");
         t.morphology = QStringLiteral("8500/3");
         t.clinicalTnm = tnm("c", "T2", "N2b", "M0", "");
         t.pathologicalTnm = {};
     },
     "N2b"},
    {"the clinical TNM holds a p prefix", [](Tumour &t) { t.clinicalTnm.prefix = QStringLiteral("p"); },
     "record it as the pathological TNM"},
    {"the pathological TNM holds a c prefix",
     [](Tumour &t) { t.pathologicalTnm.prefix = QStringLiteral("c"); },
     "needs the prefix p, yp or rp, not \"c\""},
    {"yp is pathological", [](Tumour &t) { t.pathologicalTnm.prefix = QStringLiteral("yp"); }, ""},
    {"pTNM before the surgery", [](Tumour &t) { t.pathologicalTnm.date = QDate(2024, 3, 19); },
     "dated 19/03/2024, before the surgery (20/03/2024)"},
    {"pTNM on the day of the surgery", [](Tumour &t) { t.pathologicalTnm.date = QDate(2024, 3, 20); }, ""},
    {"pTNM before the diagnosis", [](Tumour &t) { t.pathologicalTnm.date = QDate(2024, 2, 1); },
     "dated 01/02/2024, before the diagnosis (05/02/2024)"},
    {"pTNM in the month of a diagnosis known to the month",
     [](Tumour &t) {
         t.diagnosisDayKnown = false;
         t.diagnosisDate = QDate(2024, 3, 27);
         t.pathologicalTnm.date = QDate(2024, 3, 25);
     },
     ""},
    {"pTNM before a diagnosis known to the day",
     [](Tumour &t) {
         t.diagnosisDate = QDate(2024, 3, 27);
         t.pathologicalTnm.date = QDate(2024, 3, 25);
     },
     "before the diagnosis (27/03/2024)"},
    {"pTNM the month before a diagnosis known to the month",
     [](Tumour &t) {
         t.diagnosisDayKnown = false;
         t.diagnosisDate = QDate(2024, 3, 1);
         t.pathologicalTnm.date = QDate(2024, 2, 28);
     },
     "before the diagnosis (03/2024)"},
    {"Lugano A/B on a non-Hodgkin lymphoma", [](Tumour &t) { t = lymphoma("IIB"); }, "A or B"},
    {"Lugano on a non-Hodgkin lymphoma", [](Tumour &t) { t = lymphoma("II bulky"); }, ""},
    {"Ann Arbor on a carcinoma",
     [](Tumour &t) {
         t.otherStagings = {
             {QStringLiteral("Ann Arbor"), QStringLiteral("Lugano 2014"), QStringLiteral("II")}};
     },
     "lymphomas"},
    {"a TNM on a lymphoma",
     [](Tumour &t) {
         const TnmStaging c = t.clinicalTnm;
         t = lymphoma("III");
         t.clinicalTnm = c;
     },
     "applicable"},
};

Fiche signable() {
    Fiche f;
    f.meetingDate = QDate(2024, 5, 14);
    f.caseStatus = QString::fromLatin1(kCaseDiscussed);
    f.quorum = QuorumStatus::Met;
    for (const char *s : {"surgery-digestive", "medical-oncology", "radiation-oncology"})
        f.attendees.push_back({QUuid::createUuid(), QLatin1String(s), false, true});
    f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX, 6 mois"), {}, {}}};
    f.coordinatorId = QUuid::createUuid();
    return f;
}

QJsonObject snapshot(const std::vector<Tumour> &tumours, const std::vector<PastTreatment> &treatments = {}) {
    ClinicalContext clinical;
    clinical.treatments = treatments;
    QJsonObject o;
    json::putList(o, "tumours", tumours);
    json::put(o, "clinical", clinical.toJson());
    return o;
}
} // namespace

class TestClinicalChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void topography_data() {
        addRows();
        rows({"C00", "C18.7", "C50.9", "C46.70", "C16.9+0", "D00", "D48.9", "B21.0", ""});
        row("D49", "D49", "D49 is not a tumour code: the fiche takes ICD-10 codes from C00 to D48");
        row("I10", "I10", "I10 is not a tumour code");
        row("no dot", "C509", "Write the ICD-10 code as \"C50.9\"");
        row("lower case", "c50.9", "as \"C50.9\"");
        row("one digit", "C5", "\"C5\" is not an ICD-10 code");
        row("three decimals", "C50.123", "not an ICD-10 code");
    }
    void topography() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkTopography(input), reason);
    }

    void morphology_data() {
        addRows();
        rows({"8140/3", "8000/0", "8010/2", "8000/6", "8000/9", "9990/1", ""});
        row("behaviour 5", "8140/5", "not 5");
        row("behaviour 4", "8140/4", "behaviour code after the slash is 0");
        row("no slash", "81403", "Put a slash before the behaviour code: \"8140/3\"");
        row("short", "814/3", "\"814/3\" is not an ICD-O-3 morphology");
        row("below 8000", "7140/3", "run from 8000 to 9999, not 7140");
    }
    void morphology() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkMorphology(input), reason);
    }

    void partialDates_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("precision"); // DatePrecision
        QTest::addColumn<QString>("reason");
        const auto add = [](const char *input, QDate date, DatePrecision precision, const char *reason = "") {
            QTest::newRow(input) << QString::fromLatin1(input) << date << int(precision)
                                 << QString::fromLatin1(reason);
        };
        add("08/2023", QDate(2023, 8, 1), DatePrecision::Month);
        add("8/2023", QDate(2023, 8, 1), DatePrecision::Month);
        add("14/08/2023", QDate(2023, 8, 14), DatePrecision::Day);
        add("2023-08", QDate(2023, 8, 1), DatePrecision::Month);
        add(" 2023-08-14 ", QDate(2023, 8, 14), DatePrecision::Day);
        add("29/02/2024", QDate(2024, 2, 29), DatePrecision::Day);
        add("2023", QDate(), DatePrecision::None, "Give the month as well");
        add("13/2023", QDate(), DatePrecision::None, "There is no month 13");
        add("2023-00", QDate(), DatePrecision::None, "There is no month 0");
        add("31/02/2023", QDate(), DatePrecision::None, "not a day of the calendar");
        add("2023-02-29", QDate(), DatePrecision::None, "not a day of the calendar");
        add("last spring", QDate(), DatePrecision::None, "write MM/YYYY or DD/MM/YYYY");
        add("", QDate(), DatePrecision::None, "No date");
    }
    void partialDates() {
        QFETCH(QString, input);
        QFETCH(QDate, date);
        QFETCH(int, precision);
        QFETCH(QString, reason);
        const DateParse p = parsePartialDate(input);
        QCOMPARE(int(p.value.precision), precision);
        QCOMPARE(p.value.date, date);
        verify(p.check, reason);
    }

    void diagnosisDates_data() {
        addRows();
        rows({"11/2026", "24/11/2026", "03/1955"}); // today is 24/11/2026, birth 03/03/1955
        row("tomorrow", "25/11/2026", "The date of diagnosis (25/11/2026) is in the future");
        row("next month", "12/2026", "(12/2026) is in the future");
        row("before birth", "01/03/1955", "is before the birth date (03/03/1955)");
        row("month before birth", "02/1955", "(02/1955) is before the birth date");
        row("missing", "", "give at least the month and the year");
    }
    void diagnosisDates() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkDiagnosisDate(parsePartialDate(input).value, QDate(1955, 3, 3), kToday), reason);
    }

    void diagnosisDateOfTumour() {
        Tumour t;
        QVERIFY(!checkDiagnosisDate(t, QDate(1955, 3, 3), kToday));
        t.diagnosisDate = QDate(2026, 11, 1); // month known only: November 2026 is not in the future
        QVERIFY(checkDiagnosisDate(t, QDate(1955, 3, 3), QDate(2026, 11, 1)));
        t.diagnosisDate = QDate(2026, 11, 30);
        t.diagnosisDayKnown = true;
        QVERIFY(!checkDiagnosisDate(t, QDate(1955, 3, 3), kToday));
    }

    void tumourBlock() {
        Tumour t;
        t.diagnosisDate = QDate(2026, 10, 1);
        t.topography = QStringLiteral("C18.7");
        t.morphology = QStringLiteral("8140/3");
        t.pathologicalTnm = {QStringLiteral("p"),  QStringLiteral("T3"),   QStringLiteral("N1b"),
                             QStringLiteral("M0"), QStringLiteral("IIIB"), QStringLiteral("UICC 8")};
        QVERIFY2(checkTumour(t, QDate(1955, 3, 3), kToday), qPrintable(checkTumour(t, {}, kToday).text()));
        t.diagnosisDate = QDate();
        t.topography.clear();
        t.morphology = QStringLiteral("8140/4");
        t.pathologicalTnm.edition.clear();
        const Check check = checkTumour(t, QDate(1955, 3, 3), kToday);
        QCOMPARE(check.messages.size(), 4);
        QVERIFY(check.messages.at(0).contains(QStringLiteral("date of diagnosis is missing")));
        QVERIFY(check.messages.at(1).contains(
            QStringLiteral("topography (ICD-10 code) of the tumour is missing")));
        QVERIFY(check.messages.at(2).contains(QStringLiteral("not 4")));
        QVERIFY(check.messages.at(3).contains(QStringLiteral("Give the TNM edition")));
    }

    void performanceStatus() {
        for (int s = 0; s <= 4; ++s)
            QVERIFY(checkPerformanceStatus(s));
        QVERIFY(checkPerformanceStatus(-1));
        QVERIFY(checkPerformanceStatus(-1, true).message().contains(QStringLiteral("missing")));
        QVERIFY(checkPerformanceStatus(5).message().contains(QStringLiteral("0 to 4, not 5")));
        QVERIFY(!checkPerformanceStatus(-2));
        QVERIFY(checkPerformanceStatus(QStringLiteral(" 3 ")));
        QVERIFY(
            checkPerformanceStatus(QStringLiteral("II")).message().contains(QStringLiteral("not \"II\"")));
        QVERIFY(checkPerformanceStatus(QStringLiteral("7")).message().contains(QStringLiteral("not 7")));
    }

    void tumourStaging_data() {
        QTest::addColumn<int>("change");
        for (int i = 0; i < int(std::size(kStagingChanges)); ++i)
            QTest::newRow(kStagingChanges[i].name) << i;
    }
    void tumourStaging() {
        QFETCH(int, change);
        Tumour t = colon();
        kStagingChanges[change].apply(t);
        verify(checkTumourStaging(t, colectomy()), QString::fromUtf8(kStagingChanges[change].reason));
    }

    void tumourStagingIsPartOfTheTumourBlock() {
        Tumour t = colon();
        t.clinicalTnm.n = QStringLiteral("N3");
        QVERIFY(checkTumour(t, QDate(1955, 3, 3), kToday).text().contains(QStringLiteral("N3")));
    }

    void signingNeedsTheClinicalTnmOfASolidTumour() {
        Tumour t = colon();
        QVERIFY2(checkTumourForSigning(t, colectomy()),
                 qPrintable(checkTumourForSigning(t, colectomy()).text()));
        // The pathological TNM does not stand for the clinical one.
        t.clinicalTnm = {};
        verify(checkTumourForSigning(t, colectomy()),
               QStringLiteral("The clinical TNM (T, N and M) of the tumour C18.7 is missing"));
        t.clinicalTnm = tnm("c", "T3", "N1a", "", "");
        verify(checkTumourForSigning(t, colectomy()), QStringLiteral("is missing"));
        // Not applicable to a lymphoma or a myeloma: nothing is asked.
        QVERIFY(lymphoma("III").tnmNotApplicable());
        QVERIFY2(checkTumourForSigning(lymphoma("III"), {}),
                 qPrintable(checkTumourForSigning(lymphoma("III"), {}).text()));
        Tumour myeloma;
        myeloma.topography = QStringLiteral("C90.0");
        myeloma.morphology = QStringLiteral("9732/3");
        myeloma.otherStagings = {{QStringLiteral("R-ISS"), QStringLiteral("2015"), QStringLiteral("II")}};
        QVERIFY2(checkTumourForSigning(myeloma, {}), qPrintable(checkTumourForSigning(myeloma, {}).text()));
        myeloma.otherStagings.front().value = QStringLiteral("IV");
        QVERIFY(!checkTumourForSigning(myeloma, {}));
    }

    void theFicheCheckReadsTheCaseItFreezes() {
        const Fiche f = signable();
        const QUuid signer = f.coordinatorId;
        QVERIFY(checkFicheForSigning(f, signer, snapshot({colon()}, colectomy())));
        Tumour noClinical = colon();
        noClinical.clinicalTnm = {};
        verify(checkFicheForSigning(f, signer, snapshot({noClinical}, colectomy())),
               QStringLiteral("The clinical TNM (T, N and M) of the tumour C18.7 is missing"));
        // The treatments of the snapshot date the surgery.
        Tumour early = colon();
        early.pathologicalTnm.date = QDate(2024, 3, 1);
        QVERIFY(checkFicheForSigning(f, signer, snapshot({early})));
        verify(checkFicheForSigning(f, signer, snapshot({early}, colectomy())),
               QStringLiteral("before the surgery"));
        // With two tumours each message names its tumour.
        verify(checkFicheForSigning(f, signer, snapshot({colon(), noClinical}, colectomy())),
               QStringLiteral("Tumour C18.7: The clinical TNM"));
        // A fiche that holds its case is checked with it, as the demo and the tests re-check signed ones.
        Fiche frozen = f;
        frozen.caseSnapshot = snapshot({noClinical});
        verify(checkFicheForSigning(frozen), QStringLiteral("is missing"));
        verify(checkFicheForSigning(frozen, signer, QJsonObject{}), QStringLiteral("is missing"));
        QVERIFY(checkFicheForSigning(frozen, signer, snapshot({colon()})));
        // No tumour in the snapshot (or none at all): nothing is asked of the case.
        QVERIFY(
            checkFicheForSigning(f, signer, QJsonObject{{QStringLiteral("question"), QStringLiteral("?")}}));
        QVERIFY(checkFicheForSigning(f, signer));
    }

    void theStoreRefusesToSignACaseWithoutItsClinicalTnm() {
        QTemporaryDir dir;
        std::unique_ptr<Database> db = Database::create(dir.filePath(QStringLiteral("sign.db")));
        QVERIFY(db);
        Fiche fiche = saveSampleCase(*db);
        fiche.coordinatorId = QUuid::createUuid();
        fiche.quorum = QuorumStatus::Met;
        fiche.attendees.clear();
        for (const char *s : {"surgery-digestive", "medical-oncology", "radiation-oncology"})
            fiche.attendees.push_back({QUuid::createUuid(), QLatin1String(s), false, true});
        if (fiche.proposal.empty())
            fiche.proposal = signable().proposal;
        FicheRepository fiches(*db);
        QVERIFY(fiches.save(fiche).ok);
        Tumour noClinical = colon();
        noClinical.clinicalTnm = {};
        Fiche attempt = fiche;
        const StoreResult refused =
            FicheService(*db).sign(attempt, fiche.coordinatorId, snapshot({noClinical}, colectomy()));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("clinical TNM")), qPrintable(refused.error));
        QVERIFY(!READ(fiches.find(fiche.meta.id))->isSigned());
        const StoreResult signedOk =
            FicheService(*db).sign(attempt, fiche.coordinatorId, snapshot({colon()}, colectomy()));
        QVERIFY2(signedOk.ok, qPrintable(signedOk.error));
        QVERIFY(READ(fiches.find(fiche.meta.id))->isSigned());
    }
};

QTEST_GUILESS_MAIN(TestClinicalChecks)
#include "tst_clinicalchecks.moc"
