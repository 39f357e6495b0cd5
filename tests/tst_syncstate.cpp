// The sync state lives in the file it describes: the device id, the server, the cursor and the last sync
// survive closing and opening the file; pending changes and open conflicts are counted from their
// tables; another server starts its pull from the start. A file of the schema before sync is upgraded
// (its demo records found and kept local) and passes `concerto-cli check`.
#include "models/store/migrations.h"
#include "models/store/outbox.h"
#include "models/store/syncstate.h"
#include "tests/support/fixtures.h"
#include "tests/support/serverrecords.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QtTest>

using namespace concerto;
using test::countOf;
using test::value;

namespace {
Rcp committee() {
    Rcp rcp = test::sampleRcp();
    rcp.meta.id = RecordMeta::newId();
    return rcp;
}
const QDateTime kNow(QDate(2026, 11, 21), QTime(8, 0, 0, 125), Qt::UTC);
const QString kServer = QStringLiteral("https://rcp.region.example:8443");
} // namespace

class TestSyncState : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString &path) {
        QString error;
        std::unique_ptr<Database> db = Database::create(path, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        if (db)
            db->setClock([] { return kNow; });
        return db;
    }

private Q_SLOTS:
    void theStateSurvivesClosingTheFile() {
        const QString path = m_dir.filePath(QStringLiteral("state.db"));
        QString deviceId;
        {
            std::unique_ptr<Database> db = open(path);
            QVERIFY(db);
            const SyncState fresh = READ(readSyncState(*db));
            QVERIFY(!fresh.deviceId.isEmpty());
            QVERIFY(fresh.serverUrl.isEmpty() && fresh.cursor.isEmpty() && !fresh.lastSyncAt.isValid());
            deviceId = fresh.deviceId;
            QVERIFY(setSyncServer(*db, kServer).ok);
            // A pulled page and its cursor together.
            const ServerApplyResult r =
                ServerApply(*db).apply({test::serverCopy(committee(), 1)}, QStringLiteral("seq:42"));
            QVERIFY2(r.result.ok, qPrintable(r.result.error));
            Patient p = test::samplePatient();
            QVERIFY(PatientRepository(*db).save(p).ok);
        }
        std::unique_ptr<Database> db = open(path);
        QVERIFY(db);
        const SyncState state = READ(readSyncState(*db));
        QCOMPARE(state.deviceId, deviceId);
        QCOMPARE(state.serverUrl, kServer);
        QCOMPARE(state.cursor, QStringLiteral("seq:42"));
        QCOMPARE(state.lastSyncAt, kNow);
        QCOMPARE(state.pendingChanges, 1);
        QCOMPARE(state.openConflicts, 0);

        // The same server again keeps the cursor; another one starts from the start.
        QVERIFY(setSyncServer(*db, kServer).ok);
        QCOMPARE(READ(readSyncState(*db)).cursor, QStringLiteral("seq:42"));
        QVERIFY(setSyncServer(*db, QStringLiteral("https://autre.example")).ok);
        const SyncState moved = READ(readSyncState(*db));
        QVERIFY(moved.cursor.isEmpty());
        QVERIFY(!moved.lastSyncAt.isValid());
        QCOMPARE(moved.deviceId, deviceId);

        // Each file is a device of its own.
        std::unique_ptr<Database> other = open(m_dir.filePath(QStringLiteral("other.db")));
        QVERIFY(other);
        QVERIFY(READ(readSyncState(*other)).deviceId != deviceId);
    }

    void conflictsAreCounted() {
        std::unique_ptr<Database> db = open(m_dir.filePath(QStringLiteral("conflicts.db")));
        QVERIFY(db);
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*db).save(p).ok); // pending: the server's copy meets it
        QVERIFY(ServerApply(*db).apply({test::serverCopy(p, 1)}).result.ok);
        const SyncState state = READ(readSyncState(*db));
        QCOMPARE(state.openConflicts, 1);
        QCOMPARE(state.pendingChanges, 1);
    }

    // A file of schema 13 (before sync) with a record made by hand (journaled) and one by the demo (not
    // journaled): the upgrade makes the sync tables, keeps the demo record local, and the file passes
    // the schema check of `concerto-cli check`.
    void aFileFromBeforeSyncIsUpgraded() {
        const QString path = m_dir.filePath(QStringLiteral("schema13.db"));
        const QString byHand = json::idText(RecordMeta::newId());
        const QString byDemo = json::idText(RecordMeta::newId());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrations::upgrade(db, 13, &error), qPrintable(error));
            QSqlQuery q(db);
            const QString patient = QStringLiteral(
                "INSERT INTO patient (id, updated_at, updated_by, body, birth_name, identity_status)"
                " VALUES ('%1', '2026-03-10T18:00:00.000Z', 'ancien', '{}', 'Martin', 'provisional')");
            const QString audit = QStringLiteral(
                "INSERT INTO audit_log (at, actor, entity, record_id, action, changes)"
                " VALUES ('2026-03-10T18:00:00.000Z', 'ancien', 'patient', '%1', 'create', '{}')");
            for (const QString &sql :
                 {patient.arg(byHand), patient.arg(byDemo), audit.arg(byHand), audit.arg(byDemo),
                  QStringLiteral("INSERT INTO change_journal (mutation_id, entity, record_id, operation,"
                                 " base_version, fields, created_at, created_by) VALUES ('%1', 'patient',"
                                 " '%2', 'insert', 0, '[]', '2026-03-10T18:00:00.000Z', 'ancien')")
                      .arg(json::idText(RecordMeta::newId()), byHand)})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            QCOMPARE(migrations::currentVersion(db), 13);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        {
            std::unique_ptr<Database> db = open(path);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), migrations::latestVersion());
            QVERIFY(db->alterations().isEmpty());
            QVERIFY(!db->isReadOnly());
            QVERIFY(!READ(readSyncState(*db)).deviceId.isEmpty());
            QCOMPARE(value(*db, QStringLiteral("SELECT group_concat(record_id) FROM local_only_record")),
                     byDemo);
            const std::vector<PendingMutation> pending = READ(Outbox(*db).pending(10));
            QCOMPARE(int(pending.size()), 1);
            QCOMPARE(json::idText(pending.front().recordId), byHand);
            QCOMPARE(countOf(*db, QStringLiteral("sync_base")), 0);
        }
        const test::CliRun r = test::runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("schema: 0 difference")), qPrintable(r.out));
    }

    void aNewFilePassesTheCheck() {
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        {
            std::unique_ptr<Database> db = open(path);
            QVERIFY(db);
            test::saveSampleCase(*db);
            QVERIFY(
                ServerApply(*db).apply({test::serverCopy(committee(), 1)}, QStringLiteral("c")).result.ok);
        }
        const test::CliRun r = test::runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("schema: 0 difference")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
