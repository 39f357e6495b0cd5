// Several writers on one file at the same time: two threads, each with its own Database (a QSqlDatabase
// connection belongs to its thread), save through the repositories while a second process (the crash
// writer) saves too. Every save succeeds or fails with a message; none is lost; the change journal and
// the audit log hold exactly one row per save; the file passes SQLite's integrity check.
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QtTest>
#include <chrono>
#include <future>
#include <thread>

using namespace concerto;

namespace {

// What one writer thread did.
struct WriterReport {
    QString openError;
    int saves = 0;      // saves that reached the file (in committed units)
    QStringList errors; // what each refused save or unit said
    // Every patient that reached the file, with the used name its last committed save gave it.
    std::vector<std::pair<QUuid, QString>> patients;
    // When its first save began and its last one returned.
    std::chrono::steady_clock::time_point firstSave, lastSave;
};

// Saves `units` units of work on its own connection once `go` is set: a new patient, read back
// (as a screen would) and renamed; every fourth unit, a patient and its case in one transaction.
WriterReport writeMany(const QString &path, const QUuid &sessionId, int writer, int units,
                       std::shared_future<void> go) {
    WriterReport report;
    std::unique_ptr<Database> db = Database::create(path, &report.openError);
    if (!db)
        return report;
    db->setActor(QStringLiteral("writer-%1").arg(writer));
    PatientRepository patients(*db);
    InscriptionRepository inscriptions(*db);
    go.wait();
    report.firstSave = std::chrono::steady_clock::now();
    for (int unit = 0; unit < units; ++unit) {
        Patient p;
        p.birthName = QStringLiteral("Writer%1").arg(writer);
        p.birthGivenNames = {QStringLiteral("Unit%1").arg(unit)};
        p.ipp = QStringLiteral("W%1-%2").arg(writer).arg(unit);
        if (unit % 4 == 3) {
            WriteTransaction tx(*db);
            StoreResult r = patients.save(p);
            if (r) {
                Inscription i = test::sampleInscription(sessionId, p.meta.id);
                i.question = QStringLiteral("writer %1, unit %2").arg(writer).arg(unit);
                r = inscriptions.save(i);
            }
            if (r && !tx.commit())
                r = StoreResult::failure(tx.error());
            if (!r) {
                report.errors << r.error;
                continue;
            }
            report.saves += 2;
            report.patients.emplace_back(p.meta.id, QString());
            continue;
        }
        StoreResult r = patients.save(p);
        if (!r) {
            report.errors << r.error;
            continue;
        }
        ++report.saves;
        const StoreRead<std::optional<Patient>> read = patients.find(p.meta.id);
        const StoreRead<int> counted = patients.count(); // a read between the writes
        if (!read.ok() || !counted.ok()) {
            report.errors << read.error + counted.error;
            continue;
        }
        const std::optional<Patient> &stored = read.value;
        if (!stored) {
            report.errors << QStringLiteral("patient %1 saved but not read back").arg(p.ipp);
            report.patients.emplace_back(p.meta.id, QString());
            continue;
        }
        Patient renamed = *stored;
        renamed.usedName = QStringLiteral("Rev%1").arg(unit);
        r = patients.save(renamed);
        if (r)
            ++report.saves;
        else
            report.errors << r.error;
        report.patients.emplace_back(p.meta.id, r ? renamed.usedName : QString());
    }
    report.lastSave = std::chrono::steady_clock::now();
    return report;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static int scalar(Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    static QString text(Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("(query failed)");
    }

private Q_SLOTS:
    void twoConnectionsAndAProcessWriteAtOnce() {
        const QString path = m_dir.filePath(QStringLiteral("shared.db"));
        QUuid sessionId, counterId;
        int journalBefore = 0, auditBefore = 0;
        {
            auto db = Database::create(path);
            QVERIFY(db);
            const test::WriterSeed seed = test::saveWriterSeed(*db);
            sessionId = seed.sessionId;
            counterId = seed.counterId;
            journalBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM change_journal"));
            auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
            QCOMPARE(journalBefore, 3);
            QCOMPARE(auditBefore, 3);
        }

        // A second process saves units (a patient, its case, an update of the counter) in a loop.
        QProcess process;
        process.start(QStringLiteral(CONCERTO_CRASH_WRITER),
                      {path, sessionId.toString(QUuid::WithoutBraces),
                       counterId.toString(QUuid::WithoutBraces), QStringLiteral("0")});
        QVERIFY(process.waitForStarted());
        QVERIFY2(process.waitForReadyRead(10000), "the writer process never committed");

        constexpr int kUnits = 100;
        std::promise<void> start;
        const std::shared_future<void> go = start.get_future().share();
        std::future<WriterReport> first =
            std::async(std::launch::async, writeMany, path, sessionId, 1, kUnits, go);
        std::future<WriterReport> second =
            std::async(std::launch::async, writeMany, path, sessionId, 2, kUnits, go);
        start.set_value();
        const WriterReport reports[] = {first.get(), second.get()};
        process.kill(); // its last unit may be cut short: rolled back as a whole
        QVERIFY(process.waitForFinished(5000));

        int saves = 0;
        for (const WriterReport &report : reports) {
            QVERIFY2(report.openError.isEmpty(), qPrintable(report.openError));
            // A save may fail, but then it says why; here none should have to (the connections wait
            // for each other's transactions).
            for (const QString &error : report.errors)
                QVERIFY2(!error.trimmed().isEmpty(), "a save failed without a message");
            QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));
            saves += report.saves;
        }
        QVERIFY(saves > 0);
        // Each thread began saving before the other was done: their saves met (SQLite lets one write
        // at a time; the other waits for it).
        QVERIFY(reports[0].firstSave < reports[1].lastSave && reports[1].firstSave < reports[0].lastSave);

        auto db = Database::create(path);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        // Nothing lost: every patient a thread saved is there, with its last committed name.
        PatientRepository patients(*db);
        int threadPatients = 0;
        for (const WriterReport &report : reports)
            for (const auto &[id, usedName] : report.patients) {
                const std::optional<Patient> p = READ(patients.find(id));
                QVERIFY2(p, qPrintable(id.toString()));
                QCOMPARE(p->usedName, usedName);
                ++threadPatients;
            }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM patient WHERE birth_name LIKE 'Writer%'")),
                 threadPatients);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM inscription WHERE CAST(body AS TEXT) LIKE '%writer %'")),
            2 * (kUnits / 4));

        // The process's units are whole: as many patients as cases, and the counter names the last one.
        const int processUnits =
            scalar(*db, QStringLiteral("SELECT count(*) FROM patient WHERE birth_name = 'Crash'"));
        QVERIFY(processUnits >= 1);
        QCOMPARE(
            scalar(*db, QStringLiteral(
                            "SELECT count(*) FROM inscription WHERE CAST(body AS TEXT) LIKE '%\"unit %'")),
            processUnits);
        QCOMPARE(READ(patients.find(counterId))->usedName, QStringLiteral("rev %1").arg(processUnits - 1));

        // One journal row and one audit row per save: the threads' saves and three a process unit.
        const int expected = saves + 3 * processUnits;
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM change_journal")) - journalBefore,
                 expected);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore, expected);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'writer-1'")),
                 reports[0].saves);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'writer-2'")),
                 reports[1].saves);
        // Per record too: each patient inserted once, and one update a rename (the process renames its
        // counter once a unit).
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT record_id FROM change_journal"
                                            " WHERE entity = 'patient' GROUP BY record_id"
                                            " HAVING sum(operation = 'insert') != 1)")),
                 0);
        int renamed = 0;
        for (const WriterReport &report : reports)
            for (const auto &patient : report.patients)
                renamed += !patient.second.isEmpty();
        QCOMPARE(
            scalar(*db, QStringLiteral("SELECT count(*) FROM change_journal WHERE operation = 'update'")),
            renamed + processUnits);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
