// The national value sets on the server: `admin import-nomenclature` checks every file with the
// nomenclature layer's SVS reader before anything is written (one bad file: nothing imported, DIR
// byte-identical), imports a set and version once however often it is given, and signed-in clients list
// the sets and download each file as it was imported, its SHA-256 as ETag.
#include "serversupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace concerto::test;

namespace {

QString dataFile(const QString &name) {
    return QStringLiteral(CONCERTO_TEST_DATA "/nomenclature/") + name;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerValueSets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importCheckedThenServed();
};

void TestServerValueSets::importCheckedThenServed() {
    QTemporaryDir dir;
    QCOMPARE(runAdmin(dir.path(), {"add-user", "anne", "--role", "secretary"}).code, 0);
    const QString quorum = dataFile(QStringLiteral("quorum-v2.xml"));
    const QByteArray quorumBytes = readAll(quorum);
    QVERIFY(!quorumBytes.isEmpty());

    // A bad file among good ones: nothing imported, nothing written.
    const auto before = snapshotFolder(dir.path());
    const AdminRun refused =
        runAdmin(dir.path(), {"import-nomenclature", quorum, dataFile(QStringLiteral("malformed.xml"))});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("malformed.xml")), qPrintable(refused.err));
    QCOMPARE(snapshotFolder(dir.path()), before);
    QCOMPARE(runAdmin(dir.path(), {"import-nomenclature"}).code, 2);

    // Imported twice: kept once; the same bytes again change nothing, not even the audit.
    for (int i = 0; i < 2; ++i) {
        const AdminRun imported = runAdmin(dir.path(), {"import-nomenclature", quorum});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("JDV_StatutQuorum_CISIS")), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("2 concepts")), qPrintable(imported.out));
        QCOMPARE(imported.out.startsWith(QStringLiteral("Already there, unchanged: ")), i == 1);
    }
    QCOMPARE(queryServerDb(dir.path(), QStringLiteral("SELECT count(*) FROM value_sets")).toInt(), 1);
    QCOMPARE(
        queryServerDb(dir.path(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import-nomenclature'"))
            .toInt(),
        1);

    ServerProcess server(dir.path());
    QVERIFY2(server.start(), qPrintable(server.output()));
    TlsClient client(server.caFile());
    const QUrl list = server.url(QStringLiteral("/api/v1/nomenclatures"));
    const QUrl file = server.url(QStringLiteral("/api/v1/nomenclatures/1.2.250.1.213.1.1.4.2.281.16/2030.1"));
    QCOMPARE(client.get(list).status, 401);
    QCOMPARE(client.get(file).status, 401);
    const QByteArray token = client.login(server, QStringLiteral("anne"), kTestPassword)
                                 .json.value(QStringLiteral("access_token"))
                                 .toString()
                                 .toLatin1();
    QVERIFY(!token.isEmpty());

    const HttpAnswer sets = client.get(list, token);
    QCOMPARE(sets.status, 200);
    const QJsonArray array = sets.json.value(QStringLiteral("value_sets")).toArray();
    QCOMPARE(array.size(), 1);
    const QJsonObject set = array.first().toObject();
    QCOMPARE(set.value(QStringLiteral("oid")).toString(), QStringLiteral("1.2.250.1.213.1.1.4.2.281.16"));
    QCOMPARE(set.value(QStringLiteral("version")).toString(), QStringLiteral("2030.1"));
    QCOMPARE(set.value(QStringLiteral("concept_count")).toInt(), 2);
    const QByteArray sha256 = QCryptographicHash::hash(quorumBytes, QCryptographicHash::Sha256).toHex();
    QCOMPARE(set.value(QStringLiteral("sha256")).toString().toLatin1(), sha256);

    const HttpAnswer downloaded = client.get(file, token);
    QCOMPARE(downloaded.status, 200);
    QCOMPARE(downloaded.body, quorumBytes);
    QCOMPARE(downloaded.headers.value("etag"), '"' + sha256 + '"');
    QCOMPARE(
        client
            .get(server.url(QStringLiteral("/api/v1/nomenclatures/1.2.250.1.213.1.1.4.2.281.16/1999")), token)
            .status,
        404);
}

QTEST_GUILESS_MAIN(TestServerValueSets)
#include "tst_servervaluesets.moc"
