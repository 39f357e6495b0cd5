// Upgrading files written by every older schema in place (schema 1 from a dump, the later ones built with
// the migrations of their time), and a failed upgrade leaving the file untouched.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <algorithm>

using namespace concerto;

namespace {
const QUuid kHelene = QUuid::fromString(QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9a01"));
const QUuid kFiche = QUuid::fromString(QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9e01"));

// Writes the schema-1 dump of tests/data into a new SQLite file, as an older Concerto left it.
bool restoreDump(const QString &path, const QString &extraSql = QString()) {
    QFile dump(test::dataFile(QStringLiteral("concerto-schema1.sql")));
    if (!dump.open(QIODevice::ReadOnly))
        return false;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("restore"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        QStringList lines;
        for (const QString &line : QString::fromUtf8(dump.readAll()).split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1String("--")))
                lines << line;
        for (const QString &statement : lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n")))
            if (ok && !statement.trimmed().isEmpty() && !q.exec(statement)) {
                qWarning() << q.lastError().text() << statement.left(60);
                ok = false;
            }
        if (ok && !extraSql.isEmpty())
            ok = q.exec(extraSql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("restore"));
    return ok;
}

// Records as a Concerto of schema 2 to 4 wrote them: a committee, a session, two patients whose INS
// column holds the number as typed (with spaces, a lower-case Corsican letter), a case, a signed fiche
// and the draft of its amendment, with their journal and audit rows.
const QString kRcp = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9b01");
const QString kSession = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9c01");
const QString kPatient2 = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9a02");
const QString kInscription = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9d01");
const QString kDraft = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9e02");
const QString kSet = QStringLiteral("6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9f01");

QStringList olderRecords() {
    const QString helene = json::idText(kHelene);
    const QString fiche = json::idText(kFiche);
    const QString at = QStringLiteral("'2026-03-10T18:00:00.000Z'");
    return {
        QStringLiteral(
            "INSERT INTO rcp (id, version, updated_at, updated_by, deleted, body, organisation_id, name)"
            " VALUES ('%1', 1, '2026-01-05T08:00:00.000Z', 'admin', 0,"
            " '{\"name\":\"RCP digestive\"}', NULL, 'RCP digestive')")
            .arg(kRcp),
        QStringLiteral(
            "INSERT INTO session (id, version, updated_at, updated_by, deleted, body, rcp_id, starts_at, "
            "status)"
            " VALUES ('%1', 1, '2026-01-05T08:00:00.000Z', 'admin', 0,"
            " '{\"rcpId\":\"%2\",\"startsAt\":\"2026-03-10T16:00:00.000Z\",\"status\":\"closed\"}',"
            " '%2', '2026-03-10T16:00:00.000Z', 'closed')")
            .arg(kSession, kRcp),
        QStringLiteral(
            "INSERT INTO patient (id, version, updated_at, updated_by, deleted, body, birth_name, used_name, "
            "given_names, birth_date, ins, ipp, identity_status, search_name)"
            " VALUES ('%1', 4, '2026-03-02T10:15:00.000Z', 'secretaire', 0,"
            " '{\"birthName\":\"Lefèvre-Dupré\",\"birthGivenNames\":[\"Hélène\"],\"sex\":\"F\","
            "\"birthDate\":\"1955-08-14\",\"ins\":\"2 55 08 14 168 025 38\",\"identityStatus\":\"QUAL\","
            "\"ipp\":\"A0001\"}', 'Lefèvre-Dupré', NULL, 'Hélène', '1955-08-14',"
            " '2 55 08 14 168 025 38', 'A0001', 'QUAL', 'LEFEVRE DUPRE HELENE')")
            .arg(helene),
        QStringLiteral(
            "INSERT INTO patient (id, version, updated_at, updated_by, deleted, body, birth_name, used_name, "
            "given_names, birth_date, ins, ipp, identity_status, search_name)"
            " VALUES ('%1', 0, '2026-03-02T10:20:00.000Z', 'secretaire', 0,"
            " '{\"birthName\":\"N''Diaye\",\"birthGivenNames\":[\"Jean-François\"],\"sex\":\"M\","
            "\"birthDate\":\"1979-03-21\",\"ins\":\"179032b01234567\",\"identityStatus\":\"PROV\"}',"
            " 'N''Diaye', NULL, 'Jean-François', '1979-03-21', '179032b01234567', NULL, 'PROV',"
            " 'N DIAYE JEAN FRANCOIS')")
            .arg(kPatient2),
        QStringLiteral(
            "INSERT INTO inscription (id, version, updated_at, updated_by, deleted, body, session_id, "
            "patient_id, agenda_state)"
            " VALUES ('%1', 2, '2026-03-03T09:00:00.000Z', 'secretaire', 0,"
            " '{\"sessionId\":\"%2\",\"patientId\":\"%3\",\"question\":\"Chimiothérapie adjuvante ?\","
            "\"agendaState\":\"discussed\"}', '%2', '%3', 'discussed')")
            .arg(kInscription, kSession, helene),
        QStringLiteral("INSERT INTO fiche (id, version, updated_at, updated_by, deleted, body, set_id, "
                       "version_number, inscription_id, patient_id, status, signed_at)"
                       " VALUES ('%1', 3, %5, 'coordinateur', 0,"
                       " '{\"setId\":\"%2\",\"versionNumber\":1,\"patientId\":\"%4\",\"status\":\"9571008\","
                       "\"signedAt\":\"2026-03-10T18:00:00.000Z\"}', '%2', 1, '%3', '%4', '9571008', %5)")
            .arg(fiche, kSet, kInscription, helene, at),
        QStringLiteral(
            "INSERT INTO fiche (id, version, updated_at, updated_by, deleted, body, set_id, version_number, "
            "inscription_id, patient_id, status, signed_at)"
            " VALUES ('%1', 0, '2026-03-12T09:00:00.000Z', 'coordinateur', 0,"
            " '{\"setId\":\"%2\",\"versionNumber\":2,\"patientId\":\"%4\",\"status\":\"385651009\"}',"
            " '%2', 2, '%3', '%4', '385651009', NULL)")
            .arg(kDraft, kSet, kInscription, helene),
        QStringLiteral("INSERT INTO change_journal (seq, mutation_id, entity, record_id, operation, "
                       "base_version, fields, created_at, created_by)"
                       " VALUES (1, '0e6b5a10-0000-4000-8000-000000000002', 'fiche',"
                       " '%1', 'insert', 0, '[\"setId\"]', '2026-03-12T09:00:00.000Z', 'coordinateur')")
            .arg(kDraft),
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, entity, record_id, action, changes)"
                       " VALUES (1, '2026-03-12T09:00:00.000Z', 'coordinateur', 'fiche',"
                       " '%1', 'create', '{\"fields\":[\"setId\"]}')")
            .arg(kDraft),
    };
}

// A file left by a Concerto of schema `version`: the migrations of that time, then its records.
bool buildAtSchema(const QString &path, int version) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QString error;
        // The records are written as schema 6 at the latest; a later schema is reached by its own
        // migrations, as a file written then would have been (schema 7 fills the search columns, which
        // plain SQL cannot fold as Concerto does).
        const int written = std::min(version, 6);
        ok = db.open() && migrations::upgrade(db, written, &error) &&
             migrations::currentVersion(db) == written;
        if (!ok)
            qWarning() << "cannot build schema" << written << error;
        QSqlQuery q(db);
        for (const QString &statement : olderRecords())
            if (ok && !q.exec(statement)) {
                qWarning() << q.lastError().text() << statement.left(60);
                ok = false;
            }
        // From schema 5 on, Concerto wrote the INS query column without spaces, in capitals.
        if (ok && version >= 5)
            ok = q.exec(QStringLiteral("UPDATE patient SET ins = upper(replace(ins, ' ', ''))"));
        q.finish();
        if (ok && version > written) {
            ok = migrations::upgrade(db, version, &error) && migrations::currentVersion(db) == version;
            if (!ok)
                qWarning() << "cannot build schema" << version << error;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    return ok;
}

// Every row of a query, one line a row.
QStringList rows(const QSqlDatabase &db, const QString &sql) {
    QStringList all;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("query failed: ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        all << cells.join(QLatin1Char('|'));
    }
    return all;
}

// What must come through an upgrade unchanged: every aggregate row (all but its query columns), the
// journal and the audit log.
QStringList records(const QSqlDatabase &db) {
    QStringList all;
    for (const char *table :
         {"organisation", "professional", "rcp", "session", "patient", "inscription", "fiche"})
        all += rows(
            db, QStringLiteral("SELECT '%1', id, version, updated_at, updated_by, deleted, CAST(body AS TEXT)"
                               " FROM %1 ORDER BY id")
                    .arg(QLatin1String(table)));
    all += rows(db, QStringLiteral("SELECT * FROM change_journal ORDER BY seq"));
    all += rows(db, QStringLiteral("SELECT * FROM audit_log ORDER BY seq"));
    return all;
}
} // namespace

class TestMigration : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void upgradesASchemaOneFileInPlace() {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        QVERIFY(restoreDump(path));
        QString error;
        std::unique_ptr<Database> db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        QVERIFY(migrations::latestVersion() >= 2);

