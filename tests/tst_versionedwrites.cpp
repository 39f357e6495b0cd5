// Versioned writes (optimistic concurrency): a save carries the time its record was read at, and a save
// over a copy changed since (another connection to the same file) is refused as a conflict, the other
// change kept; updated_at is a strict revision even under a fixed clock; a record made without a read
// (invalid updatedAt: imports, bulk paths) saves as before.
#include "models/domain/boardtime.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

const QDateTime kCreated(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
const QDateTime kAliceSaves(QDate(2026, 3, 10), QTime(9, 15, 30, 250), Qt::UTC);

Professional sampleProfessional() {
    Professional p;
    p.rpps = QStringLiteral("10003456789");
    p.lastName = QStringLiteral("Lefèvre");
    p.firstName = QStringLiteral("Anne");
    p.phone = QStringLiteral("01 02 03 04 05");
    return p;
}

} // namespace

class TestVersionedWrites : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QUuid m_id; // the professional saved in init()

    std::unique_ptr<Database> open(const QString &actor, const QDateTime &now = {}) {
        QString error;
        std::unique_ptr<Database> db = Database::open(m_path, &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        if (db) {
            db->setActor(actor);
            if (now.isValid())
                db->setClock([now] { return now; });
        }
        return db;
    }
    static int count(Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    static QString text(Database &db, const QString &sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() {
        m_path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        QString error;
        std::unique_ptr<Database> db = Database::create(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        db->setActor(QStringLiteral("creator"));
        db->setClock([] { return kCreated; });
        Professional p = sampleProfessional();
        QVERIFY(ProfessionalRepository(*db).save(p).ok);
        m_id = p.meta.id;
    }

    // Two connections to one file read the same professional and both change it: the first save
    // wins, the second is refused as a conflict naming who changed it and when, and the file keeps the
    // first change (no row, journal or audit of the refused one).
    void theSecondOfTwoStaleSavesIsRefused() {
        std::unique_ptr<Database> alice = open(QStringLiteral("alice"), kAliceSaves);
        std::unique_ptr<Database> bob = open(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        ProfessionalRepository alices(*alice);
        ProfessionalRepository bobs(*bob);
        Professional a = READ(alices.find(m_id)).value();
        Professional b = READ(bobs.find(m_id)).value();
        QCOMPARE(a.meta.updatedAt, kCreated);
        QCOMPARE(b.meta.updatedAt, kCreated);

        a.phone = QStringLiteral("06 11 22 33 44");
        b.lastName = QStringLiteral("Lefebvre");
        const int audited = count(*bob, QStringLiteral("SELECT count(*) FROM audit_log"));
        const int journaled = count(*bob, QStringLiteral("SELECT count(*) FROM change_journal"));
        const StoreResult first = alices.save(a);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(!first.conflict);
        QCOMPARE(a.meta.updatedAt, kAliceSaves);

        const RecordMeta bobRead = b.meta;
        const StoreResult second = bobs.save(b);
        QVERIFY(!second.ok);
        QVERIFY(second.conflict);
        // Who and when, in the boards' local time (09:15:30 UTC is 10:15:30 in Paris in March).
        const QDateTime local = toBoardTime(kAliceSaves);
        QCOMPARE(local.time().hour(), 10);
        QVERIFY2(second.error.contains(QStringLiteral("alice")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("10/03/2026")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("10:15:30")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("other change is kept")), qPrintable(second.error));
        QCOMPARE(b.meta.updatedAt, bobRead.updatedAt); // the refused copy still says what it was read at

        // The stored row holds Alice's change only, through either connection.
        for (ProfessionalRepository *repository : {&alices, &bobs}) {
            const Professional stored = READ(repository->find(m_id)).value();
            QCOMPARE(stored.phone, QStringLiteral("06 11 22 33 44"));
            QCOMPARE(stored.lastName, QStringLiteral("Lefèvre"));
            QCOMPARE(stored.meta.updatedBy, QStringLiteral("alice"));
            QCOMPARE(stored.meta.updatedAt, kAliceSaves);
        }
        QCOMPARE(count(*bob, QStringLiteral("SELECT count(*) FROM audit_log")), audited + 1);
        QCOMPARE(count(*bob, QStringLiteral("SELECT count(*) FROM change_journal")), journaled + 1);

        // Read again, Bob's change goes through, over Alice's.
        Professional again = READ(bobs.find(m_id)).value();
        again.lastName = QStringLiteral("Lefebvre");
        QVERIFY(bobs.save(again).ok);
        const Professional stored = READ(alices.find(m_id)).value();
        QCOMPARE(stored.lastName, QStringLiteral("Lefebvre"));
        QCOMPARE(stored.phone, QStringLiteral("06 11 22 33 44"));
        QVERIFY(stored.meta.updatedAt > kAliceSaves);
    }

    // A conflict inside a larger unit of work dooms the whole unit: nothing of it is written.
    void aConflictUndoesItsWholeUnit() {
        std::unique_ptr<Database> alice = open(QStringLiteral("alice"));
        std::unique_ptr<Database> bob = open(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        Professional b = READ(ProfessionalRepository(*bob).find(m_id)).value();
        Professional a = READ(ProfessionalRepository(*alice).find(m_id)).value();
        a.email = QStringLiteral("a.lefevre@example.org");
        QVERIFY(ProfessionalRepository(*alice).save(a).ok);

        const int patients = count(*bob, QStringLiteral("SELECT count(*) FROM patient"));
        {
            WriteTransaction unit(*bob);
            QVERIFY(unit.isActive());
            Patient p = test::samplePatient();
            QVERIFY(PatientRepository(*bob).save(p).ok);
            b.email = QStringLiteral("anne.lefevre@example.org");
            const StoreResult refused = ProfessionalRepository(*bob).save(b);
            QVERIFY(refused.conflict);
            QVERIFY(!unit.commit());
        }
        QCOMPARE(count(*alice, QStringLiteral("SELECT count(*) FROM patient")), patients);
        QCOMPARE(READ(ProfessionalRepository(*alice).find(m_id))->email,
                 QStringLiteral("a.lefevre@example.org"));
    }

    // The server's version counts too: a copy read before the version moved is stale.
    void aNewerVersionIsAConflict() {
        std::unique_ptr<Database> db = open(QStringLiteral("alice"));
        QVERIFY(db);
        Professional p = READ(ProfessionalRepository(*db).find(m_id)).value();
        QVERIFY(QSqlQuery(db->connection())
                    .exec(QStringLiteral("UPDATE professional SET version = 7 WHERE id = '%1'")
                              .arg(json::idText(m_id))));
        p.phone = QStringLiteral("07 00 00 00 00");
        const StoreResult r = ProfessionalRepository(*db).save(p);
        QVERIFY(r.conflict);
        QCOMPARE(READ(ProfessionalRepository(*db).find(m_id))->phone, QStringLiteral("01 02 03 04 05"));
    }

    // Under a fixed clock (and a clock set back), each save still leaves a later updated_at than the
    // one before: stored + 1 ms. The meta a save returns is what the next save is checked against.
    void updatedAtIsAStrictRevisionUnderAFixedClock() {
        std::unique_ptr<Database> db = open(QStringLiteral("alice"), kCreated);
        QVERIFY(db);
        ProfessionalRepository professionals(*db);
        Professional p = READ(professionals.find(m_id)).value();
        QList<QDateTime> revisions{p.meta.updatedAt};
        for (const QString &phone : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            p.phone = phone;
            const StoreResult r = professionals.save(p);
            QVERIFY2(r.ok, qPrintable(r.error));
            revisions << p.meta.updatedAt;
        }
        db->setClock([] { return kCreated.addDays(-1); }); // a clock set back
        p.phone = QStringLiteral("4");
        QVERIFY(professionals.save(p).ok);
        revisions << p.meta.updatedAt;
        QCOMPARE(revisions, (QList<QDateTime>{kCreated, kCreated.addMSecs(1), kCreated.addMSecs(2),
                                              kCreated.addMSecs(3), kCreated.addMSecs(4)}));
        QCOMPARE(text(*db, QStringLiteral("SELECT updated_at FROM professional")),
                 QStringLiteral("2026-03-10T09:00:00.004Z"));
        // The audit and the journal carry the same revision.
        QCOMPARE(text(*db, QStringLiteral("SELECT max(at) FROM audit_log WHERE entity = 'professional'")),
                 QStringLiteral("2026-03-10T09:00:00.004Z"));
        QCOMPARE(text(*db, QStringLiteral(
                               "SELECT max(created_at) FROM change_journal WHERE entity = 'professional'")),
                 QStringLiteral("2026-03-10T09:00:00.004Z"));
    }

    // A record made without a read (an import, a bulk path: no updatedAt) overwrites as before, even
    // after someone else's change.
    void aRecordWithoutAReadTimeSavesAsBefore() {
        std::unique_ptr<Database> alice = open(QStringLiteral("alice"), kAliceSaves);
        QVERIFY(alice);
        Professional a = READ(ProfessionalRepository(*alice).find(m_id)).value();
        a.phone = QStringLiteral("06 11 22 33 44");
        QVERIFY(ProfessionalRepository(*alice).save(a).ok);

        std::unique_ptr<Database> importer = open(QStringLiteral("import"));
        QVERIFY(importer);
        Professional imported = sampleProfessional();
        imported.meta.id = m_id; // known record, no read time
        imported.phone = QStringLiteral("09 99 99 99 99");
        QVERIFY(!imported.meta.updatedAt.isValid());
        const StoreResult r = ProfessionalRepository(*importer).save(imported);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.conflict);
        const Professional stored = READ(ProfessionalRepository(*alice).find(m_id)).value();
        QCOMPARE(stored.phone, QStringLiteral("09 99 99 99 99"));
        QCOMPARE(stored.meta.updatedBy, QStringLiteral("import"));
        QVERIFY(stored.meta.updatedAt > kAliceSaves);
    }

    // A stale copy whose body is what is stored writes nothing, so overwrites nothing: not a conflict.
    // The caller gets the stored meta back, and its next change is checked against it.
    void aStaleCopyThatChangesNothingIsNoConflict() {
        std::unique_ptr<Database> alice = open(QStringLiteral("alice"), kAliceSaves);
        std::unique_ptr<Database> bob = open(QStringLiteral("bob"));
        QVERIFY(alice && bob);
        Professional b = READ(ProfessionalRepository(*bob).find(m_id)).value();
        Professional a = READ(ProfessionalRepository(*alice).find(m_id)).value();
        a.phone = QStringLiteral("06 11 22 33 44");
        QVERIFY(ProfessionalRepository(*alice).save(a).ok);
        const int audited = count(*bob, QStringLiteral("SELECT count(*) FROM audit_log"));
        b.phone = QStringLiteral("06 11 22 33 44"); // the same change
        const StoreResult r = ProfessionalRepository(*bob).save(b);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(b.meta.updatedAt, kAliceSaves);
        QCOMPARE(b.meta.updatedBy, QStringLiteral("alice"));
        QCOMPARE(count(*bob, QStringLiteral("SELECT count(*) FROM audit_log")), audited);
        b.email = QStringLiteral("x@example.org");
        QVERIFY(ProfessionalRepository(*bob).save(b).ok);
    }
};

QTEST_GUILESS_MAIN(TestVersionedWrites)
#include "tst_versionedwrites.moc"
