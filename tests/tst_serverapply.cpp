// The server's write path (ServerApply): a batch is applied whatever the order of parents and children,
// with the server's version and author, no journal row and a base copy per record; a batch with one bad
// record writes nothing (nor its cursor) and says why; a record with local changes not yet confirmed is
// never overwritten but kept as a conflict with both copies and their base; a signed fiche stays as it
// is signed; two amendments of one fiche version made apart end as a conflict, not an error.
#include "models/store/outbox.h"
#include "models/store/syncconflicts.h"
#include "models/store/syncstate.h"
#include "tests/support/fixtures.h"
#include "tests/support/serverrecords.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QtTest>

using namespace concerto;
using test::countOf;
using test::serverCopy;
using test::value;

namespace {

const QDateTime kNow(QDate(2026, 11, 21), QTime(8, 0), Qt::UTC);

// A committee, a session, a patient, a case and its fiche, linked, as the server would hold them.
struct Family {
    Rcp rcp;
    Session session;
    Patient patient;
    Inscription inscription;
    Fiche fiche;

    Family() {
        rcp = test::sampleRcp();
        rcp.meta.id = RecordMeta::newId();
        session = test::sampleSession(rcp.meta.id);
        session.meta.id = RecordMeta::newId();
        patient = test::samplePatient();
        patient.meta.id = RecordMeta::newId();
        inscription = test::sampleInscription(session.meta.id, patient.meta.id);
        inscription.meta.id = RecordMeta::newId();
        fiche = test::sampleFiche(inscription);
        fiche.meta.id = RecordMeta::newId();
        fiche.setId = RecordMeta::newId();
        fiche.versionNumber = 1;
    }
    // Children first: the order a batch must not depend on.
    std::vector<ServerRecord> childrenFirst(qint64 version = 1) const {
        return {serverCopy(fiche, version), serverCopy(inscription, version), serverCopy(session, version),
                serverCopy(patient, version), serverCopy(rcp, version)};
    }
};

} // namespace

class TestServerApply : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> make(const QString &name) {
        QString error;
        std::unique_ptr<Database> db = Database::create(m_dir.filePath(name), &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        if (db) {
            db->setActor(QStringLiteral("secretaire"));
            db->setClock([] { return kNow; });
        }
        return db;
    }
    // Pulls `family` into `db` (children first) and checks it was all applied.
    static void pull(Database &db, const Family &family) {
        const ServerApplyResult r = ServerApply(db).apply(family.childrenFirst());
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.applied.size()), 5);
    }

