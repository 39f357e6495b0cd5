// The import of patients from a CSV file: a header that is wrong refuses the whole file and writes
// nothing; each line is imported, marked for review (a possible duplicate, never merged), found already
// present (same INS or IPP, so that a second run imports nothing twice) or refused with its reason; the
// report numbers lines as an editor does; the CSV quirks of other tools (BOM, ',' or ';', quotes,
// line breaks in a value, Latin-1 bytes) are read or refused in words.
#include "models/identity/csvreader.h"
#include "models/store/repositories.h"
#include "services/patientimport.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::identity;

namespace {

const QByteArray kHeader =
    "ipp;birth_name;used_name;given_names;sex;birth_date;birth_place;ins;identity_status\n";

int rowsOf(Database &db, const QString &table) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestPatientImport : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::create(m_dir->filePath(QStringLiteral("import.db")));
        QVERIFY(m_db);
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void aWrongHeaderRefusesTheWholeFile_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("a required column missing")
            << QByteArray("ipp;birth_name;given_names;sex\nA1;Dupont;Marie;F\n")
            << "required columns missing: birth_date";
        QTest::newRow("a column of another name")
            << QByteArray("birth_name;given_names;sex;birth_date;phone\nDupont;Marie;F;01/02/1950;0600\n")
            << "columns this import does not know: phone";
        QTest::newRow("a column twice")
            << QByteArray("birth_name;given_names;sex;birth_date;sex\nDupont;Marie;F;01/02/1950;F\n")
            << "columns named twice: sex";
        QTest::newRow("not a separator of ours")
            << QByteArray("birth_name\tgiven_names\tsex\tbirth_date\nDupont\tMarie\tF\t01/02/1950\n")
            << "required columns missing";
        QTest::newRow("empty file") << QByteArray("\xEF\xBB\xBF\n") << "The file is empty";
        QTest::newRow("header not UTF-8")
            << QByteArray("birth_name;given_names;sex;birth_date;pr\xE9nom\nDupont;Marie;F;01/02/1950;x\n")
            << "not UTF-8";
    }
    void aWrongHeaderRefusesTheWholeFile() {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const ImportResult result = importPatients(*m_db, csv);
        QVERIFY(result.fileRefused);
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.lines.empty());
        QCOMPARE(rowsOf(*m_db, QStringLiteral("patient")), 0);
        QCOMPARE(rowsOf(*m_db, QStringLiteral("change_journal")), 0);
    }

    void eachLineGetsItsOutcome() {
        PatientRepository patients(*m_db);
        Patient known;
        known.birthName = QStringLiteral("Dupont");
        known.birthGivenNames = {QStringLiteral("Hélène")};
        known.sex = Sex::Female;
        known.birthDate = QDate(1948, 3, 12);
        known.ipp = QStringLiteral("OLD7");
        QVERIFY(patients.save(known).ok);
        const int journalBefore = rowsOf(*m_db, QStringLiteral("change_journal"));

        const QByteArray csv =
            "\xEF\xBB\xBF" + kHeader +
            "A1;Boissière;Durand;Bénédicte Anne;F;18/09/1942;33063;;PROV\n"     // 2 imported
            "A2;Lefèvre;;Marie;F;1955-08-14;16802;2 55 08 14 168 025 38;QUAL\n" // 3 imported
            "A3;Dupond;;Hélène;F;12/03/1948;;;\n"                               // 4 to review
            "A4;Martin;;Jean;M;31/02/1950;;;\n"                                 // 5 impossible date
            "A5;Martin;;Jean;X;01/02/1950;;;\n"                                 // 6 unknown sex
            "A6;Martin;;Jean;M;01/02/1950;;255081416802539;\n"                  // 7 NIR key
            "A7;Martin;;Jean;M;01/02/1950;;;;extra\n"                           // 8 too many
            "A8;Gar\xE7on;;Luc;M;01/02/1950;;;\n"                               // 9 Latin-1
            "\n"                                                                // 10 empty
            "OLD7;Other;;Name;M;01/02/1960;;;\n"                                // 11 IPP of another
            "A9;Lefevre;;Marie;F;14/08/1955;;255081416802538;\n"                // 12 same INS
            "A10,Petit,,Paul,M,01/02/1950,,,\n"                                 // 13 separator
            "A11;\"Le Gall-Morvan\";;\"Anne\nMarie\";F;02/03/1944;;;VALI\n"     // 14-15
            "A12;Roux;;Paul;M;01/02/1950;;;QUALIFIED\n";                        // 16 status
        const ImportResult result = importPatients(*m_db, csv, ImportOptions{3});
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QStringList outcomes;
        for (const ImportLine &l : result.lines)
            outcomes << QStringLiteral("%1 %2").arg(l.line).arg(importStatusCode(l.status));
        QCOMPARE(outcomes, QStringList({"2 imported", "3 imported", "4 to-review", "5 refused", "6 refused",
                                        "7 refused", "8 refused", "9 refused", "10 refused", "11 conflict",
                                        "12 already-present", "13 refused", "14 imported", "16 refused"}));
        auto reason = [&](int line) {
            for (const ImportLine &l : result.lines)
                if (l.line == line)
                    return l.reason;
            return QString();
        };
        QVERIFY2(reason(5).contains(QStringLiteral("does not exist")), qPrintable(reason(5)));
        QVERIFY2(!reason(5).contains(QStringLiteral("missing")), qPrintable(reason(5))); // said once
        QVERIFY2(reason(6).contains(QStringLiteral("The sex \"X\" is unknown")), qPrintable(reason(6)));
        QVERIFY2(reason(7).contains(QStringLiteral("key is wrong")), qPrintable(reason(7)));
        QVERIFY2(reason(8).contains(QStringLiteral("10 fields where the header has 9")),
                 qPrintable(reason(8)));
        QVERIFY2(reason(9).contains(QStringLiteral("not UTF-8")), qPrintable(reason(9)));
        QVERIFY2(reason(10).contains(QStringLiteral("empty")), qPrintable(reason(10)));
        QVERIFY2(reason(11).contains(QStringLiteral("IPP")), qPrintable(reason(11)));
        QVERIFY2(reason(12).contains(QStringLiteral("INS")), qPrintable(reason(12)));
        QVERIFY2(reason(13).contains(QStringLiteral("',' where the header uses ';'")),
                 qPrintable(reason(13)));
        QVERIFY2(reason(16).contains(QStringLiteral("QUALIFIED")), qPrintable(reason(16)));

        // Imported as typed, the quoted value and its line break read whole (a ';' in a name is refused
        // by the identity rules: tst_importidentity).
        QCOMPARE(result.count(ImportStatus::Imported), 3);
        QCOMPARE(READ(patients.count()), 1 + 4);
        const ImportLine &gall = result.lines.at(12);
        const Patient leGall = *READ(patients.find(gall.patientId));
        QCOMPARE(leGall.birthName, QStringLiteral("Le Gall-Morvan"));
        QCOMPARE(leGall.birthGivenNames, QStringList({QStringLiteral("Anne"), QStringLiteral("Marie")}));
        QCOMPARE(leGall.identityStatus, IdentityStatus::Validated);
        const Patient benedicte = *READ(patients.find(result.lines.at(0).patientId));
        QCOMPARE(benedicte.usedName, QStringLiteral("Durand"));
        QCOMPARE(benedicte.birthDate, QDate(1942, 9, 18));
        QCOMPARE(benedicte.birthPlaceCode, QStringLiteral("33063"));
        QCOMPARE(READ(patients.find(result.lines.at(1).patientId))->ins, QStringLiteral("255081416802538"));

        // The possible duplicate is imported apart and marked; the known patient is left as it was.
        const ImportLine &review = result.lines.at(2);
        QCOMPARE(review.duplicateOf, known.meta.id);
        QVERIFY2(review.reason.contains(QStringLiteral("DUPONT")), qPrintable(review.reason));
        const Patient marked = *READ(patients.find(review.patientId));
        QCOMPARE(marked.possibleDuplicateOf, known.meta.id);
        QCOMPARE(marked.possibleDuplicateReason, QStringLiteral("one-letter"));
        QVERIFY(!READ(patients.find(known.meta.id))->awaitsDuplicateReview());
        // Already present: the patient it is; the IPP of another person is a conflict, mapped to nobody.
        QVERIFY(result.lines.at(9).patientId.isNull());
        QCOMPARE(result.lines.at(10).patientId, result.lines.at(1).patientId);

        // Ordinary journaled writes: one outbox row per imported patient.
        QCOMPARE(rowsOf(*m_db, QStringLiteral("change_journal")), journalBefore + 4);

        // The same file again imports nothing twice.
        const ImportResult again = importPatients(*m_db, csv);
        QCOMPARE(again.count(ImportStatus::Imported) + again.count(ImportStatus::ToReview), 0);
        QCOMPARE(again.count(ImportStatus::AlreadyPresent), 5);
        QCOMPARE(again.count(ImportStatus::Conflict), 1);
        QCOMPARE(READ(patients.count()), 5);
    }

    void aDuplicateInsideTheFileIsMarkedToo() {
        const QByteArray csv = "birth_name,given_names,sex,birth_date\n"
                               "Martin,Thomas,M,02/01/1950\n"
                               "Thomas,Martin,M,1950-01-02\n";
        const ImportResult result = importPatients(*m_db, csv);
        QCOMPARE(result.lines.size(), std::size_t(2));
        QCOMPARE(result.lines.at(0).status, ImportStatus::Imported);
        QCOMPARE(result.lines.at(1).status, ImportStatus::ToReview);
        QCOMPARE(result.lines.at(1).duplicateOf, result.lines.at(0).patientId);
    }

    void theReportHasOneLinePerInputLine() {
        const QByteArray csv = "birth_name,given_names,sex,birth_date,ipp\n"
                               "Dupont,Marie,F,01/02/1950,P1\n"
                               "Dupont,Marie,F,30/02/1950,P2\n";
        const ImportResult result = importPatients(*m_db, csv);
        const QList<QByteArray> report = importReport(result).split('\n');
        QCOMPARE(report.at(0), QByteArray("line,status,patient_id,duplicate_of,reason"));
        QCOMPARE(report.at(1), "2,imported," + json::idText(result.lines.at(0).patientId).toUtf8() + ",,");
        QCOMPARE(report.at(2),
                 QByteArray("3,refused,,,\"The birth date \"\"30/02/1950\"\" does not exist.\""));
        QCOMPARE(report.size(), 4); // and the last line ends
    }

    void csvQuirks() {
        // CRLF, quotes in a quoted value, spaces around unquoted values, a final line without a break.
        const CsvFile file = readCsv("a;b\r\n\"x \"\"y\"\"\"; z \r\n\"1\";2");
        QCOMPARE(file.separator, ';');
        QCOMPARE(file.header, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(file.records.size(), std::size_t(2));
        QCOMPARE(file.records.at(0).fields, QStringList({QStringLiteral("x \"y\""), QStringLiteral("z")}));
        QCOMPARE(file.records.at(1).line, 3);
        const CsvFile open = readCsv("a,b\n\"never closed,1\n2,3\n");
        QCOMPARE(open.records.size(), std::size_t(1));
        QVERIFY(open.records.at(0).error.contains(QStringLiteral("never closed")));
        QCOMPARE(csvLine({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("c")}),
                 QByteArray("\"a,b\",\"say \"\"hi\"\"\",c"));
    }

    void aReadOnlyFileIsRefusedInWords() {
        const QString path = m_dir->filePath(QStringLiteral("readonly.db"));
        QVERIFY(Database::create(path));
        QFile::setPermissions(path, QFile::ReadOwner);
        auto db = Database::open(path);
        QVERIFY(db && db->isReadOnly());
        const ImportResult result =
            importPatients(*db, "birth_name,given_names,sex,birth_date\nA,B,M,01/01/1950\n");
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.lines.empty());
    }
};

QTEST_GUILESS_MAIN(TestPatientImport)
#include "tst_patientimport.moc"
