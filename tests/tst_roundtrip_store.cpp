// The store saves a record written by a newer version, read and saved unchanged, without losing
// anything or journaling a change; and a field changed in such a record is the only one journaled, the
// rest kept as the newer version wrote it.
#include "models/store/ficherepository.h"
#include "models/store/repositories.h"
#include "tests/support/roundtrip.h"
#include "tests/support/testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;
using namespace concerto::test; // the JSON edits and checks of tests/support/roundtrip.h

class TestRoundTripStore : public QObject {
    Q_OBJECT

    // A newer version's record, as stored by raw SQL (the store's query columns filled from it).
    template <typename T>
    void insertRaw(Database &db, int n, const char *name) {
        using Traits = TableTraits<T>;
        const QJsonObject body = test::newerVersion(QLatin1String(name));
        QVERIFY2(!body.isEmpty(), name);
        const QStringList columns = Traits::columns();
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(db.connection());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO %1 (id, updated_at, updated_by, body, %2) VALUES (?, ?, ?, ?, %3)")
                .arg(QLatin1String(Traits::table), columns.join(QLatin1Char(',')),
                     marks.join(QLatin1Char(',')))));
        QVariantList values{json::idText(newerId(n)), QStringLiteral("2026-11-20T10:00:00.000Z"),
                            QStringLiteral("serveur"), compact(body)};
        values += Traits::values(T::fromJson(body));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    template <typename T>
    QJsonObject storedBody(Database &db, int n) {
        QSqlQuery q(db.connection());
        q.prepare(
            QStringLiteral("SELECT body FROM %1 WHERE id = ?").arg(QLatin1String(TableTraits<T>::table)));
        q.bindValue(0, json::idText(newerId(n)));
        return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                                    : QJsonObject();
    }

    // Reads a stored record with its repository and saves it unchanged.
    template <typename T, typename Repo = Repository<T>>
    void saveUnchanged(Database &db, int n) {
        Repo repository(db);
        std::optional<T> record = READ(repository.find(newerId(n)));
        QVERIFY(record);
        const StoreResult saved = repository.save(*record);
        QVERIFY2(saved.ok, qPrintable(saved.error));
    }

    static int rows(Database &db, const QString &table) {
        QSqlQuery q(db.connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;

    std::unique_ptr<Database> openDatabase() {
        QString error;
        std::unique_ptr<Database> db = Database::create(
            m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())), &error);
        if (db)
            db->setActor(QStringLiteral("secretaire.test"));
        else
            qWarning("%s", qPrintable(error));
        return db;
    }

private Q_SLOTS:
    // --- The store

    void storeSavesANewerRecordUnchanged() {
        std::unique_ptr<Database> db = openDatabase();
        QVERIFY(db);
        insertRaw<Organisation>(*db, 1, "organisation");
        insertRaw<Professional>(*db, 2, "professional");
        insertRaw<Rcp>(*db, 3, "rcp");
        insertRaw<Session>(*db, 4, "session");
        insertRaw<Patient>(*db, 5, "patient");
        insertRaw<Inscription>(*db, 6, "inscription");
        insertRaw<Fiche>(*db, 7, "fiche");
        const int journal = rows(*db, QStringLiteral("change_journal"));
        const int audit = rows(*db, QStringLiteral("audit_log"));
        QVERIFY(journal >= 0 && audit >= 0);

        saveUnchanged<Organisation>(*db, 1);
        saveUnchanged<Professional, ProfessionalRepository>(*db, 2);
        saveUnchanged<Rcp>(*db, 3);
        saveUnchanged<Session, SessionRepository>(*db, 4);
        saveUnchanged<Patient, PatientRepository>(*db, 5);
        saveUnchanged<Inscription, InscriptionRepository>(*db, 6);
        saveUnchanged<Fiche, FicheRepository>(*db, 7);

        COMPARE_JSON(storedBody<Organisation>(*db, 1), test::newerVersion(QStringLiteral("organisation")));
        COMPARE_JSON(storedBody<Professional>(*db, 2), test::newerVersion(QStringLiteral("professional")));
        COMPARE_JSON(storedBody<Rcp>(*db, 3), test::newerVersion(QStringLiteral("rcp")));
        COMPARE_JSON(storedBody<Session>(*db, 4), test::newerVersion(QStringLiteral("session")));
        COMPARE_JSON(storedBody<Patient>(*db, 5), test::newerVersion(QStringLiteral("patient")));
        COMPARE_JSON(storedBody<Inscription>(*db, 6), test::newerVersion(QStringLiteral("inscription")));
        COMPARE_JSON(storedBody<Fiche>(*db, 7), test::newerVersion(QStringLiteral("fiche")));
        QCOMPARE(rows(*db, QStringLiteral("change_journal")), journal);
        QCOMPARE(rows(*db, QStringLiteral("audit_log")), audit);
    }

    void storeJournalsOnlyTheChangedField() {
        std::unique_ptr<Database> db = openDatabase();
        QVERIFY(db);
        insertRaw<Patient>(*db, 5, "patient");
        PatientRepository patients(*db);
        const std::optional<Patient> found = READ(patients.find(newerId(5)));
        QVERIFY(found);
        Patient p = *found;
        p.usedName = QStringLiteral("Durand");
        QVERIFY(patients.save(p).ok);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT operation, fields FROM change_journal")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("[\"usedName\"]"));
        QVERIFY(!q.next());
        COMPARE_JSON(storedBody<Patient>(*db, 5), withKey(test::newerVersion(QStringLiteral("patient")),
                                                          "usedName", QStringLiteral("Durand")));
    }
};

QTEST_GUILESS_MAIN(TestRoundTripStore)
#include "tst_roundtrip_store.moc"
