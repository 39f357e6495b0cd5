// Upgrading a file written by an older schema in place, and a failed upgrade leaving it untouched.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

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
