// Every database Concerto makes is encrypted (SQLCipher 4's format, a random 256-bit key): no SQLite
// header and no patient's name in clear, in the file or its write-ahead log; without its key, with
// another key, or with a key file that others may read, every command refuses the file in words, exit
// code 1, and leaves it byte-identical.
#include "models/store/database.h"
#include "models/store/migrations.h"
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;

namespace {

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
}

QByteArray sha256(const QString &path) {
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
}

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return QFile::setPermissions(path, permissions);
}

// No key anywhere: no key file, and no keychain to ask (no session bus to reach one).
QProcessEnvironment withoutKey() {
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CONCERTO_KEY_FILE"), QString());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    return environment;
}

} // namespace

class TestEncryption : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Every command given `environment` and `extra` arguments refuses the file, in words that contain
    // `expected`, exit code 1, and leaves it byte-identical with nothing beside it.
    void refusedEverywhere(const QProcessEnvironment &environment, const QStringList &extra,
                           const QString &expected) {
        const QByteArray before = sha256(m_path);
        for (const QStringList &command :
             {QStringList{QStringLiteral("list"), QStringLiteral("patients")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5")},
              QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("init")}}) {
            const test::CliRun run =
                test::runCli(command + QStringList{QStringLiteral("--db"), m_path} + extra, environment);
            QVERIFY2(run.code == 1, qPrintable(command.first() + QLatin1Char(' ') + run.err));
            QVERIFY2(run.err.contains(expected), qPrintable(command.first() + QLatin1Char(' ') + run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
            QCOMPARE(sha256(m_path), before);
            for (const char *side : {"-journal", "-wal", "-shm"})
                QVERIFY2(!QFile::exists(m_path + QLatin1String(side)), side);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("CONCERTO_KEY_FILE").isEmpty(), "CTest sets the tests' key file");
        m_path = path(QStringLiteral("encrypted.db"));
        const test::CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), m_path});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const test::CliRun demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--patients"),
                                                QStringLiteral("5"), QStringLiteral("--db"), m_path});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    // The file and its write-ahead log, while a patient was just written and the file is still open:
    // neither SQLite's header nor the patient's names, nor the INS, are in clear.
    void nothingIsInClear() {
        const QString file = path(QStringLiteral("names.db"));
        auto db = Database::create(file);
        QVERIFY(db);
        Patient patient = test::samplePatient();
        patient.birthName = QStringLiteral("Quatremaire");
        patient.birthGivenNames = {QStringLiteral("Zéphirine")};
        PatientRepository patients(*db);
        QVERIFY(patients.save(patient).ok);
        const QByteArray main = bytesOf(file);
        const QByteArray wal = bytesOf(file + QStringLiteral("-wal"));
        QVERIFY2(wal.size() > 8192, "the write is in the write-ahead log, still open");
        QVERIFY(main.size() >= 8192);
        QVERIFY(!main.startsWith(kSqliteHeader));
        // The search index keeps names without accents and in small letters: compared case aside too.
        const QByteArray mainLower = main.toLower();
        const QByteArray walLower = wal.toLower();
        for (const QByteArray &clear :
             {QByteArray("quatremaire"), QByteArray("zephirine"), QStringLiteral("zéphirine").toUtf8(),
              test::samplePatient().ins.toLatin1(), QByteArray("sqlite format 3")}) {
            QVERIFY2(!mainLower.contains(clear), clear.constData());
            QVERIFY2(!walLower.contains(clear), clear.constData());
        }
        // It is there, for whoever has the key.
        const auto read = patients.find(patient.meta.id);
        QVERIFY(read.ok() && read.value);
        QCOMPARE(read.value->birthName, QStringLiteral("Quatremaire"));
        db.reset();
        // A plain SQLite connection without the key reads nothing.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nokey"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM patient")));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("not a database")),
                     qPrintable(q.lastError().databaseText()));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("nokey"));
    }

    // What init and demo made through the command line, closed.
    void theCommandLineMakesEncryptedFiles() {
        const QByteArray bytes = bytesOf(m_path);
        QVERIFY(!bytes.startsWith(kSqliteHeader));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        const test::CliRun list = test::runCli(
            {QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), m_path});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.out.count(QLatin1Char('\n')), 5);
    }

    void withoutItsKeyTheFileIsRefused() {
        refusedEverywhere(withoutKey(), {}, QStringLiteral("needs its key"));
    }

    void anotherKeyIsRefused() {
        const QString other = path(QStringLiteral("other.key"));
        QVERIFY(writeFile(other, QByteArray(64, 'a') + '\n', QFile::ReadOwner | QFile::WriteOwner));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CONCERTO_KEY_FILE"), other);
        refusedEverywhere(environment, {}, QStringLiteral("another key"));
        refusedEverywhere(withoutKey(), {QStringLiteral("--key-file"), other}, QStringLiteral("another key"));
    }

    void aKeyFileOthersMayReadIsRefused() {
        const QString shared = path(QStringLiteral("shared.key"));
        QVERIFY(writeFile(shared, bytesOf(qEnvironmentVariable("CONCERTO_KEY_FILE")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CONCERTO_KEY_FILE"), shared);
        refusedEverywhere(environment, {}, QStringLiteral("other users"));
        // The same key, made private: accepted.
        QVERIFY(QFile::setPermissions(shared, QFile::ReadOwner | QFile::WriteOwner));
        const test::CliRun list =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), m_path},
                         environment);
        QVERIFY2(list.code == 0, qPrintable(list.err));
    }

    void aKeyFileThatHoldsNoKeyIsRefused() {
        const QString notKey = path(QStringLiteral("short.key"));
        QVERIFY(writeFile(notKey, "0123456789abcdef\n", QFile::ReadOwner | QFile::WriteOwner));
        refusedEverywhere(withoutKey(), {QStringLiteral("--key-file"), notKey},
                          QStringLiteral("64 hexadecimal"));
    }

    // --key-file gives the key where the environment gives none.
    void theKeyFileOptionGivesTheKey() {
        const test::CliRun list =
            test::runCli({QStringLiteral("--key-file"), qEnvironmentVariable("CONCERTO_KEY_FILE"),
                          QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), m_path},
                         withoutKey());
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 5);
    }

    // No key can be made or kept: init makes no file at all.
    void noDatabaseIsMadeWithoutAKey() {
        const QString file = path(QStringLiteral("nokey.db"));
        const test::CliRun init =
            test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file}, withoutKey());
        QCOMPARE(init.code, 1);
        QVERIFY2(init.err.contains(QStringLiteral("key")), qPrintable(init.err));
        QVERIFY(!QFile::exists(file));
    }

    // An empty SQLite file (made by another tool) that init turns into a database is encrypted too.
    void anEmptySqliteFileIsEncryptedByInit() {
        const QString file = path(QStringLiteral("empty-sqlite.db"));
        QVERIFY(
            test::runRawSql(file, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")}));
        QVERIFY(bytesOf(file).startsWith(kSqliteHeader));
        const test::CliRun init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), file});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY(!bytesOf(file).startsWith(kSqliteHeader));
        auto db = Database::open(file);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