private Q_SLOTS:
    void init() { m_db = make(QStringLiteral("%1.db").arg(QTest::currentTestFunction())); }
    void cleanup() { m_db.reset(); }

    void childrenBeforeParentsApplyInOneBatch() {
        const Family family;
        const int audited = countOf(*m_db, QStringLiteral("audit_log"));
        const ServerApplyResult r = ServerApply(*m_db).apply(family.childrenFirst(3));
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.applied.size()), 5);
        QVERIFY(r.conflicted.empty() && r.unchanged.empty());
        QVERIFY((r.applied.front() == RecordRef{QStringLiteral("fiche"), family.fiche.meta.id}));

        // Stored with the server's version and author, read back by the ordinary repositories.
        const Fiche fiche = READ(FicheRepository(*m_db).find(family.fiche.meta.id)).value();
        QCOMPARE(fiche.meta.version, qint64(3));
        QCOMPARE(fiche.meta.updatedBy, QStringLiteral("dr.martin"));
        QCOMPARE(fiche.meta.updatedAt, test::kServerTime.addSecs(3));
        QCOMPARE(fiche.setId, family.fiche.setId);
        const Patient patient = READ(PatientRepository(*m_db).find(family.patient.meta.id)).value();
        QCOMPARE(patient.birthName, family.patient.birthName);
        QCOMPARE(patient.meta.version, qint64(3));
        // The query columns are filled as a local save fills them: the patient is found by search.
        QCOMPARE(READ(PatientRepository(*m_db).search(family.patient.birthName)).size(), std::size_t(1));
        QCOMPARE(READ(InscriptionRepository(*m_db).countForSession(family.session.meta.id)), 1);

        // No journal row: nothing of it goes back to the server. A base copy per record; audited.
        QCOMPARE(countOf(*m_db, QStringLiteral("change_journal")), 0);
        QCOMPARE(READ(pendingChangeCount(*m_db)), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("sync_base")), 5);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT version FROM sync_base WHERE record_id = '%1'")
                                  .arg(json::idText(family.patient.meta.id))),
                 QStringLiteral("3"));
        QCOMPARE(countOf(*m_db, QStringLiteral("audit_log")), audited + 5);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pull'"
                                             " AND actor = 'dr.martin'")),
                 QStringLiteral("5"));

        // A later save of a pulled record is journaled on the server's version.
        Patient edited = patient;
        edited.usedName = QStringLiteral("Durand");
        QVERIFY(PatientRepository(*m_db).save(edited).ok);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT base_version FROM change_journal")),
                 QStringLiteral("3"));
    }

    void theSameOrAnOlderVersionChangesNothing() {
        Family family;
        pull(*m_db, family);
        const QStringList before = test::rowCounts(*m_db);
        family.patient.usedName = QStringLiteral("Ancien");
        const ServerApplyResult r = ServerApply(*m_db).apply({serverCopy(family.patient, 1)});
        QVERIFY(r.result.ok);
        QCOMPARE(int(r.unchanged.size()), 1);
        QVERIFY(r.applied.empty());
        QCOMPARE(test::rowCounts(*m_db), before);
        QCOMPARE(READ(PatientRepository(*m_db).find(family.patient.meta.id))->usedName,
                 test::samplePatient().usedName);
    }

    void aBatchWithOneBadRecordWritesNothing_data() {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("said");
        QTest::addRow("child without its parent") << "orphan"
                                                  << "neither in this file nor in what";
        QTest::addRow("body not JSON") << "body"
                                       << "damaged";
        QTest::addRow("unknown kind") << "entity"
                                      << "unknown kind";
        QTest::addRow("no version") << "version"
                                    << "lacks its id, version";
    }
    void aBatchWithOneBadRecordWritesNothing() {
        QFETCH(QString, bad);
        QFETCH(QString, said);
        QVERIFY(saveSyncCursor(*m_db, QStringLiteral("before"), kNow).ok);
        const Family family;
        std::vector<ServerRecord> batch = family.childrenFirst();
        ServerRecord odd = serverCopy(test::samplePatient(), 2);
        odd.id = RecordMeta::newId();
        if (bad == QLatin1String("orphan")) {
            // A case of a session that never arrives, last in the batch: its parent is missing at the end.
            Inscription orphan = test::sampleInscription(RecordMeta::newId(), family.patient.meta.id);
            orphan.meta.id = RecordMeta::newId();
            odd = serverCopy(orphan, 1);
        } else if (bad == QLatin1String("body")) {
            odd.body = "{\"birthName\": \"Dupont\",";
        } else if (bad == QLatin1String("entity")) {
            odd.entity = QStringLiteral("change_journal");
        } else {
            odd.version = 0;
        }
        batch.push_back(odd);
        const QStringList before = test::rowCounts(*m_db);
        const ServerApplyResult r = ServerApply(*m_db).apply(batch, QStringLiteral("after"));
        QVERIFY(!r.result.ok);
        QVERIFY2(r.result.error.contains(said), qPrintable(r.result.error));
        QVERIFY2(r.result.error.contains(QStringLiteral("Nothing of it was applied")),
                 qPrintable(r.result.error));
        if (bad != QLatin1String("entity"))
            QVERIFY2(r.result.error.contains(json::idText(odd.id)), qPrintable(r.result.error));
        QVERIFY(r.applied.empty() && r.conflicted.empty());
        QCOMPARE(test::rowCounts(*m_db), before);
        QCOMPARE(READ(readSyncState(*m_db)).cursor, QStringLiteral("before"));
        // The file takes writes as before.
        QVERIFY2(ServerApply(*m_db).apply(family.childrenFirst()).result.ok, "a good batch after a bad one");
    }

    void aRecordWithLocalChangesBecomesAConflict() {
        Family family;
        pull(*m_db, family);
        // Edited here (pending), and changed on the server meanwhile.
        Patient mine = READ(PatientRepository(*m_db).find(family.patient.meta.id)).value();
        mine.usedName = QStringLiteral("Local");
        QVERIFY(PatientRepository(*m_db).save(mine).ok);
        Patient theirs = family.patient;
        theirs.usedName = QStringLiteral("Serveur");
        const int journaled = countOf(*m_db, QStringLiteral("change_journal"));

        const ServerApplyResult r = ServerApply(*m_db).apply(
            {serverCopy(theirs, 2, QStringLiteral("dr.durand"))}, QStringLiteral("c2"));
        QVERIFY2(r.result.ok, qPrintable(r.result.error)); // a conflict is not an error
        QCOMPARE(int(r.conflicted.size()), 1);
        QVERIFY(r.applied.empty());
        QCOMPARE(READ(readSyncState(*m_db)).cursor, QStringLiteral("c2")); // the pull goes on

        // The local copy is untouched, still pending; the base stays the last confirmed copy.
        const Patient stored = READ(PatientRepository(*m_db).find(family.patient.meta.id)).value();
        QCOMPARE(stored.usedName, QStringLiteral("Local"));
        QCOMPARE(stored.meta.version, qint64(1));
        QCOMPARE(countOf(*m_db, QStringLiteral("change_journal")), journaled);
        QCOMPARE(value(*m_db, QStringLiteral("SELECT version FROM sync_base WHERE record_id = '%1'")
                                  .arg(json::idText(family.patient.meta.id))),
                 QStringLiteral("1"));

        // Both copies and their base are kept.
        const std::vector<SyncConflict> conflicts = READ(openConflicts(*m_db));
        QCOMPARE(int(conflicts.size()), 1);
        const SyncConflict &c = conflicts.front();
        QCOMPARE(c.reason, QLatin1String(conflictreason::pendingChanges));
        QCOMPARE(c.recordId, family.patient.meta.id);
        QCOMPARE(c.localId, family.patient.meta.id);
        QCOMPARE(c.server.version, qint64(2));
        QCOMPARE(c.server.updatedBy, QStringLiteral("dr.durand"));
        QCOMPARE(Patient::fromJson(QJsonDocument::fromJson(c.server.body).object()).usedName,
                 QStringLiteral("Serveur"));
        QCOMPARE(Patient::fromJson(QJsonDocument::fromJson(c.local.body).object()).usedName,
                 QStringLiteral("Local"));
        QCOMPARE(c.local.updatedBy, QStringLiteral("secretaire"));
        QVERIFY(c.base);
        QCOMPARE(c.base->version, qint64(1));
        QCOMPARE(Patient::fromJson(QJsonDocument::fromJson(c.base->body).object()).usedName,
                 test::samplePatient().usedName);
        QCOMPARE(READ(readSyncState(*m_db)).openConflicts, 1);

        // A newer server copy replaces the older one in the same open conflict.
        theirs.usedName = QStringLiteral("Serveur 3");
        QVERIFY(ServerApply(*m_db).apply({serverCopy(theirs, 3)}).result.ok);
        QCOMPARE(READ(openConflictCount(*m_db)), 1);
        QCOMPARE(READ(openConflicts(*m_db)).front().server.version, qint64(3));
    }

    void aDeleteAgainstALocalEditIsAConflict() {
        Family family;
        pull(*m_db, family);
        Rcp mine = READ(RcpRepository(*m_db).find(family.rcp.meta.id)).value();
        mine.name = QStringLiteral("RCP digestive (renommée)");
        QVERIFY(RcpRepository(*m_db).save(mine).ok);
        const ServerApplyResult r =
            ServerApply(*m_db).apply({serverCopy(family.rcp, 2, QStringLiteral("dr.martin"), true)});
        QVERIFY(r.result.ok);
        QCOMPARE(int(r.conflicted.size()), 1);
        const Rcp stored = READ(RcpRepository(*m_db).find(family.rcp.meta.id)).value();
        QVERIFY(!stored.meta.deleted);
        QCOMPARE(stored.name, mine.name);
        QVERIFY(READ(openConflicts(*m_db)).front().server.deleted);
    }

    void aRecordWithoutLocalChangesIsOverwritten() {
        Family family;
        pull(*m_db, family);
        family.patient.usedName = QStringLiteral("Serveur");
        const ServerApplyResult r = ServerApply(*m_db).apply({serverCopy(family.patient, 2)});
        QVERIFY(r.result.ok);
        QCOMPARE(int(r.applied.size()), 1);
        QCOMPARE(READ(PatientRepository(*m_db).find(family.patient.meta.id))->usedName,
                 QStringLiteral("Serveur"));
        QCOMPARE(READ(PatientRepository(*m_db).search(QStringLiteral("Serveur"))).size(), std::size_t(1));
        QCOMPARE(countOf(*m_db, QStringLiteral("sync_conflict")), 0);
        QCOMPARE(countOf(*m_db, QStringLiteral("change_journal")), 0);
    }

    // A signed fiche arrives from the server and is stored signed; the same copy again (a later server
    // version) only moves its version; a different one is a conflict, the signed row kept as it is,
    // and the triggers still refuse any other change to it.
    void aSignedFicheFromTheServerStaysSigned() {
        Family family;
        pull(*m_db, family);
        Fiche signedFiche = family.fiche;
        signedFiche.markSigned(signedFiche.coordinatorId, test::kServerTime, {});
        ServerApplyResult r = ServerApply(*m_db).apply({serverCopy(signedFiche, 2)});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.applied.size()), 1);
        FicheRepository fiches(*m_db);
        Fiche stored = READ(fiches.find(family.fiche.meta.id)).value();
        QVERIFY(stored.isSigned());
        QCOMPARE(READ(fiches.signedCount()), 1);

        r = ServerApply(*m_db).apply({serverCopy(signedFiche, 4)});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.applied.size()), 1);
        QCOMPARE(READ(fiches.find(family.fiche.meta.id))->meta.version, qint64(4));
        // Its author and time stay those it was signed with here: the trigger guards them.
        QCOMPARE(READ(fiches.find(family.fiche.meta.id))->meta.updatedAt, stored.meta.updatedAt);

        Fiche altered = signedFiche;
        altered.proposal.front().details = QStringLiteral("Autre proposition");
        r = ServerApply(*m_db).apply({serverCopy(altered, 5)});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.conflicted.size()), 1);
        QCOMPARE(READ(openConflicts(*m_db)).front().reason, QLatin1String(conflictreason::signedFiche));
        QCOMPARE(READ(fiches.find(family.fiche.meta.id))->proposal.front().details,
                 signedFiche.proposal.front().details);
        QCOMPARE(READ(fiches.find(family.fiche.meta.id))->meta.version, qint64(4));
        // The server's next copy says what was signed again: taken, and the conflict is settled.
        r = ServerApply(*m_db).apply({serverCopy(signedFiche, 6)});
        QCOMPARE(int(r.applied.size()), 1);
        QCOMPARE(READ(openConflictCount(*m_db)), 0);
        QCOMPARE(READ(fiches.find(family.fiche.meta.id))->meta.version, qint64(6));

        QSqlQuery raw(m_db->connection());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE fiche SET body = '{}' WHERE id = '%1'")
                              .arg(json::idText(family.fiche.meta.id))));
        QVERIFY(raw.lastError().databaseText().contains(QStringLiteral("signed fiche is immutable")));
    }

    // Two desktops amend the same signed version 1 while offline: both make a version 2. The server
    // took the first; when it reaches the second desktop, it is a conflict beside that desktop's own
    // amendment (kept, still to be sent), not an error that would stop the pull.
    void twoOfflineAmendmentsOfOneVersionEndAsAConflict() {
        Family family;
        Fiche signedFiche = family.fiche;
        signedFiche.markSigned(signedFiche.coordinatorId, test::kServerTime, {});
        std::vector<ServerRecord> batch = family.childrenFirst();
        batch.front() = serverCopy(signedFiche, 1);
        std::unique_ptr<Database> other = make(QStringLiteral("other.db"));
        for (Database *db : {m_db.get(), other.get()})
            QVERIFY(ServerApply(*db).apply(batch).result.ok);

        Fiche mine, theirs;
        QVERIFY(FicheRepository(*m_db).amend(signedFiche, QStringLiteral("Erreur de dose"), &mine).ok);
        QVERIFY(FicheRepository(*other).amend(signedFiche, QStringLiteral("Erreur de côté"), &theirs).ok);
        QCOMPARE(mine.versionNumber, 2);
        QCOMPARE(theirs.versionNumber, 2);
        QVERIFY(mine.meta.id != theirs.meta.id);

        // The other desktop's amendment was pushed first: the server numbered it 2 and sends it here.
        const ServerApplyResult r =
            ServerApply(*m_db).apply({serverCopy(theirs, 1, QStringLiteral("dr.autre"))});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.conflicted.size()), 1);
        const SyncConflict c = READ(openConflicts(*m_db)).front();
        QCOMPARE(c.reason, QLatin1String(conflictreason::versionTaken));
        QCOMPARE(c.recordId, theirs.meta.id);
        QCOMPARE(c.localId, mine.meta.id);
        QCOMPARE(Fiche::fromJson(QJsonDocument::fromJson(c.server.body).object()).amendmentReason,
                 QStringLiteral("Erreur de côté"));
        QCOMPARE(Fiche::fromJson(QJsonDocument::fromJson(c.local.body).object()).amendmentReason,
                 QStringLiteral("Erreur de dose"));
        // This desktop's amendment is kept and still waits to be sent; the other is not stored as a fiche.
        const std::vector<Fiche> versions = READ(FicheRepository(*m_db).versions(family.fiche.setId));
        QCOMPARE(int(versions.size()), 2);
        QCOMPARE(versions.back().meta.id, mine.meta.id);
        QVERIFY(!READ(FicheRepository(*m_db).find(theirs.meta.id)));
        QCOMPARE(READ(pendingChangeCount(*m_db)), 1);
    }

    // Two sessions of one committee on one day, planned apart: the second to arrive is a conflict (the
    // file keeps one living session a day per committee), not an error that stops the pull.
    void aSecondSessionOnTheSameDayIsAConflict() {
        Family family;
        pull(*m_db, family);
        Session second = family.session;
        second.meta.id = RecordMeta::newId();
        ServerApplyResult r = ServerApply(*m_db).apply({serverCopy(second, 1)});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.conflicted.size()), 1);
        const SyncConflict c = READ(openConflicts(*m_db)).front();
        QCOMPARE(c.reason, QLatin1String(conflictreason::sessionDayTaken));
        QCOMPARE(c.localId, family.session.meta.id);
        QVERIFY(!READ(SessionRepository(*m_db).find(second.meta.id)));
        // Cancelled, it takes no day and is stored.
        second.status = SessionStatus::Cancelled;
        r = ServerApply(*m_db).apply({serverCopy(second, 2)});
        QVERIFY2(r.result.ok, qPrintable(r.result.error));
        QCOMPARE(int(r.applied.size()), 1);
        QCOMPARE(READ(openConflictCount(*m_db)), 0); // the server's newer copy settled it
    }

    void appliedRecordsAreAnnounced() {
        const Family family;
        QList<QUuid> inserted;
        connect(m_db.get(), &Database::recordsChanged, this,
                [&](const QString &entity, const QList<QUuid> &ids, ChangeKind kind) {
                    if (entity == QLatin1String("patient") && kind == ChangeKind::Inserted)
                        inserted += ids;
                });
        QVERIFY(ServerApply(*m_db).apply(family.childrenFirst()).result.ok);
        QCOMPARE(inserted, QList<QUuid>{family.patient.meta.id});
    }
};

QTEST_GUILESS_MAIN(TestServerApply)
#include "tst_serverapply.moc"
