// The schema check at opening (issue 20, item 7): a file whose triggers were dropped, changed or added,
// or whose tables or indexes are missing, opens read-only, says what was altered, refuses every write
// and is left byte-identical (with its write-ahead log); an unaltered or upgraded file opens writable.
#include "models/store/migrations.h"
#include "models/store/schemacheck.h"
#include "tests/support/fixtures.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

const QString kTamper = QStringLiteral("tamper");

// A plain SQLite connection to `path`, as the sqlite3 shell would open it.
QSqlDatabase plainConnection(const QString &path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kTamper);
    db.setDatabaseName(path);
    db.open();
    test::unlock(db);
    return db;
}

bool run(QSqlDatabase &db, const QStringList &statements) {
    QSqlQuery q(db);
    for (const QString &sql : statements)
        if (!q.exec(sql)) {
            qWarning() << q.lastError().text() << sql;
            return false;
        }
    return true;
}

// The bytes of the file and of its companions, or "absent".
QStringList fingerprint(const QString &path) {
    QStringList result;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        result << (file.open(QIODevice::ReadOnly)
                       ? QString::fromLatin1(
                             QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())
                       : QStringLiteral("absent"));
    }
    return result;
}

} // namespace

class TestSchemaCheck : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshFile(const QString &name) {
        const QString path = m_dir.filePath(name);
        QString error;
        auto db = Database::create(path, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        if (db)
            test::saveSampleCase(*db);
        return path;
    }

