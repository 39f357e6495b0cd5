// concerto-cli check-tnm as a user runs it: the site and edition, "Stage …" on stdout and exit 0; a
// category the site does not have, missing information, an unknown topography or an unreadable TNM on
// stderr with exit 1; a wrong command line with exit 2. No database is needed or touched.
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

class TestCheckTnm : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    test::CliRun run(const QStringList &args) {
        // A --db that does not exist: the command must not need it, nor create it.
        return test::runCli(QStringList{QStringLiteral("check-tnm")} + args +
                            QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))});
    }

private Q_SLOTS:
    void staged_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("line");
        const auto row = [](const QStringList &args, const char *site, const char *line) {
            QTest::addRow("%s", qPrintable(args.join(QLatin1Char(' '))))
                << args << QString::fromUtf8(site) << QString::fromUtf8(line);
        };
        row({"C18.7", "cT4a cN2b cM0"}, "Côlon et rectum — UICC 8 (2017)", "cT4a cN2b cM0: Stage IIIC");
        row({"C18.7", "cT4aN2bM0"}, "Côlon et rectum — UICC 8 (2017)", "cT4a cN2b cM0: Stage IIIC");
        row({"C18.7", "T3 N0 M0"}, "Côlon et rectum", "T3 N0 M0: Stage IIA");
        row({"C34.1", "cT2a N0 M1b"}, "Poumon — UICC 8 (2017)", "cT2a cN0 cM1b: Stage IVA");
        row({"C34.1", "t2n1m0"}, "Poumon", "T2 N1 M0: Stage IIB");
        row({"C50.4", "pT2 N1 M0"}, "Sein — UICC 8 (2017)", "pT2 pN1 cM0: Stage IIB");
        row({"C20", "ypT0 ypN0 cM1a"}, "Côlon et rectum", "ypT0 ypN0 cM1a: Stage IVA");
        row({"C61", "cT1c N0 M0", "--psa", "6.2", "--grade-group", "1"}, "Prostate", "cT1c cN0 cM0: Stage I");
        row({"C61", "cT2 N1 M0"}, "Prostate", "cT2 cN1 cM0: Stage IVA");
        row({"C15.5", "cT2 N0 M0", "--morphology", "8140/3"}, "Œsophage et jonction œso-gastrique",
            "cT2 cN0 cM0: Stage IIB");
        row({"C15.3", "pT1a N0 M0", "--morphology", "8070/3", "--grade", "g2"}, "Œsophage",
            "pT1a pN0 cM0: Stage IB");
        row({"C53.9", "cT1b3 N0 M0"}, "Col de l'utérus — FIGO 2018", "cT1b3 cN0 cM0: Stage IB3");
        row({"C09.9", "cT2 N2b M0"}, "p16 non renseigné", "cT2 cN2b cM0: Stage IVA");
    }
    void staged() {
        QFETCH(QStringList, args);
        QFETCH(QString, site);
        QFETCH(QString, line);
        const test::CliRun r = run(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        QVERIFY2(lines.at(0).contains(site), qPrintable(r.out));
        QCOMPARE(lines.at(1), line);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
    }

    void broadGroupSaysWhatWouldMakeItPrecise() {
        const test::CliRun r = run({QStringLiteral("C18.7"), QStringLiteral("cT3 N0 M1")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("cT3 cN0 cM1: Stage IV\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("IVA, IVB or IVC")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("M subcategory (M1a, M1b, M1c)")), qPrintable(r.out));
    }

    void failures_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto row = [](const QStringList &args, const char *message) {
            QTest::addRow("%s", qPrintable(args.join(QLatin1Char(' '))))
                << args << QString::fromUtf8(message);
        };
        row({"C25.0", "cT2 cN2b cM0"}, "cN2b does not exist for Pancréas exocrine (UICC 8 (2017)): the N "
                                       "categories are NX, N0, N1, N2.");
        row({"C16.2", "cT2 N0 M1a"}, "cM1a does not exist for Estomac");
        row({"C18.7", "cT1mi N0 M0"}, "cT1mi does not exist for Côlon et rectum");
        row({"C61", "pT1 N0 M0"}, "pT1 does not exist for Prostate");
        row({"C61", "cT1c N0 M0"},
            "cT1c cN0 cM0: no stage group without PSA and ISUP grade group (it may be I, "
            "IIA, IIB, IIC, IIIA or IIIC).");
        row({"C61", "cT1c N0 M0", "--grade-group", "1"},
            "no stage group without PSA (it may be I, IIA or IIIA)");
        row({"C15.5", "pT2 N0 M0", "--morphology", "8140/3"}, "no stage group without grade");
        row({"C99.9", "T2N0M0"}, "No staging table here covers topography C99.9");
        row({"X12", "T2N0M0"}, "X12");
        row({"C44.5", "T2N0M0", "--morphology", "8070/3"}, "No staging table here covers topography C44.5");
        row({"C18.7", "T2 Q1"}, "Cannot read \"q1\" in \"T2 Q1\"");
        row({"C18.7", "T2 N1 MX"}, "MX no longer exists");
        row({"C18.7", "pT2 pN1 pM0"}, "pM0 does not exist");
        row({"C18.7", "ypT0 ypN0 cM0"}, "gives no stage group to ypT0 ypN0 cM0");
        row({"C83.3", "cT2 N0 M0", "--morphology", "9680/3"}, "not applicable to Lymphome non hodgkinien");
        row({"C18.7", "pT3 N1 M0 (UICC 7)"}, "not staged with them");
    }
    void failures() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Stage")), qPrintable(r.out));
    }

    void wrongCommandLines_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no TNM") << QStringList{"C18.7"} << "Give a topography and a TNM";
        QTest::newRow("nothing") << QStringList{} << "Give a topography and a TNM";
        QTest::newRow("unquoted TNM") << QStringList{"C18.7", "cT2", "N0", "M0"} << "takes 2 arguments";
        QTest::newRow("PSA not a number")
            << QStringList{"C61", "T2N0M0", "--psa", "high"} << "--psa wants a PSA";
        QTest::newRow("negative PSA") << QStringList{"C61", "T2N0M0", "--psa", "-1"} << "--psa wants a PSA";
        QTest::newRow("grade group 6") << QStringList{"C61", "T2N0M0", "--grade-group", "6"} << "from 1 to 5";
        QTest::newRow("grade G4") << QStringList{"C15.3", "pT2N0M0", "--grade", "G4"} << "G1, G2, G3 or GX";
        QTest::newRow("location") << QStringList{"C15.3", "pT2N0M0", "--location", "top"} << "upper, middle";
        QTest::newRow("unknown option") << QStringList{"C18.7", "T2N0M0", "--stage"} << "stage";
    }
    void wrongCommandLines() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCheckTnm)
#include "tst_checktnm.moc"
