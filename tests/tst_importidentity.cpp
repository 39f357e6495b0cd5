// The import of patients and the national identity rules: a line whose INS or IPP is recorded for
// another identity (other names, sex or birth date) is a `conflict` with both identities in its reason,
// nothing written nor mapped, exit code 1 on the command line; names holding NUL, control characters,
// a leading '=', '+' or '@', a ';', digits or ten million characters, IPPs that are not IPPs and birth
// dates before 1900 are refused with the reason.
#include "models/store/repositories.h"
#include "services/patientimport.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::identity;

namespace {

int patientsIn(Database &db) {
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM patient")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestImportIdentity : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    ImportLine importOne(const QByteArray &csv) {
        const ImportResult r = importPatients(*m_db, csv);
        if (!r.error.isEmpty() || r.lines.size() != 1)
            qWarning() << r.error << r.lines.size();
        return r.lines.empty() ? ImportLine{} : r.lines.front();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = Database::create(m_dir->filePath(QStringLiteral("import.db")));
        QVERIFY(m_db);
        m_db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC); });
        const ImportResult first = importPatients(*m_db, "ipp;birth_name;given_names;sex;birth_date;ins\n"
                                                         "P1;Martin;Jean;M;01/08/1955;155081416802588\n"
                                                         "P2;Dupont;Marie;F;01/02/1950;\n");
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.count(ImportStatus::Imported), 2);
    }
    void cleanup() {
        m_db.reset();
        m_dir.reset();
    }

    void theSameIdentityIsAlreadyPresent() {
        // Accents, case and hyphens aside, the same person: found, mapped, nothing doubled.
        ImportLine l = importOne("ipp;birth_name;given_names;sex;birth_date;ins\n"
                                 "P9;MARTIN;jean;M;1955-08-01;1 55 08 14 168 025 88\n");
        QCOMPARE(l.status, ImportStatus::AlreadyPresent);
        QVERIFY(!l.patientId.isNull());
        l = importOne("ipp;birth_name;given_names;sex;birth_date\nP2;DUPONT;Marie;F;01/02/1950\n");
        QCOMPARE(l.status, ImportStatus::AlreadyPresent);
        QCOMPARE(patientsIn(*m_db), 2);
    }

    void theInsOfAnotherIdentityIsAConflict() {
        const ImportLine l = importOne("ipp;birth_name;given_names;sex;birth_date;ins\n"
                                       "P7;Durand;Paul;M;02/08/1955;155081416802588\n");
        QCOMPARE(importStatusCode(l.status), QStringLiteral("conflict"));
        QVERIFY(l.patientId.isNull()); // nothing mapped
        QVERIFY(l.duplicateOf.isNull());
        for (const char *part : {"INS", "MARTIN Jean, M, 01/08/1955", "DURAND Paul, M, 02/08/1955"})
            QVERIFY2(l.reason.contains(QLatin1String(part)), qPrintable(l.reason));
        QCOMPARE(patientsIn(*m_db), 2);
    }

    void theIppOfAnotherPersonIsAConflict() {
        const ImportLine l = importOne("ipp;birth_name;given_names;sex;birth_date\n"
                                       "P2;Dupont;Marie;M;03/04/1961\n");
        QCOMPARE(l.status, ImportStatus::Conflict);
        QVERIFY(l.patientId.isNull());
        for (const char *part : {"IPP P2", "DUPONT Marie, F, 01/02/1950", "DUPONT Marie, M, 03/04/1961"})
            QVERIFY2(l.reason.contains(QLatin1String(part)), qPrintable(l.reason));
        QCOMPARE(patientsIn(*m_db), 2);
    }

    void theCommandLineReportsConflictsWithExitOne() {
        m_db.reset();
        const QString db = m_dir->filePath(QStringLiteral("import.db"));
        const QString csv = m_dir->filePath(QStringLiteral("conflict.csv"));
        const QString report = m_dir->filePath(QStringLiteral("report.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ipp;birth_name;given_names;sex;birth_date\nP2;Dupont;Marie;M;03/04/1961\n"
                "P3;Nouveau;Jean;M;05/06/1970\n");
        f.close();
        const test::CliRun r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-patients"),
                                             csv, QStringLiteral("--report"), report});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line 2 in conflict: ")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 in conflict")), qPrintable(r.out));
        QFile written(report);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = written.readAll().split('\n');
        QVERIFY2(lines.value(1).startsWith("2,conflict,,,"), lines.value(1).constData());
        QVERIFY(lines.value(2).startsWith("3,imported,"));
    }

    void namesAndIdentifiersFollowTheNationalRules_data() {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("NUL in a name")
            << (QByteArray("A1;Dup") + '\0' + "ont;Marie;F;01/02/1950") << "U+0000";
        QTest::newRow("a control character") << QByteArray("A1;Dup\x07ont;Marie;F;01/02/1950") << "U+0007";
        QTest::newRow("leading =") << QByteArray("A1;=SUM(A1);Marie;F;01/02/1950") << "\"=\"";
        QTest::newRow("leading +") << QByteArray("A1;+Dupont;Marie;F;01/02/1950") << "\"+\"";
        QTest::newRow("leading @") << QByteArray("A1;Dupont;@Marie;F;01/02/1950") << "\"@\"";
        QTest::newRow("leading hyphen")
            << QByteArray("A1;-Dupont;Marie;F;01/02/1950") << "must begin with a letter";
        QTest::newRow("a semicolon") << QByteArray("A1;\"Dup;ont\";Marie;F;01/02/1950") << "\";\"";
        QTest::newRow("digits") << QByteArray("A1;Dupont2;Marie;F;01/02/1950") << "\"2\"";
        QTest::newRow("ten million characters")
            << (QByteArray("A1;") + QByteArray(10000000, 'A') + ";Marie;F;01/02/1950")
            << "more than 100 characters";
        QTest::newRow("born in 1800") << QByteArray("A1;Dupont;Marie;F;01/02/1800") << "before 01/01/1900";
        QTest::newRow("an IPP with a formula")
            << QByteArray("=1+1;Dupont;Marie;F;01/02/1950") << "is not an IPP";
        QTest::newRow("an IPP too long")
            << (QByteArray(60, '9') + ";Dupont;Marie;F;01/02/1950") << "longer than 50";
    }
    void namesAndIdentifiersFollowTheNationalRules() {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        const ImportLine l = importOne("ipp;birth_name;given_names;sex;birth_date\n" + line + "\n");
        QCOMPARE(l.status, ImportStatus::Refused);
        QVERIFY2(l.reason.contains(reason), qPrintable(l.reason.left(300)));
        QCOMPARE(patientsIn(*m_db), 2);
    }

    void realNamesStillPass() {
        const ImportLine l = importOne("ipp;birth_name;used_name;given_names;sex;birth_date\n"
                                       "A-1/2;Lefèvre-D'Aubigné;N'Diaye;Marie Hélène;F;01/01/1900\n");
        QVERIFY2(l.status == ImportStatus::Imported, qPrintable(l.reason));
    }
};

QTEST_GUILESS_MAIN(TestImportIdentity)
#include "tst_importidentity.moc"