        // The new search key was filled in for the patients already there.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT search_name FROM patient ORDER BY id")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("LEFEVRE DUPRE MARTIN HELENE ANAIS"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("N DIAYE JEAN FRANCOIS"));
        PatientRepository patients(*db);
        QCOMPARE(READ(patients.search(QStringLiteral("lefevre"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.search(QStringLiteral("jean-françois"))).size(), std::size_t(1));

        // Everything else reads as before, with its server versions.
        const Patient helene = *READ(patients.find(kHelene));
        QCOMPARE(helene.birthGivenNames, QStringList({QStringLiteral("Hélène"), QStringLiteral("Anaïs")}));
        QCOMPARE(helene.meta.version, 4);
        QCOMPARE(helene.identityStatus, IdentityStatus::Qualified);
        FicheRepository fiches(*db);
        Fiche signedFiche = *READ(fiches.find(kFiche));
        QVERIFY(signedFiche.isSigned());
        signedFiche.patientComments = QStringLiteral("edit");
        QVERIFY(!fiches.save(signedFiche).ok);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM change_journal")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // And it takes new writes.
        Patient p = test::samplePatient();
        p.ins.clear();
        QVERIFY(patients.save(p).ok);
        QCOMPARE(READ(patients.count()), 3);
        db.reset();
        QVERIFY(Database::create(path)); // opening again is a no-op
    }

    void insColumnIsNormalisedOnUpgrade() {
        // An older file kept the INS as typed; after the upgrade it is found however it is written.
        const QString path = m_dir.filePath(QStringLiteral("spaced-ins.db"));
        QVERIFY(restoreDump(
            path, QStringLiteral("UPDATE patient SET ins = '2 55 08 14 168 025 38' WHERE ipp = 'A0001';")));
        auto db = Database::create(path);
        QVERIFY(db);
        PatientRepository patients(*db);
        QVERIFY(READ(patients.findByIns(QStringLiteral("255081416802538"))));
        QCOMPARE(READ(patients.search(QStringLiteral("2 55 08 14 168 025 38"))).size(), std::size_t(1));
        QVERIFY(READ(patients.findByIns(QStringLiteral("179032b01234567")))); // Corsica, lower case typed
    }

    void aFailedUpgradeLeavesTheFileAsItWas() {
        const QString path = m_dir.filePath(QStringLiteral("clash.db"));
        // An index of that name makes migration 2 fail half-way.
        QVERIFY(restoreDump(path, QStringLiteral("CREATE INDEX patient_search_name ON patient(ipp)")));
        QString error;
        QVERIFY(!Database::create(path, &error));
        QVERIFY2(error.contains(QStringLiteral("schema 2")), qPrintable(error));

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(migrations::currentVersion(db), 1);
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("SELECT search_name FROM patient"))); // column rolled back
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM patient")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        db.close();
    }

