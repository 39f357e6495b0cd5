// Crash safety: a child process is killed (SIGKILL) in the middle of its saves; the reopened file holds
// every committed unit whole and nothing of the interrupted one.
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static int scalar(Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void killedMidSaveLosesNothingCommitted() {
        const QString path = m_dir.filePath(QStringLiteral("crash.db"));
        QUuid sessionId, counterId;
        {
            auto db = Database::create(path);
            QVERIFY(db);
            const test::WriterSeed seed = test::saveWriterSeed(*db);
            sessionId = seed.sessionId;
            counterId = seed.counterId;
        }

        int next = 0;
        QRandomGenerator random(20261122);
        for (int round = 0; round < 6; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(CONCERTO_CRASH_WRITER),
                         {path, sessionId.toString(QUuid::WithoutBraces),
                          counterId.toString(QUuid::WithoutBraces), QString::number(next)});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(10000), "the writer never committed");
            QTest::qWait(20 + int(random.bounded(180)));
            writer.kill(); // SIGKILL: no destructor, no rollback, no flush
            QVERIFY(writer.waitForFinished(5000));
            const QStringList printed = QString::fromLatin1(writer.readAllStandardOutput())
                                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!printed.isEmpty());
            const int lastReported = printed.last().toInt();

            auto db = Database::create(path);
            QVERIFY(db);
            QCOMPARE(
                scalar(*db, QStringLiteral(
                                "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'")),
                1);
            PatientRepository patients(*db);
            InscriptionRepository inscriptions(*db);
            // The shared record names the last whole unit; it was reported, or committed just before the
            // kill.
            const QString rev = READ(patients.find(counterId))->usedName;
            QVERIFY(rev.startsWith(QLatin1String("rev ")));
            const int lastCommitted = rev.mid(4).toInt();
            QVERIFY2(lastCommitted == lastReported || lastCommitted == lastReported + 1,
                     qPrintable(QStringLiteral("%1 vs %2").arg(lastCommitted).arg(lastReported)));
            // Every unit is whole: one patient, one case with all its content, never one without the other.
            const int units = lastCommitted + 1;
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'Crash'")),
                     units);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM inscription")), units);
            QCOMPARE(
                scalar(*db, QStringLiteral(
                                "SELECT count(*) FROM inscription i JOIN patient p ON p.id = i.patient_id"
                                " WHERE json_extract(i.body, '$.question') = 'unit ' || substr(p.ipp, 2)"
                                " AND length(json_extract(i.body, '$.clinical.summary')) = 20000"
                                " AND json_array_length(i.body, '$.tumours') = 3")),
                units);
            // Each save wrote its journal and audit rows in the same transaction.
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_journal")),
                     scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")));
            QCOMPARE(scalar(*db, QStringLiteral(
                                     "SELECT count(*) FROM change_journal WHERE entity = 'inscription'")),
                     units);
            QCOMPARE(int(READ(inscriptions.forSession(sessionId)).size()), units);
            next = units;
        }
        QVERIFY(next > 6);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
