// The local store: pragmas, journal and audit on every write, tombstones, atomic units,
// round trips of every aggregate, and bad files refused.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int scalar(const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QString text(const QString &sql) {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() {
        QString error;
        m_db = Database::create(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())),
                                &error);
        QVERIFY2(m_db, qPrintable(error));
        m_db->setActor(QStringLiteral("secretaire.test"));
    }
    void cleanup() { m_db.reset(); }

    void opensWithSafePragmas() {
        QCOMPARE(text(QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(QStringLiteral("PRAGMA synchronous")), 2); // FULL
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(QStringLiteral("PRAGMA temp_store")), 2); // MEMORY: statement journals off the disk
        QCOMPARE(m_db->schemaVersion(), migrations::latestVersion());
    }

    void insertWritesJournalAndAudit() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(p.meta.id.isNull());
        QVERIFY(patients.save(p).ok);
        QVERIFY(!p.meta.id.isNull());
        QCOMPARE(p.meta.updatedBy, QStringLiteral("secretaire.test"));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM change_journal WHERE operation='insert' AND entity='patient'")),
                 1);
        QCOMPARE(text(QStringLiteral("SELECT actor FROM audit_log WHERE action='create'")),
                 QStringLiteral("secretaire.test"));
        QCOMPARE(text(QStringLiteral("SELECT record_id FROM change_journal")), json::idText(p.meta.id));
    }

    void updateRecordsWhatChanged() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(patients.save(p).ok);
        p.usedName = QStringLiteral("Durand");
        QVERIFY(patients.save(p).ok);
        QCOMPARE(text(QStringLiteral("SELECT fields FROM change_journal WHERE operation='update'")),
                 QStringLiteral("[\"usedName\"]"));
        QCOMPARE(text(QStringLiteral("SELECT changes FROM audit_log WHERE action='update'")),
                 QStringLiteral("{\"usedName\":[\"Martin\",\"Durand\"]}"));
        // Saving the same content again writes nothing.
        QVERIFY(patients.save(p).ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 2);
    }

    void deleteIsATombstone() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.count()), 1);
        QVERIFY(patients.remove(p.meta.id).ok);
        QCOMPARE(READ(patients.count()), 0);
        const std::optional<Patient> found = READ(patients.find(p.meta.id));
        QVERIFY(found && found->meta.deleted);
        QCOMPARE(found->birthName, p.birthName);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patient")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal WHERE operation='delete'")), 1);
        QVERIFY(!patients.remove(QUuid::createUuid()).ok);
        // Deleting it again changes nothing and sends nothing twice.
        QVERIFY(patients.remove(p.meta.id).ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal WHERE operation='delete'")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='delete'")), 1);
    }

    void casesOfASessionAreCounted() {
        const Fiche saved = test::saveSampleCase(*m_db);
        InscriptionRepository inscriptions(*m_db);
        Inscription second = test::sampleInscription(saved.sessionId, saved.patientId);
        QVERIFY(inscriptions.save(second).ok);
        QCOMPARE(READ(inscriptions.countForSession(saved.sessionId)), 2);
        QVERIFY(inscriptions.remove(second.meta.id).ok); // a tombstone is not a case
        QCOMPARE(READ(inscriptions.countForSession(saved.sessionId)), 1);
        QCOMPARE(READ(inscriptions.countForSession(QUuid::createUuid())), 0);
    }

    void everyAggregateRoundTrips() {
        const Fiche saved = test::saveSampleCase(*m_db);
        InscriptionRepository inscriptions(*m_db);
        const Inscription stored = *READ(inscriptions.find(saved.inscriptionId));
        const Inscription expected = test::sampleInscription(saved.sessionId, saved.patientId);
        QCOMPARE(stored.toJson().value(QStringLiteral("tumours")),
                 expected.toJson().value(QStringLiteral("tumours")));
        QCOMPARE(stored.toJson().value(QStringLiteral("clinical")),
                 expected.toJson().value(QStringLiteral("clinical")));
        QCOMPARE(stored.tumours.at(0).pathologicalTnm.text(), QStringLiteral("pT3 N1b M0 (UICC 8)"));
        QCOMPARE(stored.clinical.whoStatus, 1);

        PatientRepository patients(*m_db);
        const Patient p = *READ(patients.find(saved.patientId));
        QCOMPARE(p.toJson(), test::samplePatient().toJson());
        QCOMPARE(p.firstGivenName(), QStringLiteral("Marie-Hélène"));
        QVERIFY(p.mayShareIns());

        FicheRepository fiches(*m_db);
        const Fiche f = *READ(fiches.find(saved.meta.id));
        QCOMPARE(f.toJson(), saved.toJson());
        QCOMPARE(f.proposal.at(0).treatmentType, QStringLiteral("C15632"));
        QCOMPARE(f.quorum, QuorumStatus::Met);

        SessionRepository sessions(*m_db);
        QCOMPARE(READ(sessions.find(saved.sessionId))->attendance.size(), std::size_t(2));
        QCOMPARE(READ(inscriptions.forSession(saved.sessionId)).size(), std::size_t(1));
    }

    void patientSearchIgnoresAccentsAndCase() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.search(QStringLiteral("lefevre"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.search(QStringLiteral("dupre"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.search(QStringLiteral("eloise"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.search(QStringLiteral("255081416802538"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.search(QStringLiteral("Bernard"))).size(), std::size_t(0));
        QCOMPARE(READ(patients.search(QStringLiteral("2 55 08 14 168 025 38"))).size(), std::size_t(1));
    }

    void aFailedStepUndoesTheWholeUnit() {
        PatientRepository patients(*m_db);
        InscriptionRepository inscriptions(*m_db);
        {
            WriteTransaction unit(*m_db);
            Patient p = test::samplePatient();
            QVERIFY(patients.save(p).ok);
            Inscription orphan = test::sampleInscription(QUuid::createUuid(), p.meta.id); // no such session
            const StoreResult r = inscriptions.save(orphan);
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("does not exist")), qPrintable(r.error));
            QVERIFY(!unit.commit());
        }
        QCOMPARE(READ(patients.count()), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void notADatabaseIsRefused() {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QString error;
        QVERIFY(!Database::create(path, &error));
        QVERIFY2(error.contains(QStringLiteral("garbage.db")), qPrintable(error));
        QCOMPARE(f.size(), 4096); // left as it was
    }

    void localOnlyWritesAreAuditedButNotJournaled() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        {
            WriteTransaction tx(*m_db, {true, {}});
            QVERIFY(m_db->localOnly());
            QVERIFY(patients.save(p).ok);
            QVERIFY(tx.commit());
        }
        QVERIFY(!m_db->localOnly()); // the option ends with its transaction
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
        p.usedName = QStringLiteral("Durand");
        QVERIFY(patients.save(p).ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal")), 1);
    }

    void preparedInsertsMatchSavesAndRefuseKnownIds() {
        PatientRepository patients(*m_db);
        Patient p = test::samplePatient();
        p.meta.id = QUuid::createUuid();
        p.meta.updatedAt = QDateTime(QDate(2025, 3, 4), QTime(10, 30), Qt::UTC);
        PreparedRecord prepared = PatientRepository::prepare(p);
        QVERIFY(patients.insert(prepared).ok);
        const std::optional<Patient> stored = READ(patients.find(p.meta.id));
        QVERIFY(stored);
        QCOMPARE(stored->toJson(), p.toJson());
        QCOMPARE(stored->meta.updatedAt, p.meta.updatedAt); // the time of the change, as given
        QCOMPARE(stored->meta.updatedBy, QStringLiteral("secretaire.test"));
        QCOMPARE(READ(patients.search(QStringLiteral("lefevre"))).size(),
                 std::size_t(1)); // query columns filled
        QCOMPARE(text(QStringLiteral("SELECT fields FROM change_journal")).left(2), QStringLiteral("[\""));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'create'")), 1);
        // The same id again is refused whole: no second row, journal or audit entry.
        PreparedRecord again = PatientRepository::prepare(p);
        QVERIFY(!patients.insert(again).ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM patient")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM change_journal")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), 1);
    }

    // The lists the screens page through, as SQL written here (not copied from the repositories): each
    // must walk its index in order rather than sort the table, so that dropping or changing the index
    // fails here. `ties`: the index holds the first sort key only (its rows end with the rowid, not the
    // id), so SQLite may sort the rows of one equal key by id ("RIGHT PART OF ORDER BY"); it never sorts
    // the whole list.
    void listsPageThroughTheirIndex_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("index");
        QTest::addColumn<bool>("ties");
        const auto row = [](const char *name, const char *sql, const char *index, bool ties) {
            QTest::newRow(name) << QString::fromLatin1(sql) << QString::fromLatin1(index) << ties;
        };
        row("fiches, first page",
            "SELECT id FROM fiche WHERE deleted = 0 ORDER BY updated_at DESC, id LIMIT 50", "fiche_updated",
            false);
        row("fiches, next page",
            "SELECT id FROM fiche WHERE deleted = 0 AND (updated_at < '2025-03-01T10:00:00.000Z' OR"
            " (updated_at = '2025-03-01T10:00:00.000Z' AND id > '6f1c1a52-0000-4000-8000-000000000000'))"
            " ORDER BY updated_at DESC, id LIMIT 50",
            "fiche_updated", false);
        row("signed fiches, first page",
            "SELECT id FROM fiche WHERE signed_at IS NOT NULL AND deleted = 0 ORDER BY signed_at DESC, id "
            "LIMIT 50",
            "fiche_signed", false);
        row("signed fiches, next page",
            "SELECT id FROM fiche WHERE signed_at IS NOT NULL AND deleted = 0 AND"
            " (signed_at < '2025-03-01T10:00:00.000Z' OR (signed_at = '2025-03-01T10:00:00.000Z' AND"
            " id > '6f1c1a52-0000-4000-8000-000000000000')) ORDER BY signed_at DESC, id LIMIT 50",
            "fiche_signed", false);
        row("sessions, first page",
            "SELECT id FROM session WHERE deleted = 0 ORDER BY starts_at, id LIMIT 50", "session_start",
            true);
        row("sessions, next page",
            "SELECT id FROM session WHERE deleted = 0 AND (starts_at > '2025-03-01T13:00:00.000Z' OR"
            " (starts_at = '2025-03-01T13:00:00.000Z' AND id > '6f1c1a52-0000-4000-8000-000000000000'))"
            " ORDER BY starts_at, id LIMIT 50",
            "session_start", true);
        row("sessions of a month",
            "SELECT id FROM session WHERE starts_at >= '2025-03-01T00:00:00.000Z' AND"
            " starts_at < '2025-04-01T00:00:00.000Z' AND deleted = 0 ORDER BY starts_at, id",
            "session_start", true);
        row("patients, first page",
            "SELECT id FROM patient WHERE deleted = 0 ORDER BY search_name, id LIMIT 50",
            "patient_search_name", true);
        row("patients, next page",
            "SELECT id FROM patient WHERE deleted = 0 AND (search_name > 'MARTIN MARIE' OR"
            " (search_name = 'MARTIN MARIE' AND id > '6f1c1a52-0000-4000-8000-000000000000'))"
            " ORDER BY search_name, id LIMIT 50",
            "patient_search_name", true);
        row("patients found by a search",
            "SELECT id FROM patient WHERE deleted = 0 AND (search_name LIKE 'MART%' OR search_name LIKE '% "
            "MART%'"
            " OR ins = 'MART' OR ipp = 'MART') ORDER BY search_name, id LIMIT 50",
            "patient_search_name", true);
    }
    void listsPageThroughTheirIndex() {
        QFETCH(QString, sql);
        QFETCH(QString, index);
        QFETCH(bool, ties);
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        const QString text = plan.join(QLatin1Char('\n'));
        QVERIFY2(plan.size() <= 2, qPrintable(text)); // one table, read one way
        QVERIFY2(plan.first().contains(QStringLiteral(" USING INDEX %1").arg(index)) ||
                     plan.first().contains(QStringLiteral(" USING COVERING INDEX %1").arg(index)),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY")), qPrintable(text));
        if (ties)
            QVERIFY2(plan.size() == 1 ||
                         plan.last() == QLatin1String("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"),
                     qPrintable(text));
        else
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    }

    void aNewerSchemaIsRefused() {
        const QString path = m_db->path();
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
        m_db.reset();
        QString error;
        QVERIFY(!Database::create(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
