// concerto-cli encrypt: a database written in clear (before Concerto encrypted its files) becomes an
// encrypted one with every record, nothing in clear left beside it; a failure leaves it as it was.
#include "models/store/migrations.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace concerto;

namespace {

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
}

const QByteArray kSqliteHeader("SQLite format 3\0", 16);

// A Concerto database in clear at the latest schema, as this version made them before encryption.
bool makePlainDatabase(const QString &path) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = 8192")) &&
             migrations::upgrade(db, migrations::latestVersion(), &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return ok;
}

QString run(const QStringList &args, int expected, const QProcessEnvironment &environment = {}) {
    const test::CliRun r = test::runCli(args, environment);
    if (r.code != expected)
        qWarning("%s: exit %d, %s", qPrintable(args.join(QLatin1Char(' '))), r.code, qPrintable(r.err));
    return r.code == expected ? r.out : QStringLiteral("exit %1").arg(r.code);
}

} // namespace

class TestEncryptCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString plainDemo(const QString &name) {
        const QString path = m_dir.filePath(name);
        if (!makePlainDatabase(path))
            return {};
        // The demo's records, written into the file in clear (it opens as it is until encrypted).
        run({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("40"),
             QStringLiteral("--db"), path},
            0);
        return bytesOf(path).startsWith(kSqliteHeader) ? path : QString();
    }

    QStringList lists(const QString &path) {
        QStringList all;
        for (const char *what : {"committees", "patients", "sessions", "fiches"})
            all << run({QStringLiteral("list"), QLatin1String(what), QStringLiteral("--db"), path}, 0);
        return all;
    }

private Q_SLOTS:
    void aPlainDemoKeepsEveryRecordAndNothingInClear() {
        const QString path = plainDemo(QStringLiteral("demo.db"));
        QVERIFY(!path.isEmpty());
        const QStringList before = lists(path);
        QVERIFY(before.at(1).count(QLatin1Char('\n')) == 40);
        // A patient's surname (from the list's labels, "SURNAME Given, date") is in the file in clear
        // before (case aside: the list writes it in capitals).
        QByteArray surname;
        for (const QString &line : before.at(1).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString word = line.section(QLatin1Char('\t'), 1).section(QLatin1Char(' '), 0, 0);
            if (word.size() >= 5 && std::all_of(word.begin(), word.end(), [](QChar c) {
                    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
                })) {
                surname = word.toLatin1().toLower();
                break;
            }
        }
        QVERIFY2(!surname.isEmpty() && bytesOf(path).toLower().contains(surname), surname.constData());

        const test::CliRun encrypt = test::runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), path});
        QVERIFY2(encrypt.code == 0, qPrintable(encrypt.err));
        QVERIFY2(encrypt.out.contains(QStringLiteral("Encrypted")), qPrintable(encrypt.out));
        QVERIFY2(encrypt.err.contains(QStringLiteral("full-disk encryption")), qPrintable(encrypt.err));

        const QByteArray after = bytesOf(path);
        QVERIFY(!after.startsWith(kSqliteHeader));
        QVERIFY(!after.toLower().contains(surname));
        QVERIFY(!after.contains("CREATE TABLE"));
        for (const char *side : {"-wal", "-shm", "-journal", ".encrypting", ".encrypting-journal"})
            QVERIFY2(!QFile::exists(path + QLatin1String(side)), side);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("demo.db*")}, QDir::Files),
                 QStringList{QStringLiteral("demo.db")});
        QCOMPARE(lists(path), before);
        QCOMPARE(test::runCli({QStringLiteral("check"), QStringLiteral("--db"), path}).code, 0);
        // Written to after, still encrypted, -wal included.
        run({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5"),
             QStringLiteral("--db"), path},
            0);
        QVERIFY(!bytesOf(path).startsWith(kSqliteHeader));

        // Twice: refused, nothing changed.
        const QByteArray encrypted = bytesOf(path);
        const test::CliRun again = test::runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), path});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already encrypted")), qPrintable(again.err));
        QCOMPARE(bytesOf(path), encrypted);
    }

    // The copy cannot be written (its name is taken by a folder): the original stays, byte-identical and
    // in clear, and opens as before.
    void aFailureLeavesTheOriginal() {
        const QString path = plainDemo(QStringLiteral("kept.db"));
        QVERIFY(!path.isEmpty());
        const QStringList before = lists(path);
        QVERIFY(QDir().mkdir(path + QStringLiteral(".encrypting")));
        const QByteArray bytes = bytesOf(path);
        const test::CliRun encrypt = test::runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), path});
        QCOMPARE(encrypt.code, 1);
        QVERIFY2(encrypt.err.contains(QStringLiteral("left as it was")), qPrintable(encrypt.err));
        QCOMPARE(bytesOf(path), bytes);
        QCOMPARE(lists(path), before);
    }

    // Without a key to give it, nothing is done.
    void noKeyNoChange() {
        const QString path = plainDemo(QStringLiteral("nokey.db"));
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = bytesOf(path);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CONCERTO_KEY_FILE"), QString());
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent"));
        const test::CliRun encrypt =
            test::runCli({QStringLiteral("encrypt"), QStringLiteral("--db"), path}, environment);
        QCOMPARE(encrypt.code, 1);
        QVERIFY2(encrypt.err.contains(QStringLiteral("key")), qPrintable(encrypt.err));
        QCOMPARE(bytesOf(path), bytes);
        QVERIFY(!QFile::exists(path + QStringLiteral(".encrypting")));
    }
};

QTEST_GUILESS_MAIN(TestEncryptCommand)
#include "tst_encryptcommand.moc"