    void upgradesFilesOfLaterSchemas_data() {
        QTest::addColumn<int>("version");
        // Schema 1 is the dump above; every later one but the latest is built here.
        for (int version = 2; version < migrations::latestVersion(); ++version)
            QTest::addRow("schema %d", version) << version;
    }
    void upgradesFilesOfLaterSchemas() {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("schema%1.db").arg(version));
        QVERIFY(buildAtSchema(path, version));
        QStringList before;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
            old.setDatabaseName(path);
            QVERIFY(old.open());
            before = records(old);
            // The latest schema's column is not there yet: the upgrade makes it (drafts' authors, 15).
            QCOMPARE(rows(old, QStringLiteral("SELECT count(*) FROM pragma_table_info('record_draft')"
                                              " WHERE name = 'author'")),
                     QStringList{QStringLiteral("0")});
            // Nor schema 14's sync tables before schema 14.
            QCOMPARE(rows(old, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                              " WHERE name = 'sync_state'")),
                     QStringList{QString::number(version >= 14 ? 1 : 0)});
            // Nor schema 12's trigger before schema 12 (11 -> 12 included).
            QCOMPARE(rows(old, QStringLiteral("SELECT count(*) FROM sqlite_master"
                                              " WHERE name = 'session_one_a_day_insert'")),
                     QStringList{QString::number(version >= 12 ? 1 : 0)});
            old.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before"));
        QCOMPARE(before.size(), 9);

        QString error;
        std::unique_ptr<Database> db = Database::create(path, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        // The records come through as they were, with their versions, authors, journal and audit.
        QCOMPARE(records(db->connection()), before);
        QCOMPARE(rows(db->connection(), QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});

        // Schema 15: every draft table says who left a draft.
        QCOMPARE(rows(db->connection(), QStringLiteral("SELECT count(*) FROM pragma_table_info('case_draft')"
                                                       " WHERE name = 'author'")),
                 QStringList{QStringLiteral("1")});
        QCOMPARE(rows(db->connection(), QStringLiteral("SELECT count(*) FROM pragma_table_info('record_draft')"
                                                       " WHERE name = 'author'")),
                 QStringList{QStringLiteral("1")});

        // Schema 5: the INS column holds the number without spaces, in capitals; the record keeps it
        // as typed.
        QCOMPARE(rows(db->connection(), QStringLiteral("SELECT ins FROM patient ORDER BY id")),
                 QStringList({QStringLiteral("255081416802538"), QStringLiteral("179032B01234567")}));
        PatientRepository patients(*db);
        QVERIFY(READ(patients.findByIns(QStringLiteral("255081416802538"))));
        QVERIFY(READ(patients.findByIns(QStringLiteral("1 79 03 2B 012 345 67"))));
        QCOMPARE(READ(patients.search(QStringLiteral("2 55 08 14 168 025 38"))).size(), std::size_t(1));
        QCOMPARE(READ(patients.find(kHelene))->ins, QStringLiteral("2 55 08 14 168 025 38"));
        QCOMPARE(READ(patients.search(QStringLiteral("lefevre"))).size(), std::size_t(1));

        // Schema 3: the fiche lists' indexes.
        QCOMPARE(rows(db->connection(),
                      QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                     " AND name IN ('fiche_updated', 'fiche_signed') ORDER BY name")),
                 QStringList({QStringLiteral("fiche_signed"), QStringLiteral("fiche_updated")}));

        // Schema 11: the unsigned fiches of a status in the fiche list's order.
        QCOMPARE(rows(db->connection(),
                      QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'fiche_unsigned_status'")),
                 QStringList{QStringLiteral("CREATE INDEX fiche_unsigned_status ON fiche(status, updated_at"
                                            " DESC, id) WHERE signed_at IS NULL")});

        // Schema 12: every session knows its meeting day in Paris, and a second living session of its
        // committee that day is refused by the file itself.
        QCOMPARE(rows(db->connection(), QStringLiteral("SELECT count(*) FROM session WHERE board_day IS NULL"
                                                       " OR board_day <> date(starts_at, '+1 hour')")),
                 QStringList{QStringLiteral("0")});
        {
            QSqlQuery twice(db->connection());
            QVERIFY(
                !twice.exec(QStringLiteral("INSERT INTO session (id, updated_at, updated_by, body, rcp_id,"
                                           " starts_at, status, board_day) SELECT 'again', updated_at,"
                                           " updated_by, body, rcp_id, starts_at, status, board_day"
                                           " FROM session LIMIT 1")));
            QVERIFY(twice.lastError().databaseText().contains(QStringLiteral("one session a day")));
        }

        // Schema 4: the signed fiche refuses a change of any column but its server version, whoever
        // writes; its draft amendment stays open.
        QSqlQuery q(db->connection());
        const QString fiche = json::idText(kFiche);
        const QStringList changes{QStringLiteral("id = '6f1c1a52-3c1e-4c55-9a7e-1f0b7c2d9e09'"),
                                  QStringLiteral("body = '{}'"),
                                  QStringLiteral("status = '385651009'"),
                                  QStringLiteral("signed_at = '2026-03-11T08:00:00.000Z'"),
                                  QStringLiteral("deleted = 1"),
                                  QStringLiteral("set_id = 'other'"),
                                  QStringLiteral("version_number = 9"),
                                  QStringLiteral("patient_id = '%1'").arg(kPatient2),
                                  QStringLiteral("inscription_id = NULL"),
                                  QStringLiteral("updated_at = '2026-03-11T08:00:00.000Z'"),
                                  QStringLiteral("updated_by = 'someone'")};
        for (const QString &change : changes) {
            QVERIFY2(!q.exec(QStringLiteral("UPDATE fiche SET %1 WHERE id = '%2'").arg(change, fiche)),
                     qPrintable(change));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("signed fiche is immutable")),
                     qPrintable(change + QStringLiteral(": ") + q.lastError().text()));
        }
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM fiche WHERE id = '%1'").arg(fiche)));
        QVERIFY2(q.exec(QStringLiteral("UPDATE fiche SET version = 7 WHERE id = '%1'").arg(fiche)),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("UPDATE fiche SET body = '{}' WHERE id = '%1'").arg(kDraft)),
                 qPrintable(q.lastError().text()));
        q.finish();

        // And the upgraded file has exactly the schema of a new one.
        auto fresh = Database::create(m_dir.filePath(QStringLiteral("fresh%1.db").arg(version)));
        QVERIFY(fresh);
        const QString schema =
            QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
        QCOMPARE(rows(db->connection(), schema), rows(fresh->connection(), schema));
    }

    void freshFileMatchesUpgradedFile() {
        // A new file and an upgraded one end with the same tables and columns.
        const QString oldPath = m_dir.filePath(QStringLiteral("upgraded.db"));
        QVERIFY(restoreDump(oldPath));
        auto upgraded = Database::create(oldPath);
        auto fresh = Database::create(m_dir.filePath(QStringLiteral("fresh.db")));
        QVERIFY(upgraded && fresh);
        auto columns = [](const Database &db) {
            QStringList all;
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral(
                "SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                " WHERE m.type = 'table' ORDER BY 1"));
            while (q.next())
                all << q.value(0).toString();
            return all;
        };
        QCOMPARE(columns(*upgraded), columns(*fresh));
        QVERIFY(columns(*fresh).contains(QStringLiteral("patient.search_name")));
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
