// Exact command lines and clean messages: a damaged record's message names its table and id (it said
// "damaged (patient )" and Qt's "QSqlQuery::value: not positioned" leaked); Qt's own warnings do not reach
// stderr; an id with characters after the UUID is refused (it printed that fiche); an option given twice
// (--db a --db b) is refused with exit 2; blank lines at the end of an imported CSV are not lines.
#include "models/store/repositories.h"
#include "tests/support/sessionfixtures.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace concerto;

class TestCliStrict : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    test::SessionCase m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ficheId() const { return m_session.first.fiche.meta.id.toString(QUuid::WithoutBraces); }

private Q_SLOTS:
    void initTestCase() {
        m_db = path(QStringLiteral("strict.db"));
        auto db = Database::create(m_db);
        QVERIFY(db);
        m_session = test::saveSessionCase(*db);
    }

    void aDamagedRecordIsNamedWithItsId() {
        const QString file = path(QStringLiteral("damaged.db"));
        QString id;
        {
            auto db = Database::create(file);
            QVERIFY(db);
            test::saveSessionCase(*db);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM patient LIMIT 1")) && q.next());
            id = q.value(0).toString();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("UPDATE patient SET body = '[1]' WHERE id = '%1'").arg(id)));
        }
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), file, QStringLiteral("list"), QStringLiteral("patients")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("(patient %1)").arg(id)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("QSqlQuery")), qPrintable(r.err));
    }

    void qtWarningsStayOffStderr() {
        const QString runtime = path(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther));
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime); // 0705: Qt warns about it
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"), ficheId(),
                          QStringLiteral("--out"), path(QStringLiteral("f.pdf"))},
                         env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void idsMustBeExact() {
        const QString out = path(QStringLiteral("exact.pdf"));
        for (const QString &id :
             QStringList{ficheId() + QStringLiteral("xyz"), ficheId() + QStringLiteral("0"),
                         QStringLiteral("x") + ficheId()}) {
            const test::CliRun r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"),
                                                 id, QStringLiteral("--out"), out});
            QVERIFY2(r.code == 2, qPrintable(id + QStringLiteral(": ") + r.err));
            QVERIFY(!QFile::exists(out));
        }
        for (const QString &id :
             QStringList{ficheId().toUpper(), QLatin1Char('{') + ficheId() + QLatin1Char('}')}) {
            const test::CliRun r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"),
                                                 id, QStringLiteral("--out"), out});
            QVERIFY2(r.code == 0, qPrintable(id + QStringLiteral(": ") + r.err));
        }
    }

    void anOptionGivenTwiceIsRefused() {
        const QString other = path(QStringLiteral("other.db"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("--db"), other, QStringLiteral("--db"), m_db, QStringLiteral("list"),
                          QStringLiteral("patients")},
              QStringList{QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), other,
                          QStringLiteral("--db"), m_db},
              QStringList{QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"), ficheId(),
                          QStringLiteral("--out"), path(QStringLiteral("a.pdf")), QStringLiteral("--out"),
                          path(QStringLiteral("b.pdf"))}}) {
            const test::CliRun r = test::runCli(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("more than once")), qPrintable(r.err));
            QVERIFY(!QFile::exists(other));
            QVERIFY(!QFile::exists(path(QStringLiteral("a.pdf"))) &&
                    !QFile::exists(path(QStringLiteral("b.pdf"))));
        }
    }

    void trailingBlankLinesAreNoLines() {
        const QString csv = path(QStringLiteral("blank.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("birth_name;given_names;sex;birth_date\r\nBlanc;Jean;M;01/02/1960\r\n\r\n\r\n  \n");
        f.close();
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("import-patients"), csv});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 line(s) read: 1 imported")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliStrict)
#include "tst_clistrict.moc"
