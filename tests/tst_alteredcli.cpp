// concerto-cli on a file whose schema was altered outside Concerto (issue 20, item 7): the reading
// commands work and say once on stderr what was altered, the writing ones (and init) exit 1 with it,
// `check` reports it with exit 1, and the file is left byte-identical.
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

// The bytes of the file and of its write-ahead log, or "absent".
QStringList fingerprint(const QString &path) {
    QStringList result;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(path + suffix);
        result << (file.open(QIODevice::ReadOnly)
                       ? QString::fromLatin1(
                             QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex())
                       : QStringLiteral("absent"));
    }
    return result;
}

} // namespace

class TestAlteredCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // concerto-cli: reading commands work and warn once, writing ones exit 1 saying why, check exits 1;
    // nothing is written.
    void theCommandLineReadsButNeverWrites() {
        const QString path = m_dir.filePath(QStringLiteral("cli.db"));
        {
            auto db = Database::create(path);
            QVERIFY(db);
            test::saveSampleCase(*db);
        }
        test::CliRun r =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // as Concerto left it: no warning

        QVERIFY(test::runRawSql(path, {QStringLiteral("DROP TRIGGER fiche_signed_not_deleted")}));
        const QStringList before = fingerprint(path);
        const QString trigger = QStringLiteral("fiche_signed_not_deleted");

        r = test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // the sample patient
        QCOMPARE(r.err.count(QStringLiteral("altered outside Concerto")), 1);
        QVERIFY2(r.err.contains(trigger), qPrintable(r.err));

        r = test::runCli({QStringLiteral("list"), QStringLiteral("fiches"), QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 1);

        for (const QStringList &writing :
             {QStringList{QStringLiteral("plan-sessions"), QStringLiteral("--from"),
                          QStringLiteral("2027-01-01"), QStringLiteral("--to"), QStringLiteral("2027-01-31")},
              QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("5")},
              QStringList{QStringLiteral("init")}}) {
            r = test::runCli(writing + QStringList{QStringLiteral("--db"), path});
            QVERIFY2(r.code == 1, qPrintable(writing.first() + QStringLiteral(": ") + r.out + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("altered outside Concerto")) && r.err.contains(trigger),
                     qPrintable(r.err));
            QVERIFY2(!r.out.contains(QStringLiteral("ready")), qPrintable(r.out));
        }

        r = test::runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("schema: The trigger fiche_signed_not_deleted is missing.")),
                 qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("schema: 1 difference")));
        QVERIFY(r.out.contains(QStringLiteral("integrity: ok")));
        QCOMPARE(fingerprint(path), before);
    }
};

QTEST_GUILESS_MAIN(TestAlteredCli)
#include "tst_alteredcli.moc"