    // Opens an altered file: read-only, `expected` among its alterations; reads work; a save and a
    // deletion are refused with a message naming what was altered; the file is left byte-identical.
    void expectAltered(const QString &path, const QString &expected) {
        const QStringList before = fingerprint(path);
        QString error;
        {
            std::unique_ptr<Database> db = Database::open(path, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->isReadOnly());
            QVERIFY2(db->alterations().contains(expected), qPrintable(db->alterations().join(u'|')));
            const std::vector<Patient> patients = READ(PatientRepository(*db).all());
            QCOMPARE(patients.size(), std::size_t(1));
            Patient p = patients.front();
            p.usedName = QStringLiteral("Changed");
            const StoreResult saved = PatientRepository(*db).save(p);
            QVERIFY(!saved.ok);
            QVERIFY2(saved.error.contains(QStringLiteral("altered")), qPrintable(saved.error));
            QVERIFY2(saved.error.contains(expected), qPrintable(saved.error));
            Patient added = test::samplePatient();
            QVERIFY(!PatientRepository(*db).save(added).ok);
            const std::vector<Fiche> fiches = READ(FicheRepository(*db).all());
            QCOMPARE(fiches.size(), std::size_t(1));
            QVERIFY(!FicheRepository(*db).remove(fiches.front().meta.id).ok);
            // Not even by hand, past the store.
            QVERIFY(!QSqlQuery(db->connection()).exec(QStringLiteral("DELETE FROM fiche")));
        }
        QCOMPARE(fingerprint(path), before);
    }

private Q_SLOTS:
    void initTestCase() {
        // The reference schema is built at the first check of the process: say what it cost.
        const QString path = freshFile(QStringLiteral("first.db"));
        QVERIFY(schemacheck::referenceBuildMilliseconds() > 0);
        qInfo("reference schema built in %.2f ms", schemacheck::referenceBuildMilliseconds());
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i)
            QVERIFY(Database::open(path));
        qInfo("an opening (schema checked) takes %.2f ms", double(timer.nsecsElapsed()) / 20e6);
    }

    void anUnalteredFileOpensWritable() {
        const QString path = freshFile(QStringLiteral("unaltered.db"));
        std::unique_ptr<Database> db = Database::open(path);
        QVERIFY(db);
        QVERIFY(!db->isReadOnly());
        QVERIFY(db->alterations().isEmpty());
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*db).save(p).ok);
        // Created too.
        std::unique_ptr<Database> created = Database::create(m_dir.filePath(QStringLiteral("new.db")));
        QVERIFY(created);
        QVERIFY(!created->isReadOnly());
        QVERIFY(created->alterations().isEmpty());
    }

    // The case of issue 20: the lock of signed fiches dropped by hand.
    void aDroppedTriggerOpensReadOnly() {
        const QString path = freshFile(QStringLiteral("dropped.db"));
        QVERIFY(test::runRawSql(path, {QStringLiteral("DROP TRIGGER fiche_signed_not_deleted")}));
        expectAltered(path, QStringLiteral("The trigger fiche_signed_not_deleted is missing."));
        // create() (init, the desktop's first start) neither repairs nor writes it.
        const QStringList before = fingerprint(path);
        {
            std::unique_ptr<Database> db = Database::create(path);
            QVERIFY(db);
            QVERIFY(db->isReadOnly());
            QCOMPARE(db->alterations(),
                     QStringList{QStringLiteral("The trigger fiche_signed_not_deleted is missing.")});
        }
        QCOMPARE(fingerprint(path), before);
    }

    // The file altered by a connection that is still open: read through its write-ahead log, which is
    // left as it is too.
    void anAlteredFileWithItsLogIsLeftAsItIs() {
        const QString path = freshFile(QStringLiteral("withlog.db"));
        {
            QSqlDatabase holder = plainConnection(path);
            QVERIFY(holder.isOpen());
            QVERIFY(run(holder, {QStringLiteral("PRAGMA wal_autocheckpoint=0"),
                                 QStringLiteral("DROP TRIGGER audit_log_not_deleted")}));
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            expectAltered(path, QStringLiteral("The trigger audit_log_not_deleted is missing."));
            holder.close();
        }
        QSqlDatabase::removeDatabase(kTamper);
    }

    void aChangedTriggerOpensReadOnly() {
        const QString path = freshFile(QStringLiteral("changed.db"));
        QVERIFY(test::runRawSql(
            path, {QStringLiteral("DROP TRIGGER fiche_signed_is_immutable"),
                   QStringLiteral("CREATE TRIGGER fiche_signed_is_immutable BEFORE UPDATE ON fiche"
                                  " WHEN 0 BEGIN SELECT 1; END")}));
        expectAltered(path, QStringLiteral("The trigger fiche_signed_is_immutable was changed."));
    }

    void anAddedTriggerOpensReadOnly() {
        const QString path = freshFile(QStringLiteral("added.db"));
        QVERIFY(test::runRawSql(
            path, {QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON patient BEGIN SELECT 1; END")}));
        expectAltered(path, QStringLiteral("The trigger quiet was added."));
    }

    void aMissingIndexOpensReadOnly() {
        const QString path = freshFile(QStringLiteral("index.db"));
        QVERIFY(test::runRawSql(path, {QStringLiteral("DROP INDEX patient_birth")}));
        expectAltered(path, QStringLiteral("The index patient_birth is missing."));
    }

    // A file that needs an upgrade is checked after it: an upgraded file as Concerto left it opens
    // writable; one with a trigger of its own is upgraded, then only read.
    void anOlderFileIsCheckedAfterItsUpgrade() {
        for (const bool altered : {false, true}) {
            const QString path =
                m_dir.filePath(altered ? QStringLiteral("old-altered.db") : QStringLiteral("old.db"));
            {
                QSqlDatabase db = plainConnection(path);
                QVERIFY(db.isOpen());
                QString error;
                QVERIFY2(migrations::upgrade(db, migrations::latestVersion() - 1, &error), qPrintable(error));
                QVERIFY(run(db, {QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)}));
                if (altered)
                    QVERIFY(run(db, {QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON audit_log BEGIN "
                                                    "SELECT 1; END")}));
                db.close();
            }
            QSqlDatabase::removeDatabase(kTamper);
            std::unique_ptr<Database> db = Database::open(path);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), migrations::latestVersion());
            QCOMPARE(db->isReadOnly(), altered);
            QCOMPARE(db->alterations(),
                     altered ? QStringList{QStringLiteral("The trigger quiet was added.")} : QStringList());
            Patient p = test::samplePatient();
            QCOMPARE(PatientRepository(*db).save(p).ok, !altered);
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemaCheck)
#include "tst_schemacheck.moc"
