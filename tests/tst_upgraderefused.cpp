// A file whose upgrade fails is left byte-identical: a foreign SQLite file that looks like a Concerto
// file of schema 3 (its tables, no application id) fails the first step of the upgrade; `list` says so
// and the file keeps every byte, its rollback-journal mode included (it used to be switched to a
// write-ahead log first), with no -wal, -shm or -journal left beside it.
#include "models/store/database.h"
#include "tests/support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A SQLite file (rollback journal) with the tables of a schema-3 Concerto file, but not their columns
// nor their triggers.
bool writeLookAlike(const QString &path) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lookalike"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const char *sql :
             {"CREATE TABLE fiche (x)", "CREATE TABLE change_journal (x)", "CREATE TABLE audit_log (x)",
              "INSERT INTO fiche VALUES ('theirs')", "PRAGMA user_version = 3"})
            ok = ok && q.exec(QLatin1String(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lookalike"));
    return ok;
}

} // namespace

class TestUpgradeRefused : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aRefusedUpgradeLeavesEveryByte() {
        const QString path = m_dir.filePath(QStringLiteral("lookalike.db"));
        QVERIFY(writeLookAlike(path));
        const QByteArray before = bytesOf(path);
        QCOMPARE(int(before.at(18)), 1); // rollback journal, not WAL
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("init")}) {
            QStringList args{command, QStringLiteral("--db"), path};
            if (command == QLatin1String("list"))
                args << QStringLiteral("patients");
            const test::CliRun r = test::runCli(args);
            QVERIFY2(r.code == 1, qPrintable(command + QStringLiteral(": ") + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("could not be upgraded")), qPrintable(r.err));
            QVERIFY2(bytesOf(path) == before, qPrintable(command + QStringLiteral(": the file changed")));
            for (const char *suffix : {"-wal", "-shm", "-journal"})
                QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
        }
        QString error;
        QVERIFY(!Database::open(path, &error));
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestUpgradeRefused)
#include "tst_upgraderefused.moc"
