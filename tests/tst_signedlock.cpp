// A signed fiche holds in the file itself against every statement that could change, replace or delete
// it (REPLACE and its kin delete a conflicting row without firing delete triggers), whoever writes: a
// plain Qt connection with SQLite's defaults, and the sqlite3 shell. The audit log can only grow.
#include "tests/support/fixtures.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace concerto;

namespace {

// Every column of the signed row (and its rowid), the audit log and the journal, as text.
QString snapshot(const QSqlDatabase &db, const QString &signedId) {
    QSqlQuery q(db);
    QString all;
    const QString queries[] = {
        QStringLiteral("SELECT quote(rowid)||quote(id)||quote(version)||quote(updated_at)||quote(updated_by)"
                       "||quote(deleted)||quote(body)||quote(set_id)||quote(version_number)"
                       "||quote(inscription_id)||quote(patient_id)||quote(status)||quote(signed_at)"
                       " FROM fiche WHERE id = '%1'")
            .arg(signedId),
        QStringLiteral("SELECT count(*) FROM fiche"),
        QStringLiteral("SELECT group_concat(seq||at||actor||entity||record_id||action||changes, '|')"
                       " FROM audit_log"),
        QStringLiteral("SELECT count(*) FROM audit_log"),
        QStringLiteral("SELECT count(*) FROM change_journal")};
    for (const QString &sql : queries) {
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("unreadable: ") + q.lastError().text();
        all += q.value(0).toString() + QLatin1Char('\n');
    }
    q.finish();
    return all;
}

} // namespace

class TestSignedLock : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QString m_signed;    // id of the signed fiche
    QString m_signedSet; // its set id
    QString m_draft;     // id of an unsigned fiche of another case
    QString m_patient;   // the signed fiche's patient

