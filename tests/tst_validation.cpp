// The validation library: INS/NIR (both official vectors, Corsica, overseas, incomplete civil status),
// RPPS, FINESS, the forms of TNM, patient identity and the fiche before signature; each refusal must give
// the right reason. And `concerto-cli check-ins` as a user runs it. The tumour and clinical checks are in
// tst_clinicalchecks.
#include "models/validation/fichecheck.h"
#include "models/validation/identifiers.h"
#include "models/validation/ins.h"
#include "models/validation/patientcheck.h"
#include "models/validation/tnm.h"
#include "tests/support/checkrows.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;
using namespace concerto::validation;
using namespace concerto::test;

Q_DECLARE_METATYPE(concerto::validation::TnmCategory)

namespace {
const QDate kToday(2026, 11, 24);

Patient identity() {
    Patient p;
    p.birthName = QStringLiteral("Martin");
    p.birthGivenNames = {QStringLiteral("Claire"), QStringLiteral("Anne")};
    p.sex = Sex::Female;
    p.birthDate = QDate(1955, 8, 3);
    p.birthPlaceCode = QStringLiteral("14168");
    p.ins = QStringLiteral("2 55 08 14 168 025 38");
    p.identityStatus = IdentityStatus::Qualified;
    return p;
}

Fiche signableFiche() {
    Fiche f;
    f.meetingDate = kToday;
    f.caseStatus = QStringLiteral("ORG-134");
    f.quorum = QuorumStatus::Met;
    for (const char *s : {"surgery-digestive", "medical-oncology", "radiation-oncology"})
        f.attendees.push_back({QUuid::createUuid(), QLatin1String(s), false, true});
    f.proposal = {{1, 1, QStringLiteral("C15632"), QStringLiteral("FOLFOX"), {}, {}}};
    f.coordinatorId = QUuid::createUuid();
    return f;
}

// A change made to a valid record, and the reason it must then be refused for (empty: still valid).
template <typename Record>
struct Change {
    const char *name;
    void (*apply)(Record &);
    const char *reason;
};

const Change<Patient> kPatientChanges[] = {
    {"qualified, complete", [](Patient &) {}, ""},
    {"no birth name", [](Patient &p) { p.birthName.clear(); }, "birth name is missing"},
    {"no given name", [](Patient &p) { p.birthGivenNames.clear(); }, "first birth given name is missing"},
    {"sex unknown", [](Patient &p) { p.sex = Sex::Unknown; }, "sex is missing"},
    {"no birth date", [](Patient &p) { p.birthDate = QDate(); }, "birth date is missing"},
    {"born tomorrow", [](Patient &p) { p.birthDate = kToday.addDays(1); }, "birth date is in the future"},
    {"INS bad key", [](Patient &p) { p.ins = QStringLiteral("255081416802539"); }, "the key should be 38"},
    {"qualified without INS", [](Patient &p) { p.ins.clear(); }, "A qualified identity needs its INS"},
    {"provisional without INS",
     [](Patient &p) { p.ins.clear(), p.identityStatus = IdentityStatus::Provisional; }, ""},
    {"qualified without birth place", [](Patient &p) { p.birthPlaceCode.clear(); },
     "needs the INSEE code of the birth place"},
    {"bad birth place", [](Patient &p) { p.birthPlaceCode = QStringLiteral("1416"); },
     "\"1416\" is not the INSEE code"},
    {"sex disagrees", [](Patient &p) { p.sex = Sex::Male; },
     "The INS is that of a woman, but the sex recorded is male"},
    {"year disagrees", [](Patient &p) { p.birthDate = QDate(1956, 8, 3); },
     "birth year ending in 55, but the birth date is 03/08/1956"},
    {"month disagrees", [](Patient &p) { p.birthDate = QDate(1955, 9, 3); },
     "birth month of 08, but the birth date is 03/09/1955"},
    {"INS month 51 not compared",
     [](Patient &p) { p.ins = QStringLiteral("2025199352017 75"), p.birthDate = QDate(2002, 5, 1); }, ""},
    {"unknown INS kind", [](Patient &p) { p.insOid = QStringLiteral("1.2.3"); }, "kind of INS is unknown"},
};

const Change<Fiche> kFicheChanges[] = {
    {"complete", [](Fiche &) {}, ""},
    {"registered with guideline",
     [](Fiche &f) {
         f.caseStatus = QStringLiteral("ORG-128");
         f.framework.guideline = {QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)};
     },
     ""},
    {"registered without guideline", [](Fiche &f) { f.caseStatus = QStringLiteral("ORG-128"); },
     "registered case must name the guideline"},
    {"not conform, no reason", [](Fiche &f) { f.framework.conform = false; },
     "does not follow the guideline: give the reason"},
    {"trial unnamed", [](Fiche &f) { f.framework.trialProposed = true; }, "Name the clinical trial"},
    {"quorum not met", [](Fiche &f) { f.quorum = QuorumStatus::NotMet; }, "quorum was not met"},
    {"quorum unknown", [](Fiche &f) { f.quorum = QuorumStatus::Unknown; },
     "quorum of this discussed case is not known"},
    {"quorum not met, override",
     [](Fiche &f) {
         f.quorum = QuorumStatus::NotMet;
         f.quorumOverride = {f.coordinatorId, QStringLiteral("Avis du chirurgien recueilli par écrit"), {}};
     },
     ""},
    {"quorum unknown, override",
     [](Fiche &f) {
         f.quorum = QuorumStatus::Unknown;
         f.quorumOverride = {f.coordinatorId, QStringLiteral("Avis du chirurgien recueilli par écrit"), {}};
     },
     ""},
    {"override without reason",
     [](Fiche &f) { f.quorum = QuorumStatus::NotMet, f.quorumOverride.coordinatorId = f.coordinatorId; },
     "override of the quorum has no reason"},
    {"override with a blank reason",
     [](Fiche &f) {
         f.quorum = QuorumStatus::NotMet;
         f.quorumOverride = {f.coordinatorId, QStringLiteral(" \t"), {}};
     },
     "override of the quorum has no reason"},
    {"override without coordinator",
     [](Fiche &f) {
         f.quorum = QuorumStatus::NotMet, f.quorumOverride.reason = QStringLiteral("Avis écrit");
     },
     "does not name the coordinator"},
    {"registered, quorum not met",
     [](Fiche &f) {
         f.caseStatus = QStringLiteral("ORG-128"), f.quorum = QuorumStatus::NotMet;
         f.framework.guideline = {QStringLiteral("TNCD côlon"), QStringLiteral("2024"), QDate(2024, 3, 1)};
     },
     ""},
    {"quorum too few", [](Fiche &f) { f.attendees.back().countedForQuorum = false; },
     "cover 2 specialties; at least 3"},
    {"no proposal", [](Fiche &f) { f.proposal.clear(); }, "fiche has no proposal"},
    {"surveillance only", [](Fiche &f) { f.proposal.clear(), f.surveillanceOnly = true; }, ""},
    {"line without type", [](Fiche &f) { f.proposal.front().treatmentType.clear(); },
     "Proposal line 1 has no treatment type"},
    {"no coordinator", [](Fiche &f) { f.coordinatorId = QUuid(); }, "coordinator who signs is not named"},
    {"version 2 without reason", [](Fiche &f) { f.versionNumber = 2; }, "Version 2 replaces an earlier one"},
    {"already signed", [](Fiche &f) { f.signedAt = QDateTime(kToday, QTime(18, 0), Qt::UTC); },
     "already signed"},
    {"no meeting date", [](Fiche &f) { f.meetingDate = QDate(); }, "meeting date is missing"},
    {"unknown case status", [](Fiche &f) { f.caseStatus = QStringLiteral("ORG-999"); },
     "registered or discussed"},
};

