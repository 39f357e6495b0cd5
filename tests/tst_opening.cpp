// Opening checks the file before it writes anything: a missing folder or file, an empty file, a SQLite
// file of another program, a file from a newer schema or no database at all are refused with a clear
// message and left byte-identical (in both journal modes); only init makes a new database; a file
// marked read-only opens read-only and refuses writes in words; an older unmarked file is upgraded.
#include "models/store/migrations.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"
#include "translations/language.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

QByteArray sha256(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// A SQLite file written by hand: `statements` run on a plain connection, in the given journal mode;
// closing it folds any write-ahead log back into the file.
bool writeSqlite(const QString &path, const QString &journalMode, const QStringList &statements) {
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("PRAGMA journal_mode=%1").arg(journalMode));
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    return ok;
}

QString journalModeOf(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray header = f.read(20);
    // Bytes 18 and 19 of the header: 2 for a write-ahead log, 1 for a rollback journal.
    return header.size() == 20 && header.at(18) == 2 ? QStringLiteral("wal") : QStringLiteral("delete");
}

} // namespace

class TestOpening : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every way in: the store (open and create), and concerto-cli's commands. None may change the file.
    void refusedEverywhere(const QString &file, const QString &expected, bool initRefuses = true) {
        const QByteArray before = sha256(file);
        QString error;
        QVERIFY(!Database::open(file, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
        if (initRefuses)
            QVERIFY(!Database::create(file, &error));
        for (const QStringList &command :
             {QStringList{QStringLiteral("list"), QStringLiteral("patients")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5")},
              QStringList{QStringLiteral("import-nomenclature"),
                          test::referenceDir() + QStringLiteral("/JDV_StatutQuorum.xml")}}) {
            const test::CliRun r = test::runCli(command + QStringList{QStringLiteral("--db"), file});
            QVERIFY2(r.code == 1, qPrintable(command.first() + QLatin1Char(' ') + r.err));
            QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        }
        if (initRefuses)
            QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file}).code, 1);
        QCOMPARE(sha256(file), before);
        // Nothing left beside it either.
        for (const char *side : {"-journal", "-wal", "-shm"})
            QVERIFY2(!QFile::exists(file + QLatin1String(side)), side);
    }

private Q_SLOTS:
    void aMissingFolderIsAnError() {
        const QString file = path(QStringLiteral("nowhere/deeper/concerto.db"));
        refusedEverywhere(file, QStringLiteral("does not exist"));
        QVERIFY(!QDir(path(QStringLiteral("nowhere"))).exists());
    }

    void aMissingFileIsMadeOnlyByInit() {
        const QString file = path(QStringLiteral("new.db"));
        const test::CliRun list =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), file});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains(QStringLiteral("init")), qPrintable(list.err));
        QVERIFY(!QFile::exists(file));
        const test::CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(QStringLiteral("New database created")) && init.out.contains(file),
                 qPrintable(init.out));
        const test::CliRun again = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QStringLiteral("ready")), qPrintable(again.out));
        QVERIFY(Database::open(file));
    }

    void anEmptyFileIsNotADatabase() {
        const QString file = path(QStringLiteral("empty.db"));
        QFile(file).open(QIODevice::WriteOnly);
        refusedEverywhere(file, QStringLiteral("empty file"), false);
        QCOMPARE(QFileInfo(file).size(), 0);
        // init may make it one
        bool created = false;
        QVERIFY(Database::create(file, nullptr, false, &created));
        QVERIFY(created);
    }

    void otherFilesAreLeftByteIdentical_data() {
        QTest::addColumn<QString>("journalMode");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("expected");
        for (const char *mode : {"wal", "delete"}) {
            const QString m = QLatin1String(mode);
            QTest::addRow("another program's file, %s", mode)
                << m
                << QStringList{QStringLiteral("CREATE TABLE notes (x)"),
                               QStringLiteral("INSERT INTO notes VALUES (1)")}
                << QStringLiteral("another program");
            QTest::addRow("another program's empty schema, %s", mode)
                << m << QStringList{QStringLiteral("PRAGMA user_version = 3")}
                << QStringLiteral("another program");
            QTest::addRow("newer Concerto schema, %s", mode)
                << m
                << QStringList{QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                               QStringLiteral("CREATE TABLE fiche (id)"),
                               QStringLiteral("PRAGMA user_version = %1")
                                   .arg(migrations::latestVersion() + 1)}
                << QStringLiteral("newer version");
        }
    }

    void otherFilesAreLeftByteIdentical() {
        QFETCH(QString, journalMode);
        QFETCH(QStringList, statements);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("other-%1.db")
                                      .arg(QTest::currentDataTag())
                                      .replace(QLatin1Char(' '), QLatin1Char('_'))
                                      .remove(QLatin1Char(','))
                                      .remove(QLatin1Char('\'')));
        QVERIFY(writeSqlite(file, journalMode, statements));
        QCOMPARE(journalModeOf(file), journalMode);
        refusedEverywhere(file, expected);
        QCOMPARE(journalModeOf(file), journalMode);
    }

    void notSqliteAtAll() {
        const QString file = path(QStringLiteral("letter.db"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Chère consœur, veuillez trouver ci-joint la fiche RCP.\n").repeated(200));
        f.close();
        refusedEverywhere(file, QStringLiteral("not a SQLite file"));
    }

    void theMessagesAreInFrench() {
        const QString file = path(QStringLiteral("lettre.db"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QVERIFY(installTranslations(QStringLiteral("fr")));
        QString error;
        QVERIFY(!Database::open(file, &error));
        installTranslations(QStringLiteral("en"));
        QVERIFY2(error.contains(QStringLiteral("n'est pas")) || error.contains(QStringLiteral("n’est pas")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("not a")) && !error.contains(QStringLiteral("database disk")),
                 qPrintable(error));
    }

    void aReadOnlyFileOpensReadOnly() {
        const QString file = path(QStringLiteral("readonly.db"));
        {
            auto db = Database::create(file);
            QVERIFY(db);
            test::saveSampleCase(*db);
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha256(file);
        {
            QString error;
            auto db = Database::open(file, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->isReadOnly());
            PatientRepository patients(*db);
            std::vector<Patient> all = READ(patients.all());
            QCOMPARE(all.size(), std::size_t(1));
            all.front().usedName = QStringLiteral("Autre");
            const StoreResult r = patients.save(all.front());
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains(QStringLiteral("read-only")), qPrintable(r.error));
        }
        const test::CliRun list =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), file});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
        const test::CliRun demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--patients"),
                                                QStringLiteral("5"), QStringLiteral("--db"), file});
        QCOMPARE(demo.code, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("read-only")), qPrintable(demo.err));
        QCOMPARE(sha256(file), before);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void anOlderUnmarkedFileIsUpgradedAndMarked() {
        const QString file = path(QStringLiteral("old.db"));
        QVERIFY(writeSqlite(file, QStringLiteral("delete"), {}));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrations::upgrade(db, 5, &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0); // schema 5 files carry no application id
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        auto db = Database::open(file);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), kApplicationId);
    }
};

QTEST_GUILESS_MAIN(TestOpening)
#include "tst_opening.moc"