private Q_SLOTS:
    void initTestCase() {
        m_path = m_dir.filePath(QStringLiteral("lock.db"));
        auto db = Database::create(m_path);
        QVERIFY(db);
        FicheRepository fiches(*db);
        Fiche f = test::saveSampleCase(*db);
        QVERIFY(fiches.saveSigned(f, QUuid::createUuid()).ok);
        const Fiche draft = test::saveSampleCase(*db);
        m_signed = json::idText(f.meta.id);
        m_signedSet = json::idText(f.setId);
        m_patient = json::idText(f.patientId);
        m_draft = json::idText(draft.meta.id);
    }

    void everyStatementIsRefused_data() {
        QTest::addColumn<QString>("sql");
        const QString columns =
            QStringLiteral("(id, updated_at, updated_by, body, set_id, version_number, patient_id, status)");
        auto values = [&](const QString &id, const QString &set, int number) {
            return QStringLiteral(
                       "VALUES ('%1', '2030-01-01T00:00:00.000Z', 'raw', '{}', '%2', %3, '%4', 'x')")
                .arg(id, set)
                .arg(number)
                .arg(m_patient);
        };
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString otherSet = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString signedRowid = QStringLiteral("(SELECT rowid FROM fiche WHERE id = '%1')").arg(m_signed);
        QTest::newRow("update body")
            << QStringLiteral("UPDATE fiche SET body = '{}' WHERE id = '%1'").arg(m_signed);
        QTest::newRow("unsign")
            << QStringLiteral("UPDATE fiche SET signed_at = NULL WHERE id = '%1'").arg(m_signed);
        QTest::newRow("tombstone")
            << QStringLiteral("UPDATE fiche SET deleted = 1 WHERE id = '%1'").arg(m_signed);
        QTest::newRow("delete") << QStringLiteral("DELETE FROM fiche WHERE id = '%1'").arg(m_signed);
        QTest::newRow("delete all") << QStringLiteral("DELETE FROM fiche");
        QTest::newRow("replace on id")
            << QStringLiteral("REPLACE INTO fiche %1 %2").arg(columns, values(m_signed, otherSet, 1));
        QTest::newRow("insert or replace on id") << QStringLiteral("INSERT OR REPLACE INTO fiche %1 %2")
                                                        .arg(columns, values(m_signed, otherSet, 1));
        QTest::newRow("insert or replace on set and version")
            << QStringLiteral("INSERT OR REPLACE INTO fiche %1 %2")
                   .arg(columns, values(fresh, m_signedSet, 1));
        QTest::newRow("insert or replace on rowid")
            << QStringLiteral(
                   "INSERT OR REPLACE INTO fiche (rowid, id, updated_at, updated_by, body, set_id,"
                   " version_number, patient_id, status) SELECT %1, '%2', 'x', 'raw', '{}', '%3', 1,"
                   " '%4', 'x'")
                   .arg(signedRowid, fresh, otherSet, m_patient);
        QTest::newRow("update or replace on id")
            << QStringLiteral("UPDATE OR REPLACE fiche SET id = '%1' WHERE id = '%2'").arg(m_signed, m_draft);
        QTest::newRow("update or replace on set and version")
            << QStringLiteral("UPDATE OR REPLACE fiche SET set_id = '%1', version_number = 1 WHERE id = '%2'")
                   .arg(m_signedSet, m_draft);
        QTest::newRow("update or replace on rowid")
            << QStringLiteral("UPDATE OR REPLACE fiche SET rowid = %1 WHERE id = '%2'")
                   .arg(signedRowid, m_draft);
        QTest::newRow("upsert on id")
            << QStringLiteral("INSERT INTO fiche %1 %2 ON CONFLICT(id) DO UPDATE SET body = excluded.body")
                   .arg(columns, values(m_signed, otherSet, 1));
        QTest::newRow("upsert on set and version")
            << QStringLiteral("INSERT INTO fiche %1 %2 ON CONFLICT(set_id, version_number) DO UPDATE SET"
                              " body = excluded.body")
                   .arg(columns, values(fresh, m_signedSet, 1));
        QTest::newRow("upsert replacing the key")
            << QStringLiteral("INSERT INTO fiche %1 %2 ON CONFLICT(id) DO UPDATE SET signed_at = NULL")
                   .arg(columns, values(m_signed, otherSet, 1));
        QTest::newRow("audit update") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'");
        QTest::newRow("audit delete") << QStringLiteral("DELETE FROM audit_log");
        QTest::newRow("audit replace")
            << QStringLiteral("REPLACE INTO audit_log (seq, at, actor, entity, record_id, action, changes)"
                              " VALUES (1, 'x', 'x', 'fiche', 'x', 'x', '{}')");
    }

    // A Qt connection with SQLite's default settings (recursive triggers and foreign keys off).
    void everyStatementIsRefused() {
        QFETCH(QString, sql);
        const QString name = QStringLiteral("raw-%1").arg(QTest::currentDataTag());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_path);
            QVERIFY(db.open() && test::unlock(db));
            const QString before = snapshot(db, m_signed);
            QVERIFY(!before.startsWith(QLatin1String("unreadable")));
            QSqlQuery q(db);
            QVERIFY2(!q.exec(sql), qPrintable(QStringLiteral("accepted: ") + sql));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("immutable")) ||
                         q.lastError().databaseText().contains(QLatin1String("append-only")),
                     qPrintable(q.lastError().databaseText()));
            QCOMPARE(snapshot(db, m_signed), before);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // The same statements from the sqlite3 shell, with its own defaults.
    void theShellIsRefusedToo_data() { everyStatementIsRefused_data(); }
    void theShellIsRefusedToo() {
        QFETCH(QString, sql);
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("the sqlite3 shell is not installed (scripts/setup.sh installs it)");
        // Debian's shell runs only on Debian's SQLite, which cannot read an encrypted file: it is given a
        // copy of the file in clear (VACUUM INTO through a connection that has the key, the copy's key then
        // taken off), triggers and all.
        const QString copy = m_dir.filePath(QStringLiteral("shell-%1.db").arg(QTest::currentDataTag()))
                                 .replace(QLatin1Char(' '), QLatin1Char('_'));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open() && test::unlock(db));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        // The copy has the file's key: taken off (an empty rekey writes every page in clear).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clear"));
            db.setDatabaseName(copy);
            QVERIFY(db.open() && test::unlock(db));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("PRAGMA rekey = ''")), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("clear"));
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.read(16), QByteArray("SQLite format 3\0", 16));
        copied.close();
        auto read = [&] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
            db.setDatabaseName(copy);
            db.open();
            const QString s = snapshot(db, m_signed);
            db.close();
            return s;
        };
        QString before = read();
        QSqlDatabase::removeDatabase(QStringLiteral("shell"));
        QProcess p;
        p.start(shell, {QStringLiteral("-bail"), copy, sql});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() != 0, qPrintable(QStringLiteral("the shell ran: ") + sql));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("immutable") || err.contains("append-only"), err.constData());
        QString after = read();
        QSqlDatabase::removeDatabase(QStringLiteral("shell"));
        QCOMPARE(after, before);
    }

    // What stays allowed: the server's version number on a signed fiche, and any change to a draft.
    void theServerVersionAndDraftsStayWritable() {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("allowed"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open() && test::unlock(db));
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE fiche SET version = 7 WHERE id = '%1'").arg(m_signed)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(
                q.exec(QStringLiteral("UPDATE fiche SET body = '{\"a\":1}' WHERE id = '%1'").arg(m_draft)),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("UPDATE fiche SET version = 0 WHERE id = '%1'").arg(m_signed)));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("allowed"));
    }

    // The repository answers with the lock's own message, in words.
    void theStoreSaysWhy() {
        auto db = Database::open(m_path);
        QVERIFY(db);
        FicheRepository fiches(*db);
        std::optional<Fiche> f = READ(fiches.find(QUuid::fromString(m_signed)));
        QVERIFY(f && f->isSigned());
        f->patientComments = QStringLiteral("changed");
        const StoreResult r = fiches.save(*f);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, signedFicheLockedMessage());
    }
};

QTEST_GUILESS_MAIN(TestSignedLock)
#include "tst_signedlock.moc"
