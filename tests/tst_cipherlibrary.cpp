// The SQLite every executable runs on is the cipher library built with the project (cmake/sqlite3mc.cmake),
// never the system's: the version the process loaded, the one Qt's driver plugin uses, and the guards
// that keep a process from starting on the system's libsqlite3 (which would write in clear).
#include "models/store/cipher.h"
#include "models/store/database.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto;

namespace {

QByteArray digest(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The system's own libsqlite3 (Debian's, which Qt's QSQLITE plugin is built against), if installed.
QString systemSqlite() {
    for (const char *candidate :
         {"/usr/lib/x86_64-linux-gnu/libsqlite3.so.0", "/usr/lib/aarch64-linux-gnu/libsqlite3.so.0",
          "/usr/lib64/libsqlite3.so.0", "/usr/lib/libsqlite3.so.0"})
        if (QFile::exists(QLatin1String(candidate)))
            return QLatin1String(candidate);
    return {};
}

// The dynamic section of an executable, as readelf prints it.
QString dynamicSection(const QString &executable) {
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), executable});
    if (!readelf.waitForFinished(30000))
        return {};
    return QString::fromUtf8(readelf.readAllStandardOutput());
}

} // namespace

class TestCipherLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The library the process loaded is the one this build compiled (its version string, from the
    // amalgamation's header), not a library of the same name found elsewhere.
    void loadedLibraryIsTheBuiltOne() {
        QCOMPARE(cipher::libraryVersion(), QStringLiteral(CONCERTO_SQLITE3MC_EXPECTED));
    }

    // Qt's stock QSQLITE plugin runs on it: the SQLite version a connection reports is the amalgamation's
    // (Debian 12's is 3.40), and the connection knows the cipher's SQL functions and pragmas.
    void driverPluginRunsOnIt() {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT sqlite_version(), sqlite3mc_version()")) && q.next(),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toString(), QStringLiteral(CONCERTO_SQLITE_EXPECTED));
            QCOMPARE(q.value(1).toString(), cipher::libraryVersion());
            QVERIFY(q.exec(QStringLiteral("PRAGMA cipher")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("sqlcipher"));
            QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")),
                     qPrintable(q.lastError().text()));
            QString error;
            QVERIFY(cipher::connectionHasCipher(db, QStringLiteral(":memory:"), &error));
            QVERIFY(error.isEmpty());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    // The executables are linked so that the loader binds every symbol at start (BIND_NOW) and reads
    // their own library folder before LD_LIBRARY_PATH (DT_RPATH, not DT_RUNPATH).
    void executablesAreLinkedAgainstFallingBack() {
        for (const QString &executable :
             {test::cliPath(), QStringLiteral(CONCERTO_DESKTOP), QStringLiteral(CONCERTO_SERVER)}) {
            const QString dynamic = dynamicSection(executable);
            if (dynamic.isEmpty())
                QSKIP("readelf is not installed (binutils comes with g++)");
            // The desktop and concerto-cli need the cipher library itself; the server (whose own database
            // is not encrypted) finds it through its RPATH when Qt's QSQLITE plugin loads it.
            if (executable != QLatin1String(CONCERTO_SERVER))
                QVERIFY2(dynamic.contains(QLatin1String("libsqlite3.so.0")), qPrintable(executable));
            QVERIFY2(dynamic.contains(QLatin1String("third-party/lib")), qPrintable(executable));
            QVERIFY2(dynamic.contains(QLatin1String("(RPATH)")), qPrintable(executable));
            QVERIFY2(!dynamic.contains(QLatin1String("(RUNPATH)")), qPrintable(executable));
            QVERIFY2(dynamic.contains(QLatin1String("NOW")), qPrintable(executable));
        }
    }

    // The system's libsqlite3 forced in first (LD_PRELOAD): concerto-cli does not start, and the file it
    // was given is left byte-identical.
    void refusesToStartOnTheSystemSqlite() {
        const QString system = systemSqlite();
        if (system.isEmpty())
            QSKIP("no system libsqlite3 to try");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("concerto.db"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 0);
        const QByteArray before = digest(path);
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LD_PRELOAD"), system);
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("demo")}) {
            QStringList args{QStringLiteral("--db"), path, command};
            if (command == QLatin1String("list"))
                args << QStringLiteral("patients");
            const test::CliRun run = test::runCli(args, environment);
            QVERIFY2(run.code != 0, qPrintable(run.out));
            QVERIFY2(run.err.contains(QLatin1String("sqlite3mc_version")), qPrintable(run.err));
            QCOMPARE(digest(path), before);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // LD_LIBRARY_PATH naming a folder where libsqlite3.so.0 is the system's: the executable still runs on
    // the cipher library (its RPATH comes first), as its log says.
    void libraryPathCannotSwapIt() {
        const QString system = systemSqlite();
        if (system.isEmpty())
            QSKIP("no system libsqlite3 to try");
        QTemporaryDir dir;
        QVERIFY(QFile::link(system, dir.filePath(QStringLiteral("libsqlite3.so.0"))));
        const QString path = dir.filePath(QStringLiteral("concerto.db"));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("concerto.*=true"));
        const test::CliRun run =
            test::runCli({QStringLiteral("--db"), path, QStringLiteral("init")}, environment);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("on \"SQLite3 Multiple Ciphers")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCipherLibrary)
#include "tst_cipherlibrary.moc"