using Run = test::CliRun;

Run runCheckIns(const QStringList &args) {
    // No database may be needed: point --db's default somewhere that does not exist.
    QProcessEnvironment env;
    env.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent/concerto-validation"));
    return test::runCli(QStringList{QStringLiteral("check-ins")} + args, env);
}
} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void insValid_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("place"); // département/commune read from it
        QTest::addColumn<bool>("provisional");
        const auto valid = [](const char *name, const char *input, const char *place, bool provisional) {
            QTest::newRow(name) << QString::fromLatin1(input) << QString::fromLatin1(place) << provisional;
        };
        valid("vector 1", "2550814168025 38", "14/168", false);
        valid("vector 1 no space", "255081416802538", "14/168", false);
        valid("vector 2 grouped", "2 79 03 51 215 189 89", "51/215", false);
        valid("Corsica 2A", "1 85 07 2A 004 012 05", "2A/004", false);
        valid("Corsica 2A other", "271012A247003 54", "2A/247", false);
        valid("Corsica 2B", "262042B033101 05", "2B/033", false);
        valid("Corsica 2b lower case", "168092b096045 44", "2B/096", false);
        valid("Corsica before 1976", "1850720004012 75", "20/004", false);
        valid("month 30 abroad", "1930599352017 71", "99/352", false);
        valid("month 51", "2025199352017 75", "99/352", false);
        valid("overseas 971 month 23", "2912397105042 86", "971/05", false);
        valid("overseas 974", "1750397411123 69", "974/11", false);
        valid("overseas 988", "1800598818004 57", "988/18", false);
        valid("provisional 7", "7020399352017 27", "99/352", true);
        valid("provisional 3", "3881099134005 58", "99/134", true);
        valid("provisional 8", "8881099134005 02", "99/134", true);
    }
    void insValid() {
        QFETCH(QString, input);
        QFETCH(QString, place);
        QFETCH(bool, provisional);
        NirFields fields;
        const Check check = checkIns(input, &fields);
        QVERIFY2(check.ok(), qPrintable(check.text()));
        QVERIFY(bool(check));
        QCOMPARE(fields.departement + QLatin1Char('/') + fields.commune, place);
        QCOMPARE(fields.provisional(), provisional);
        QCOMPARE(fields.digits.size(), 15);
    }

    void insInvalid_data() {
        addRows();
        row("empty", "  ", "No INS");
        row("key missing", "2550814168025", "15 characters (13 and a 2-digit key); this one has 13");
        row("one too many", "2550814168025 381", "this one has 16");
        row("letter O for zero", "25508141680O5 38", "\"O\" at position 12");
        row("letter in key", "2550814168025 3B", "only digits");
        row("dash", "2-5508141680253", "only digits");
        row("sex 0", "0550814168025 38", "first digit (sex) must be 1 or 2");
        row("sex 5", "5550814168025 38", "not 5");
        row("sex 9", "9550814168025 38", "first digit (sex)");
        for (const char *month : {"00", "13", "19", "43", "49"})
            row(month, QLatin1String("255") + QLatin1String(month) + QLatin1String("14168025 38"),
                QStringLiteral(
                    "month of birth (characters 4 and 5) must be 01 to 12, or 20 to 42 or 50 to 99 "
                    "for an incomplete civil status, not %1")
                    .arg(QLatin1String(month)));
        row("département 00", "2550800168025 38",
            "département of birth (characters 6 and 7) cannot be \"00\"");
        row("département 96", "2550896168025 38", "cannot be \"96\"");
        row("overseas 970", "2550897005025 38", "cannot be \"97\"");
        row("overseas 979", "2550897905025 38", "971 to 978");
        row("Corsica 2C", "185072C004012 05", "cannot be \"2C\"");
        row("letters A1", "18507A1004012 05", "cannot be \"A1\"");
        row("order 000", "2550814168000 38", "order number (characters 11 to 13) cannot be 000");
        row("wrong key", "2550814168025 39", "the key should be 38, not 39");
        row("wrong key vector 2", "2790351215189 98", "the key should be 89");
        row("transposed digits", "2550814168052 38", "key should be");
        row("key of 2A read as 20", "185072A004012 75", "the key should be 05, not 75");
        row("key of 2B read as 2A", "262042B033101 75", "the key should be 05, not 75");
    }
    void insInvalid() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QVERIFY(!reason.isEmpty());
        verify(checkIns(input), reason);
    }

    void insFormatted() {
        QCOMPARE(formattedIns(QStringLiteral("255081416802538")), QStringLiteral("2 55 08 14 168 025 38"));
        QCOMPARE(nirKey(QStringLiteral("2550814168025")), 38); // the demo data's key stays as it was
    }

    void rpps_data() {
        addRows();
        rows({"10000000009", "101 2345 6781", "81000123455"});
        row("wrong key", "10000000008", "RPPS number is wrong: its last digit (the key) should be 9, not 8");
        row("short", "1000000009", "RPPS number has 11 digits; this one has 10");
        row("letter", "1000000000A", "RPPS number holds only digits");
        row("empty", "", "RPPS number is missing");
    }
    void rpps() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkRpps(input), reason);
    }

    void finess_data() {
        addRows();
        rows({"750000010", "130784002", "690781802"});
        row("wrong key", "750000011", "FINESS number is wrong: its last digit (the key) should be 0, not 1");
        row("RPPS length", "10000000009", "FINESS number has 9 digits; this one has 11");
    }
    void finess() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkFiness(input), reason);
    }

    void tnmComponent_data() {
        QTest::addColumn<TnmCategory>("category");
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("edition");
        QTest::addColumn<QString>("reason"); // empty when valid
        const auto add = [](TnmCategory c, const char *input, const char *reason = "", int edition = 8) {
            QTest::addRow("%s %d", input, edition)
                << c << QString::fromLatin1(input) << edition << QString::fromUtf8(reason);
        };
        for (const char *t : {"T0",   "Tis",   "Tis(DCIS)", "Tis(Paget)", "Tispu", "Ta",     "TX",  "Tx",
                              "T1",   "T1mi",  "T1a",       "T1b2",       "T2b",   "T3",     "T4d", "pT2",
                              "ypT2", "ycT1c", "rT3",       "rpT2",       "cT4a",  "pT2(m)", ""})
            add(TnmCategory::T, t);
        for (const char *n :
             {"N0", "N1", "N1mi", "N1a", "N2b", "N3c", "NX", "Nx", "pN0(i+)", "cN0", "ypN1a", "pN1(sn)"})
            add(TnmCategory::N, n);
        for (const char *m :
             {"M0", "cM0", "M1", "M1a", "M1b", "M1c", "M1d", "pM1", "pM1c", "cM0(i+)", "M1c(1)"})
            add(TnmCategory::M, m);
        add(TnmCategory::M, "MX", "", 7);
        add(TnmCategory::T, "T5", "\"T5\" is not a T category");
        for (const char *t : {"T1e", "T0a", "T2mi", "Tisx", "xT2"})
            add(TnmCategory::T, t, "is not a T category");
        add(TnmCategory::T, "pt2", "capital T: \"pT2\"");
        add(TnmCategory::T, "N1", "\"N1\" is not a T category");
        add(TnmCategory::N, "N4", "\"N4\" is not an N category");
        add(TnmCategory::N, "N1d", "not an N category");
        add(TnmCategory::N, "N2mi", "not an N category");
        add(TnmCategory::M, "MX", "MX no longer exists in UICC 8");
        add(TnmCategory::M, "cMx", "MX no longer exists");
        add(TnmCategory::M, "pM0", "pM0 does not exist");
        add(TnmCategory::M, "M2", "\"M2\" is not an M category");
        add(TnmCategory::M, "M1e", "not an M category");
        add(TnmCategory::M, "m1", "capital M");
    }
    void tnmComponent() {
        QFETCH(TnmCategory, category);
        QFETCH(QString, input);
        QFETCH(int, edition);
        QFETCH(QString, reason);
        verify(checkTnmComponent(category, input, edition), reason);
    }

    void tnmStaging_data() {
        QTest::addColumn<QString>("input"); // prefix|T|N|M|stage|edition
        QTest::addColumn<QString>("reason");
        rows({"p|T3|N1b|M0|IIIB|UICC 8", "yp|T2|N0|cM0|I|AJCC 8th", "|||||", "||||IVB|",
              "c|T2|N0|MX||UICC 7"});
        row("no edition", "c|T2|N0|M0||", "Give the TNM edition (e.g. UICC 8)");
        row("only N, no edition", "||N1|||", "Give the TNM edition");
        row("edition without number", "c|T2||||UICC", "with its number");
        row("bad prefix", "q|T2|N0|M0||UICC 8", "\"q\" is not a TNM prefix");
        row("MX in UICC 8", "c|T2|N0|MX||UICC 8", "MX no longer");
        row("bad stage", "c|T2|N0|M0|V|UICC 8", "\"V\" is not a stage");
        row("bad N", "c|T2|N5|M0||UICC 8", "\"N5\" is not an N");
    }
    void tnmStaging() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const QStringList p = input.split(QLatin1Char('|'));
        QCOMPARE(p.size(), 6);
        verify(checkTnmStaging(TnmStaging{p[0], p[1], p[2], p[3], p[4], p[5]}), reason);
    }

    void birthPlaceCodes_data() {
        addRows();
        rows({"14118", "2A004", "2b033", "97105", "98818", "99134", ""});
        for (const char *c : {"1411", "141188", "00118", "20004", "96001", "2C004", "97905", "9913A"})
            row(c, QString::fromLatin1(c), "is not the INSEE code of a birth place");
    }
    void birthPlaceCodes() {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        verify(checkBirthPlaceCode(input), reason);
    }

    void patientIdentity_data() {
        QTest::addColumn<int>("change");
        for (int i = 0; i < int(std::size(kPatientChanges)); ++i)
            QTest::newRow(kPatientChanges[i].name) << i;
    }
    void patientIdentity() {
        QFETCH(int, change);
        Patient p = identity();
        kPatientChanges[change].apply(p);
        verify(checkPatientIdentity(p, kToday), QString::fromUtf8(kPatientChanges[change].reason));
    }

    void patientIdentityListsEveryProblem() {
        const Check check = checkPatientIdentity(Patient(), kToday);
        QCOMPARE(check.messages.size(), 4); // name, given name, sex, birth date
    }

    void ficheForSigning_data() {
        QTest::addColumn<int>("change");
        for (int i = 0; i < int(std::size(kFicheChanges)); ++i)
            QTest::newRow(kFicheChanges[i].name) << i;
    }
    void ficheForSigning() {
        QFETCH(int, change);
        Fiche f = signableFiche();
        kFicheChanges[change].apply(f);
        verify(checkFicheForSigning(f), QString::fromUtf8(kFicheChanges[change].reason));
    }

    void checkInsCommand_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message"); // on stdout for 0, on stderr otherwise
        const auto add = [](const char *name, const QStringList &args, int code, const char *message) {
            QTest::newRow(name) << args << code << QString::fromLatin1(message);
        };
        add("valid", {"255081416802538"}, 0, "Valid INS.");
        add("valid quoted with spaces", {"2790351215189 89"}, 0, "Valid INS");
        add("valid Corsica", {"1 85 07 2A 004 012 05"}, 0, "Valid INS");
        add("provisional", {"7020399352017 27"}, 0, "provisional");
        add("wrong key", {"2550814168025 39"}, 1,
            "Invalid INS: The key is wrong: with these 13 characters the key should be 38, not 39");
        add("wrong length", {"2550814168025"}, 1, "this one has 13");
        add("bad month", {"2551314168025 38"}, 1, "month of birth");
        add("no argument", {}, 2, "Give one INS/NIR");
        add("split in two", {"2550814168025", "38"}, 2, "quote it");
        add("unknown option", {"--strict", "255081416802538"}, 2, "strict");
    }
    void checkInsCommand() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = runCheckIns(args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.code).arg(r.err)));
        QVERIFY2((code == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
        QVERIFY2((code == 0 ? r.err : r.out).isEmpty(), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
