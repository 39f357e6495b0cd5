// Reading a TNM as people write it, the checks built on the tables (a typed stage against T/N/M, the
// categories of the site, the non-TNM stagings: FIGO, Ann Arbor / Lugano 2014, R-ISS 2015), R-ISS from
// its inputs, and the two validation fixes (the edition number, odd stage forms).
#include "models/staging/staging.h"
#include "models/validation/tnm.h"

#include <QtTest>
#include <map>

using namespace concerto;

namespace {
void verifyCheck(const validation::Check &check, const QString &reason) {
    if (reason.isEmpty()) {
        QVERIFY2(check.ok(), qPrintable(check.text()));
        return;
    }
    QVERIFY2(!check.ok(), "passed but should fail");
    QVERIFY2(check.text().contains(reason), qPrintable(check.text()));
}
} // namespace

class TestStagingChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("CONCERTO_LANGUAGE", "en"); }

    void parse_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // prefix|t|n|m|edition, or "error:" and a part of it
        const auto row = [](const char *text, const char *expected) {
            QTest::addRow("%s", text) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("cT4a cN2b cM0", "c|T4a|N2b|M0|");
        row("cT4aN2bM0", "c|T4a|N2b|M0|");
        row("pT2 N1 M0", "p|T2|N1|M0|");
        row("ypT0 ypN0 cM0", "yp|T0|N0|cM0|");
        row("ypT0N0", "yp|T0|N0||");
        row("t2n0m0", "|T2|N0|M0|");
        row("CT2 CN0 CM0", "c|T2|N0|M0|");
        row("T2 N1 M0 (UICC 8)", "|T2|N1|M0|UICC 8");
        row("pT1 cN0", "p|T1|cN0||");
        row("cT2 cN2b cM0", "c|T2|N2b|M0|"); // spaces decide
        row("cT2cN2bcM0", "c|T2|N2b|M0|");   // the prefix on every category
        row("cT1cN0M0", "c|T1c|N0|M0|");     // the prefix once: c is T1's subcategory
        row("Tis (DCIS) N0 M0", "|Tis(DCIS)|N0|M0|");
        row("pT1mi pN1mi M0", "p|T1mi|N1mi|M0|");
        row("TX NX M0", "|TX|NX|M0|");
        row("pN0 (i+)", "p||N0(i+)||");
        row("M1c(1)", "|||M1c(1)|");
        row("rpT2 N0", "rp|T2|N0||");
        row("pT2, N1, M0", "p|T2|N1|M0|");
        row("pT2 pN1 pM1", "p|T2|N1|M1|");
        row("pT2 pN1 pM0", "p|T2|N1|pM0|"); // kept as written: pM0 does not exist, the checks say so
        row("", "error:No TNM given");
        row("T2 T3", "error:written twice");
        row("T5 N0", "error:Cannot read \"t5 n0\"");
        row("cT2 N1 Q", "error:Cannot read \"q\"");
        row("Stage IIIC", "error:Cannot read");
    }
    void parse() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const staging::ParsedTnm parsed = staging::parseTnm(text);
        if (expected.startsWith(QLatin1String("error:"))) {
            QVERIFY2(!parsed.ok(), qPrintable(parsed.tnm.text()));
            QVERIFY2(parsed.error.contains(expected.mid(6)), qPrintable(parsed.error));
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const TnmStaging &t = parsed.tnm;
        QCOMPARE(QStringList({t.prefix, t.t, t.n, t.m, t.edition}).join(QLatin1Char('|')), expected);
    }

    void text() {
        QCOMPARE(staging::tnmText({"p", "T2", "N1", "M0", {}, {}}), QStringLiteral("pT2 pN1 cM0"));
        QCOMPARE(staging::tnmText({"yp", "T0", "N0", "cM0", {}, {}}), QStringLiteral("ypT0 ypN0 cM0"));
        QCOMPARE(staging::tnmText({"c", "T4a", "N2b", "M0", {}, {}}), QStringLiteral("cT4a cN2b cM0"));
        QCOMPARE(staging::tnmText({"", "T2", "N0", "M0", {}, {}}), QStringLiteral("T2 N0 M0"));
        QCOMPARE(staging::tnmText({"p", "T1", "", "pM1", {}, {}}), QStringLiteral("pT1 pM1"));
    }

    void typedStage_data() {
        QTest::addColumn<QString>("topography");
        QTest::addColumn<QString>("tnm");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("reason"); // empty when it passes
        const auto row = [](const char *topography, const char *tnm, const char *stage,
                            const char *reason = "") {
            QTest::addRow("%s %s typed %s", topography, tnm, stage)
                << QString::fromLatin1(topography) << QString::fromLatin1(tnm) << QString::fromLatin1(stage)
                << QString::fromUtf8(reason);
        };
        row("C18.7", "cT4a cN2b cM0", "IIIB",
            "Stage IIIB typed, but cT4a cN2b cM0 gives IIIC (Côlon et rectum");
        row("C18.7", "cT4a cN2b cM0", "IIIC");
        row("C18.7", "cT4a cN2b cM0", "III"); // a heading is not wrong
        row("C18.7", "T3 N0 M0", "IIB", "gives IIA");
        row("C34.1", "cT2 N1 M0", "IIIA", "gives IIB");
        row("C34.1", "cT2a N0 M1b", "IVB", "gives IVA");
        row("C50.4", "pT2 N1 M0", "IIIA", "gives IIB");
        row("C18.7", "cT3 N0 M1", "IVB");                               // one of IVA–IVC
        row("C18.7", "cT3 N0 M1", "IIA", "gives one of IVA, IVB, IVC"); // none of them
        row("C61", "cT1c N0 M0", "I");                                  // PSA unknown: I is possible
        row("C61", "cT1c N0 M0", "IVA", "gives one of I, IIA, IIB, IIC, IIIA, IIIC");
        row("C18.7", "cTis N1 M0", "IIIA"); // no group to compare with
        row("C44.5", "cT2 N0 M0", "II");    // no table
        row("C18.7", "cT2 N5 M0", "IIA");   // not readable: other checks say so
        row("C83.3", "", "IIA", "not applicable to Lymphome non hodgkinien");
    }
    void typedStage() {
        QFETCH(QString, topography);
        QFETCH(QString, tnm);
        QFETCH(QString, stage);
        QFETCH(QString, reason);
        TnmStaging t = tnm.isEmpty() ? TnmStaging{} : staging::parseTnm(tnm).tnm;
        if (tnm.contains(QLatin1String("N5")))
            t = {"c", "T2", "N5", "M0", {}, {}};
        t.stage = stage;
        verifyCheck(staging::checkTypedStage(topography, {}, t), reason);
    }

    void tnmForSite() {
        verifyCheck(staging::checkTnmForSite("C25.0", {}, staging::parseTnm("cT2 cN2b cM0").tnm),
                    "N2b does not exist for Pancréas exocrine");
        verifyCheck(staging::checkTnmForSite("C83.3", "9680/3", staging::parseTnm("cT2 N0 M0").tnm),
                    "not applicable");
        TnmStaging colon = staging::parseTnm("cT4a cN2b cM0").tnm;
        colon.stage = QStringLiteral("IIIB");
        verifyCheck(staging::checkTnmForSite("C18.7", {}, colon), "gives IIIC");
        colon.stage = QStringLiteral("IIIC");
        verifyCheck(staging::checkTnmForSite("C18.7", {}, colon), {});
        TnmStaging prostate = staging::parseTnm("cT1c N0 M0").tnm;
        verifyCheck(staging::checkTnmForSite("C61", {}, prostate), {}); // missing is not a failure
        // A TNM of another edition is not checked against UICC 8 tables.
        TnmStaging old = staging::parseTnm("cT4a cN2b cM0 (UICC 7)").tnm;
        old.stage = QStringLiteral("IIIB");
        verifyCheck(staging::checkTnmForSite("C18.7", {}, old), {});
    }

    void otherStaging_data() {
        QTest::addColumn<QString>("where");   // topography|morphology
        QTest::addColumn<QString>("staging"); // name|version|value
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *where, const char *staging, const char *reason = "") {
            QTest::addRow("%s %s", where, staging)
                << QString::fromLatin1(where) << QString::fromUtf8(staging) << QString::fromUtf8(reason);
        };
        const char *hodgkin = "C81.1|9663/3", *dlbcl = "C83.3|9680/3";
        row(hodgkin, "Ann Arbor|Lugano 2014|IIA");
        row(hodgkin, "Ann Arbor|Lugano 2014|IVB");
        row(hodgkin, "Ann Arbor|Cotswolds|IIEB");
        row(hodgkin, "Ann Arbor||IIIBX");
        row(hodgkin, "Ann Arbor||II bulky A");
        row(hodgkin, "Ann Arbor|Lugano 2014|II", "write IIA or IIB");
        row(hodgkin, "Ann Arbor||IVEA", "Stage IV has no E");
        row(hodgkin, "Ann Arbor||IISA", "S (the spleen) goes with stage III only");
        row(hodgkin, "Ann Arbor||IIAB", "both A and B");
        row(hodgkin, "Ann Arbor||V", "not an Ann Arbor / Lugano stage");
        row(dlbcl, "Ann Arbor|Lugano 2014|II");
        row(dlbcl, "Ann Arbor|Lugano 2014|IE");
        row(dlbcl, "Lugano 2014||II bulky");
        row(dlbcl, "Ann Arbor|Lugano 2014|IV");
        row(dlbcl, "Ann Arbor|Lugano 2014|IIB", "no A or B for non-Hodgkin");
        row(dlbcl, "Ann Arbor|Lugano 2014|IIIE", "E (extranodal extension) goes with stages I and II");
        row(dlbcl, "Ann Arbor|Lugano 2014|IVX", "not X");
        row(dlbcl, "Ann Arbor|Lugano 2014|III bulky", "\"bulky\" goes with stages I and II");
        row("C90.0|9732/3", "R-ISS|2015|III");
        row("C90.0|9732/3", "R-ISS|2015|IV", "three, I, II and III");
        // Named in French, accented: still R-ISS, so still checked.
        row("C90.0|9732/3", "ISS révisé|2015|IV", "three, I, II and III");
        row("C18.7|8140/3", "R-ISS|2015|II", "stages multiple myeloma, not Côlon et rectum");
        row("C18.7|8140/3", "Ann Arbor|Lugano 2014|IIA", "stages lymphomas");
        row("C16.9|", "Ann Arbor|Lugano 2014|IIEA"); // no morphology: a gastric lymphoma may be one
        row("C90.0|9732/3", "Ann Arbor||IIA", "stages lymphomas: this tumour is not one (Myélome multiple");
        row("C53.9|8070/3", "FIGO|2018|IB3");
        row("C53.9|8070/3", "FIGO|2018|IIIC1r");
        row("C53.9|8070/3", "FIGO|2018|IB");
        row("C53.9|8070/3", "FIGO|2018|IC", "\"IC\" is not a FIGO 2018 stage of Col de l'utérus");
        row("C53.9|8070/3", "FIGO|2009|IB2", "restage with FIGO 2018");
        row("C54.1|8380/3", "FIGO|2009|IIIC2");
        row("C54.1|8380/3", "FIGO|2009|IIC", "not a FIGO 2009 stage");
        row("C56.9|8461/3", "FIGO|2014|IC2");
        row("C56.9|8461/3", "FIGO|2014|IIIA1(ii)");
        row("C56.9|8461/3", "FIGO|2014|IIC", "not a FIGO 2014 stage");
        row("C18.7|8140/3", "FIGO|2018|IIB", "FIGO stages gynaecological cancers");
        row("C51.9|8070/3", "FIGO|2021|II"); // vulva: no table here
        row("C42.1|9823/3", "Binet||B");     // a system these tables do not know
        row("C18.7|8140/3", "||IIA", "Name the staging system");
        row("C53.9|8070/3", "FIGO|2018|", "Give the FIGO stage");
        row("C18.7|8140/3", "||");
    }
    void otherStaging() {
        QFETCH(QString, where);
        QFETCH(QString, staging);
        QFETCH(QString, reason);
        const QStringList w = where.split(QLatin1Char('|'));
        const QStringList s = staging.split(QLatin1Char('|'));
        verifyCheck(staging::checkOtherStaging(w[0], w[1], OtherStaging{s[0], s[1], s[2], {}}), reason);
    }

    void otherStagingValues() {
        QCOMPARE(staging::otherStagingValues("myeloma"), (QStringList{"I", "II", "III"}));
        for (const char *id : {"hodgkin", "non-hodgkin", "cervix", "endometrium", "ovary"})
            QVERIFY2(!staging::otherStagingValues(QLatin1String(id)).isEmpty(), id);
        QVERIFY(!staging::otherStagingValues("non-hodgkin").contains("IIA")); // no A/B in Lugano for NHL
        QVERIFY(staging::otherStagingValues("cervix").contains("IB3"));
        QVERIFY(staging::otherStagingValues("colon-rectum").isEmpty());
        // Every listed value passes its own check.
        const std::map<QString, QString> where{{"hodgkin", "C81.1"},     {"non-hodgkin", "C83.3"},
                                               {"myeloma", "C90.0"},     {"cervix", "C53.9"},
                                               {"endometrium", "C54.1"}, {"ovary", "C56.9"}};
        const std::map<QString, QString> system{{"hodgkin", "Ann Arbor"}, {"non-hodgkin", "Ann Arbor"},
                                                {"myeloma", "R-ISS"},     {"cervix", "FIGO"},
                                                {"endometrium", "FIGO"},  {"ovary", "FIGO"}};
        for (const auto &[id, topography] : where)
            for (const QString &value : staging::otherStagingValues(id))
                verifyCheck(
                    staging::checkOtherStaging(topography, {}, OtherStaging{system.at(id), {}, value, {}}),
                    {});
    }

    void riss_data() {
        QTest::addColumn<double>("b2m");
        QTest::addColumn<double>("albumin");
        QTest::addColumn<bool>("highRisk");
        QTest::addColumn<bool>("highLdh");
        QTest::addColumn<QString>("stage");
        QTest::newRow("ISS I, standard risk") << 3.0 << 40.0 << false << false << "I";
        QTest::newRow("ISS I, high-risk cytogenetics") << 3.0 << 40.0 << true << false << "II";
        QTest::newRow("ISS I, high LDH") << 3.0 << 40.0 << false << true << "II";
        QTest::newRow("ISS II by albumin") << 3.0 << 34.9 << false << false << "II";
        QTest::newRow("b2m 3.5 is ISS II") << 3.5 << 40.0 << false << false << "II";
        QTest::newRow("ISS III, standard risk") << 6.0 << 40.0 << false << false << "II";
        QTest::newRow("ISS III, high-risk") << 6.0 << 40.0 << true << false << "III";
        QTest::newRow("ISS III, high LDH") << 5.5 << 40.0 << false << true << "III";
        QTest::newRow("b2m 5.49 is ISS II") << 5.49 << 30.0 << true << true << "II";
    }
    void riss() {
        QFETCH(double, b2m);
        QFETCH(double, albumin);
        QFETCH(bool, highRisk);
        QFETCH(bool, highLdh);
        QFETCH(QString, stage);
        QCOMPARE(staging::rissStage(b2m, albumin, highRisk, highLdh), stage);
    }

    void editionNumber() {
        QCOMPARE(validation::tnmEditionNumber("UICC 7 (2009)"), 7); // it was read as 2009
        QCOMPARE(validation::tnmEditionNumber("UICC 8 (2017)"), 8);
        QCOMPARE(validation::tnmEditionNumber("UICC 8"), 8);
        QCOMPARE(validation::tnmEditionNumber("AJCC 8th"), 8);
        QCOMPARE(validation::tnmEditionNumber("8e édition"), 8);
        QCOMPARE(validation::tnmEditionNumber("TNM 2017"), -1);
        QCOMPARE(validation::tnmEditionNumber(""), -1);
        // MX exists in UICC 7: "UICC 7 (2009)" must not be read as a later edition.
        QVERIFY(validation::checkTnmStaging({"c", "T2", "N0", "MX", {}, "UICC 7 (2009)"}).ok());
        QVERIFY(!validation::checkTnmStaging({"c", "T2", "N0", "MX", {}, "UICC 8 (2017)"}).ok());
    }

    void stageForms() {
        for (const char *valid :
             {"0",     "0a",   "0is",  "I",     "IA",    "IA1",  "IA2",  "IA3", "IB",  "IB1", "IB2",  "IB3",
              "IC",    "IC1",  "IC3",  "II",    "IIA",   "IIA1", "IIA2", "IIB", "IIC", "III", "IIIA", "IIIA1",
              "IIIA2", "IIIB", "IIIC", "IIIC1", "IIIC2", "IV",   "IVA",  "IVB", "IVC", ""})
            QVERIFY2(validation::checkTnmStage(QLatin1String(valid)).ok(), valid);
        for (const char *odd : {"0A", "0IS", "0b", "IID", "IIB1", "IIA3", "IVD", "IV1", "V", "IIIC3", "IA4",
                                "Ia", "IIIB1", "IIIIA"})
            QVERIFY2(!validation::checkTnmStage(QLatin1String(odd)).ok(), odd);
    }
};

QTEST_GUILESS_MAIN(TestStagingChecks)
#include "tst_staging_checks.moc"
