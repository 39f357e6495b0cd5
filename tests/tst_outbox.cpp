// The outbox repository: pending changes in the order they were made, with their mutation id, base
// version and the record's current values; a confirmation removes the row, gives the record the
// server's version, keeps what was sent as its base copy and rebases its later changes; a replayed
// confirmation changes nothing. Demo records never leave: not listed, not counted, even once edited.
#include "models/demo/demogenerator.h"
#include "models/store/outbox.h"
#include "models/store/syncstate.h"
#include "tests/support/fixtures.h"
#include "tests/support/serverrecords.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QtTest>

using namespace concerto;
using test::countOf;
using test::value;

namespace {
const QDateTime kNow(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);
}

class TestOutbox : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())),
                                &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setActor(QStringLiteral("secretaire"));
        m_db->setClock([] { return kNow; });
    }
    void cleanup() { m_db.reset(); }

    void pendingChangesComeInOrderWithTheirValues() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(patients.save(p).ok);
        Rcp r = test::sampleRcp();
        QVERIFY(RcpRepository(*m_db).save(r).ok);
        p.usedName = QStringLiteral("Durand");
        QVERIFY(patients.save(p).ok);

        Outbox outbox(*m_db);
        QCOMPARE(READ(outbox.count()), 3);
        const std::vector<PendingMutation> all = READ(outbox.pending(10));
        QCOMPARE(int(all.size()), 3);
        QCOMPARE(all[0].entity, QStringLiteral("patient"));
        QCOMPARE(all[0].operation, QStringLiteral("insert"));
        QCOMPARE(all[1].entity, QStringLiteral("rcp"));
        QCOMPARE(all[2].operation, QStringLiteral("update"));
        QCOMPARE(all[2].fields, QStringList{QStringLiteral("usedName")});
        QVERIFY(all[0].seq < all[1].seq && all[1].seq < all[2].seq);
        QVERIFY(!all[0].mutationId.isNull() && all[0].mutationId != all[2].mutationId);
        QCOMPARE(all[0].recordId, p.meta.id);
        QCOMPARE(all[0].baseVersion, qint64(0));
        QCOMPARE(all[0].createdBy, QStringLiteral("secretaire"));
        // The values are the record's as it stands now, the later edit included.
        for (const PendingMutation *m : {&all[0], &all[2]})
            QCOMPARE(Patient::fromJson(QJsonDocument::fromJson(m->record.body).object()).usedName,
                     QStringLiteral("Durand"));
        // Paging by seq.
        const std::vector<PendingMutation> rest = READ(outbox.pending(10, all[0].seq));
        QCOMPARE(int(rest.size()), 2);
        QCOMPARE(rest[0].mutationId, all[1].mutationId);
        QCOMPARE(int(READ(outbox.pending(1)).size()), 1);
    }

    void aConfirmationGivesTheServerVersionAndTheBase() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(patients.save(p).ok);
        Outbox outbox(*m_db);
        const PendingMutation sent = READ(outbox.pending(10)).front();
        // Edited again while the push is on its way: not part of what was sent.
        p.usedName = QStringLiteral("Après l'envoi");
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(outbox.count()), 2);

        QVERIFY(outbox.confirm(sent, 7).ok);
        QCOMPARE(READ(outbox.count()), 1);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT count(*) FROM change_journal WHERE mutation_id = '%1'")
                                  .arg(json::idText(sent.mutationId))),
                 QStringLiteral("0"));
        const Patient stored = READ(patients.find(p.meta.id)).value();
        QCOMPARE(stored.meta.version, qint64(7));
        QCOMPARE(stored.usedName, QStringLiteral("Après l'envoi")); // the local copy stays as it is
        // The base is what was sent, at the server's version.
        const std::optional<RecordCopy> base = READ(syncBase(*m_db, QStringLiteral("patient"), p.meta.id));
        QVERIFY(base);
        QCOMPARE(base->version, qint64(7));
        QCOMPARE(Patient::fromJson(QJsonDocument::fromJson(base->body).object()).usedName,
                 test::samplePatient().usedName);
        // The later change is now based on version 7.
        const PendingMutation next = READ(outbox.pending(10)).front();
        QCOMPARE(next.baseVersion, qint64(7));
        QCOMPARE(next.operation, QStringLiteral("update"));

        // A replayed answer changes nothing.
        const QStringList before = test::rowCounts(*m_db);
        QVERIFY(outbox.confirm(sent, 9).ok);
        QCOMPARE(test::rowCounts(*m_db), before);
        QCOMPARE(READ(patients.find(p.meta.id))->meta.version, qint64(7));

        QVERIFY(outbox.confirm(next, 8).ok);
        QCOMPARE(READ(outbox.count()), 0);
        QCOMPARE(READ(readSyncState(*m_db)).pendingChanges, 0);
        QCOMPARE(READ(patients.find(p.meta.id))->meta.version, qint64(8));
    }

    // The signed-fiche triggers let the server's version be set on a signed fiche.
    void aSignedFicheTakesItsServerVersion() {
        Fiche fiche = test::saveSampleCase(*m_db);
        FicheRepository fiches(*m_db);
        QVERIFY(fiches.saveSigned(fiche, fiche.coordinatorId).ok);
        Outbox outbox(*m_db);
        for (const PendingMutation &m : READ(outbox.pending(100)))
            QVERIFY2(outbox.confirm(m, 3).ok, qPrintable(m.entity));
        QCOMPARE(READ(outbox.count()), 0);
        const Fiche stored = READ(fiches.find(fiche.meta.id)).value();
        QVERIFY(stored.isSigned());
        QCOMPARE(stored.meta.version, qint64(3));
    }

    void demoRecordsNeverLeaveThisComputer() {
        demo::DemoOptions options;
        options.patients = 40;
        options.referenceDate = QDate(2026, 11, 20);
        QString error;
        demo::DemoCounts counts;
        QVERIFY2(demo::generateDemo(*m_db, options, &counts, &error), qPrintable(error));
        QVERIFY(counts.patients > 0);
        Outbox outbox(*m_db);
        QCOMPARE(READ(outbox.count()), 0);
        QCOMPARE(READ(pendingChangeCount(*m_db)), 0);
        QVERIFY(READ(outbox.pending(10)).empty());
        QCOMPARE(countOf(*m_db, QStringLiteral("local_only_record")),
                 counts.organisations + counts.professionals + counts.rcps + counts.sessions +
                     counts.patients + counts.inscriptions + counts.fiches);

        // A demo patient edited by hand stays here too; a patient made by hand is sent.
        PatientRepository patients(*m_db);
        Patient demoPatient = READ(patients.pageAfter({}, 1)).items.front();
        demoPatient.usedName = QStringLiteral("Nouveau-Nom");
        QVERIFY(patients.save(demoPatient).ok);
        QCOMPARE(READ(outbox.count()), 0);
        Patient mine = test::samplePatient();
        QVERIFY(patients.save(mine).ok);
        QCOMPARE(READ(outbox.count()), 1);
        const std::vector<PendingMutation> pending = READ(outbox.pending(10));
        QCOMPARE(int(pending.size()), 1);
        QCOMPARE(pending.front().recordId, mine.meta.id);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
