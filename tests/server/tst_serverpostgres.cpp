// The server's PostgreSQL side, on a throwaway cluster (postgressupport.h): `--database` reads libpq's URL
// forms (socket folder in `?host=`, percent-encoded or not, port, user, password, options) and refuses
// what is none, exit code 2 before anything is opened; a new database gets the same schema as the
// embedded SQLite file (every table with the same columns); opening it again migrates nothing twice; a
// database holding another program's tables is refused and left as it was.
#include "server/db/postgresurl.h"
#include "server/db/serverdatabase.h"
#include "server/db/servermigrations.h"

#include "postgressupport.h"
#include "serversupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto::server;
using namespace concerto::test;

class TestServerPostgres : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urlForms();
    void badDatabaseUrlRefusedOnTheCommandLine();
    void sameSchemaAsSqlite();
    void foreignDatabaseRefused();
};

void TestServerPostgres::urlForms() {
    QString error;
    auto a =
        parsePostgresUrl(QStringLiteral("postgresql://concerto@/region?host=/var/run/postgresql"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(a->user, QStringLiteral("concerto"));
    QCOMPARE(a->database, QStringLiteral("region"));
    a = parsePostgresUrl(
        QStringLiteral("postgres://u:p%40ss@db.example:5433/reg?sslmode=require&connect_timeout=5"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->host, QStringLiteral("db.example"));
    QCOMPARE(a->port, 5433);
    QCOMPARE(a->password, QStringLiteral("p@ss"));
    QCOMPARE(a->options,
             (QStringList{QStringLiteral("sslmode=require"), QStringLiteral("connect_timeout=5")}));
    QVERIFY(!a->shown().contains(QStringLiteral("p@ss"))); // never in a message
    a = parsePostgresUrl(QStringLiteral("postgresql://x@/c?host=%2Ftmp%2Fsock&port=5444"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->host, QStringLiteral("/tmp/sock"));
    QCOMPARE(a->port, 5444);
    for (const char *bad : {"http://host/db", "postgresql://host/", "postgresql://host/db?port=99999",
                            "postgresql://host/db?x=1;host=evil", "server.db"})
        QVERIFY2(!parsePostgresUrl(QLatin1String(bad), &error), bad);
}

void TestServerPostgres::badDatabaseUrlRefusedOnTheCommandLine() {
    QTemporaryDir dir;
    for (const QStringList &arguments : {QStringList{"--data", dir.path(), "--database", "mysql://x/y"},
                                         QStringList{"--data", dir.path(), "--database", "postgresql://h/"},
                                         QStringList{"--database", "postgresql://h/a", "--database",
                                                     "postgresql://h/b", "admin", "add-org", "X", "Y"}}) {
        QProcess server;
        server.start(QStringLiteral(CONCERTO_SERVER), arguments);
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 2);
        QVERIFY(server.readAllStandardError().contains("--database"));
    }
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestServerPostgres::sameSchemaAsSqlite() {
    QString error;
    const QString url = newPostgresDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const auto sqlite = ServerDatabase::openEmbedded(dir.path(), &error);
    QVERIFY2(sqlite, qPrintable(error));
    const auto postgres = ServerDatabase::openPostgres(url, &error);
    QVERIFY2(postgres, qPrintable(error));
    QCOMPARE(postgres->engine(), DatabaseEngine::Postgres);
    QCOMPARE(serverMigrations(DatabaseEngine::Postgres).size(),
             serverMigrations(DatabaseEngine::Sqlite).size());
    QCOMPARE(postgres->schemaVersion(), sqlite->schemaVersion());
    // The same tables, each with the same columns in the same order.
    const QStringList tables = sqlite->connection().tables();
    QVERIFY(tables.contains(QStringLiteral("records")) && tables.contains(QStringLiteral("tokens")));
    QStringList postgresTables = postgres->connection().tables();
    postgresTables.removeAll(QStringLiteral("concerto_server_schema"));
    QCOMPARE(QSet<QString>(postgresTables.begin(), postgresTables.end()),
             QSet<QString>(tables.begin(), tables.end()));
    for (const QString &table : tables) {
        const QSqlRecord a = sqlite->connection().record(table), b = postgres->connection().record(table);
        QCOMPARE(b.count(), a.count());
        for (int i = 0; i < a.count(); ++i)
            QCOMPARE(b.fieldName(i), a.fieldName(i));
    }
    // The session is in UTC whatever the machine's zone.
    QSqlQuery zone(postgres->connection());
    QVERIFY(zone.exec(QStringLiteral("SHOW TIME ZONE")) && zone.next());
    QCOMPARE(zone.value(0).toString(), QStringLiteral("UTC"));
    // Opened again: nothing migrated twice, the version kept.
    const auto again = ServerDatabase::openPostgres(url, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->schemaVersion(), int(serverMigrations(DatabaseEngine::Postgres).size()));
}

void TestServerPostgres::foreignDatabaseRefused() {
    QString error;
    const QString url = newPostgresDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    {
        const auto address = parsePostgresUrl(url, &error);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
        db.setHostName(address->host);
        db.setUserName(address->user);
        db.setDatabaseName(address->database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QVERIFY(!ServerDatabase::openPostgres(url, &error));
    QVERIFY2(error.contains(QStringLiteral("not a Concerto server database")), qPrintable(error));
    const auto again = ServerDatabase::openPostgres(url, &error); // still refused: nothing was added
    QVERIFY(!again);
}

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "tst_serverpostgres.moc"
