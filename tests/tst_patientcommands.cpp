// concerto-cli import-patients and duplicates as a user runs them: exit codes (2 for a wrong command line,
// 1 when the file or a line was refused), the report file, nothing written for a refused file, a second
// run importing nothing twice, and the pairs the duplicates command lists.
#include "models/store/repositories.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

class TestPatientCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &content) const {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }
    QString freshDatabase(const QString &name) const {
        const test::CliRun r = test::runCli({QStringLiteral("--db"), path(name), QStringLiteral("init")});
        return r.code == 0 ? path(name) : QString();
    }
    int patientsIn(const QString &db) const {
        auto open = Database::open(db);
        return open ? *PatientRepository(*open).count() : -1;
    }

private Q_SLOTS:
    void wrongCommandLinesExitWithTwo() {
        const QString untouched = path(QStringLiteral("untouched.db"));
        for (const QStringList &args : {QStringList{QStringLiteral("import-patients")},
                                        QStringList{QStringLiteral("import-patients"),
                                                    QStringLiteral("a.csv"), QStringLiteral("b.csv")},
                                        QStringList{QStringLiteral("import-patients"),
                                                    QStringLiteral("a.csv"), QStringLiteral("--report")},
                                        QStringList{QStringLiteral("import-patients"),
                                                    QStringLiteral("a.csv"), QStringLiteral("--report=")},
                                        QStringList{QStringLiteral("duplicates"), QStringLiteral("extra")}}) {
            const test::CliRun r = test::runCli(args + QStringList{QStringLiteral("--db"), untouched});
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY(!QFile::exists(untouched));
        }
    }

    void importsAndReports() {
        const QString db = freshDatabase(QStringLiteral("import.db"));
        QVERIFY(!db.isEmpty());
        const QString csv =
            write(QStringLiteral("patients.csv"), "birth_name,given_names,sex,birth_date,ipp,ins\n"
                                                  "Dupont,Marie,F,01/02/1950,P1,\n"
                                                  "Dupond,Marie,F,1950-02-01,P2,\n"
                                                  "Martin,Jean,M,01/02/1950,P3,155081416802588\n");
        const QString report = path(QStringLiteral("report.csv"));
        test::CliRun r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-patients"), csv,
                                       QStringLiteral("--report"), report});
        QCOMPARE(r.code, 1); // a line was refused
        QVERIFY2(r.out.contains(QStringLiteral("1 imported, 1 to review")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Line 4 refused: ")), qPrintable(r.err));
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QByteArray("line,status,patient_id,duplicate_of,reason"));
        QVERIFY(lines.at(1).startsWith("2,imported,"));
        QVERIFY(lines.at(2).startsWith("3,to-review,"));
        QVERIFY(lines.at(3).startsWith("4,refused,,,"));
        QCOMPARE(patientsIn(db), 2);

        // Fixed and run again: only the corrected line comes in.
        write(QStringLiteral("patients.csv"), "birth_name,given_names,sex,birth_date,ipp,ins\n"
                                              "Dupont,Marie,F,01/02/1950,P1,\n"
                                              "Dupond,Marie,F,1950-02-01,P2,\n"
                                              "Martin,Jean,M,01/08/1955,P3,155081416802588\n");
        r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-patients"), csv});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("1 imported, 0 to review (possible duplicates, imported apart), "
                                          "2 already present, 0 in conflict, 0 refused")),
            qPrintable(r.out));
        QCOMPARE(patientsIn(db), 3);

        // The duplicates command lists the pair, with both ids, labels and the reason.
        r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("duplicates")});
        QCOMPARE(r.code, 0);
        const QStringList pairs = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(pairs.size(), 1);
        const QStringList fields = pairs.first().split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 6);
        QVERIFY(!QUuid::fromString(fields.at(0)).isNull() && !QUuid::fromString(fields.at(2)).isNull());
        QCOMPARE(QSet<QString>({fields.at(1), fields.at(3)}),
                 QSet<QString>({QStringLiteral("DUPONT Marie, 01/02/1950, PROV"),
                                QStringLiteral("DUPOND Marie, 01/02/1950, PROV")}));
        QCOMPARE(fields.at(4), QStringLiteral("same birth date and sex; names differ by one letter"));
        QCOMPARE(fields.at(5), QStringLiteral("to-review")); // the import marked the second
    }

    void aRefusedFileWritesNothing() {
        const QString db = freshDatabase(QStringLiteral("refused.db"));
        QFile original(db);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const QString csv =
            write(QStringLiteral("nodate.csv"), "birth_name;given_names;sex\nDupont;Marie;F\n");
        const QString report = path(QStringLiteral("nodate-report.csv"));
        const test::CliRun r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-patients"),
                                             csv, QStringLiteral("--report"), report});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("required columns missing: birth_date")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(report));
        QCOMPARE(patientsIn(db), 0);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll().size(), before.size());
    }

    void aMissingFileOrDatabaseFails() {
        const QString db = freshDatabase(QStringLiteral("missing.db"));
        test::CliRun r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("import-patients"),
                                       path(QStringLiteral("nowhere.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
        r = test::runCli(
            {QStringLiteral("--db"), path(QStringLiteral("none.db")), QStringLiteral("duplicates")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("none.db"))));
    }
};

QTEST_GUILESS_MAIN(TestPatientCommands)
#include "tst_patientcommands.moc"
