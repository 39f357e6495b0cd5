// concerto-cli demo run as two real processes on one file, and killed half-way: two `demo --if-empty`
// started at the same moment with different seeds write one demo, not two (the emptiness check is made
// inside the write transaction); a demo killed after its first batch is reported as interrupted by the
// next `demo --if-empty` (exit 1), never taken for a whole demo.
#include "tests/support/rawsqlite.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {

QProcessEnvironment english() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONCERTO_LANGUAGE"), QStringLiteral("en"));
    return env;
}

// One number read from `path` by a plain SQLite connection.
int count(const QString &path, const QString &sql) {
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open() && test::unlock(db)) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

} // namespace

class TestDemoConcurrency : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void twoIfEmptyAtOnceWriteOneDemo() {
        constexpr int kPatients = 300;
        for (int round = 0; round < 3; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("twice%1.db").arg(round));
            QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
            QProcess first;
            QProcess second;
            for (QProcess *p : {&first, &second}) {
                p->setProcessEnvironment(english());
                p->start(test::cliPath(),
                         {QStringLiteral("demo"), QStringLiteral("--if-empty"), QStringLiteral("--db"), db,
                          QStringLiteral("--patients"), QString::number(kPatients), QStringLiteral("--seed"),
                          QString::number(p == &first ? 1 : 2), QStringLiteral("--date"),
                          QStringLiteral("2024-06-03")});
            }
            QStringList skipped;
            for (QProcess *p : {&first, &second}) {
                QVERIFY(p->waitForFinished(240000));
                const QString out = QString::fromUtf8(p->readAllStandardOutput());
                const QString err = QString::fromUtf8(p->readAllStandardError());
                QVERIFY2(p->exitStatus() == QProcess::NormalExit, qPrintable(err));
                // The second either waits and skips (exit 0), or, when the first holds the file longer
                // than its wait, is refused in words (exit 1): never a second demo.
                QVERIFY2(p->exitCode() == 0 || err.contains(QStringLiteral("in use by another program")),
                         qPrintable(err));
                if (out.contains(QStringLiteral("already holds records")) || p->exitCode() == 1)
                    skipped << out + err;
            }
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM patient")), kPatients);
            QCOMPARE(skipped.size(), 1);
        }
    }

    void aKilledDemoIsNotTakenForAWholeOne() {
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
        QProcess demo;
        demo.setProcessEnvironment(english());
        demo.setReadChannel(QProcess::StandardError);
        demo.start(test::cliPath(),
                   {QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--patients"),
                    QStringLiteral("6000"), QStringLiteral("--date"), QStringLiteral("2024-06-03")});
        QVERIFY(demo.waitForStarted());
        // Killed once its first batch (the directory, the sessions, 2,000 patients) is committed.
        QByteArray said;
        while (!said.contains("2000 of 6000") && demo.state() == QProcess::Running)
            if (demo.waitForReadyRead(240000))
                said += demo.readAllStandardError();
        QVERIFY2(said.contains("2000 of 6000"), said.constData());
        demo.kill(); // SIGKILL: nothing after the first batches
        QVERIFY(demo.waitForFinished(10000));
        const int written = count(db, QStringLiteral("SELECT count(*) FROM patient"));
        QVERIFY2(written >= 2000 && written < 6000, qPrintable(QString::number(written)));

        for (const QStringList &extra : {QStringList{QStringLiteral("--if-empty")}, QStringList{}}) {
            const test::CliRun again =
                test::runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db,
                                         QStringLiteral("--patients"), QStringLiteral("10")} +
                             extra);
            QVERIFY2(again.code == 1, qPrintable(again.out + again.err));
            QVERIFY2(again.err.contains(QStringLiteral("interrupted")), qPrintable(again.err));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM patient")), written);
        }
    }

    void aWholeDemoIsStillSkipped() {
        const QString db = m_dir.filePath(QStringLiteral("whole.db"));
        const QStringList args{QStringLiteral("demo"),       QStringLiteral("--if-empty"),
                               QStringLiteral("--db"),       db,
                               QStringLiteral("--patients"), QStringLiteral("20")};
        QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).code, 0);
        const test::CliRun made = test::runCli(args);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const test::CliRun again = test::runCli(args);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("already holds records")), qPrintable(again.out));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM patient")), 20);
    }
};

QTEST_GUILESS_MAIN(TestDemoConcurrency)
#include "tst_democoncurrency.moc"
