// concerto-cli check: a file as Concerto made it passes with exit 0 (an upgraded one has the same schema); a
// file whose triggers were dropped, changed or added, or whose audit rows were deleted, is reported
// line by line with exit code 1 (before, nothing noticed such a file).
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

namespace {} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshFile(const QString &name) {
        const QString path = m_dir.filePath(name);
        auto db = Database::create(path);
        if (db)
            test::saveSampleCase(*db);
        return path;
    }
    static test::CliRun check(const QString &path) {
        return test::runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    }

private Q_SLOTS:
    void aFileAsConcertoMadeItPasses() {
        const test::CliRun r = check(freshFile(QStringLiteral("fresh.db")));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("integrity: ok")));
        QVERIFY(r.out.contains(QStringLiteral("schema: 0 difference")));
        QVERIFY(r.out.contains(QStringLiteral("  fiche: 1")));
    }

    void anUpgradedFilePasses() {
        QFile dump(test::dataFile(QStringLiteral("concerto-schema1.sql")));
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(dump.readAll()).split(QLatin1Char('\n')))
            if (!line.startsWith(QLatin1String("--")))
                lines << line;
        QStringList statements;
        for (const QString &s : lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n")))
            if (!s.trimmed().isEmpty())
                statements << s;
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        QVERIFY(test::runRawSql(path, statements));
        QVERIFY(Database::create(path));
        // The schema of an upgraded file is the one a new file gets (the dump's hand-made records have
        // no audit rows, which check reports: only the schema is asserted here).
        const test::CliRun r = check(path);
        QVERIFY2(r.out.contains(QStringLiteral("schema: 0 difference")), qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("schema:")), qPrintable(r.err));
    }

    void tamperingIsReported() {
        const QString path = freshFile(QStringLiteral("tampered.db"));
        QVERIFY(test::runRawSql(
            path, {QStringLiteral("DROP TRIGGER fiche_signed_not_deleted"),
                   QStringLiteral("DROP TRIGGER audit_log_not_deleted"),
                   QStringLiteral("DELETE FROM audit_log WHERE entity = 'patient'"),
                   QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON patient BEGIN SELECT 1; END")}));
        const test::CliRun r = check(path);
        QCOMPARE(r.code, 1);
        for (const char *line :
             {"the trigger fiche_signed_not_deleted is missing",
              "the trigger audit_log_not_deleted is missing", "the trigger quiet was added",
              "1 record(s) of patient have no audit row", "is not as Concerto left it"})
            QVERIFY2(r.err.contains(QLatin1String(line), Qt::CaseInsensitive),
                     qPrintable(line + QStringLiteral(": ") + r.err));
    }

    void aChangedTriggerIsReported() {
        const QString path = freshFile(QStringLiteral("changed.db"));
        QVERIFY(test::runRawSql(
            path, {QStringLiteral("DROP TRIGGER fiche_signed_not_deleted"),
                   QStringLiteral("CREATE TRIGGER fiche_signed_not_deleted BEFORE DELETE ON fiche"
                                  " WHEN 0 BEGIN SELECT 1; END")}));
        const test::CliRun r = check(path);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the trigger fiche_signed_not_deleted was changed"),
                                Qt::CaseInsensitive),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
