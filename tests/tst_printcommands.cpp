// concerto-cli print-fiche and print-session as a user runs them, without a display: exit codes (2 for a
// wrong command line, before the database is touched; 1 for an unknown fiche or session, or a file that
// cannot be written, leaving nothing half-written), and the PDFs read back with pdftotext.
#include "tests/support/pdftext.h"
#include "tests/support/sessionfixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

using namespace concerto;

class TestPrintCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    test::SessionCase m_session;
    test::DocumentCase m_case;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ficheId() const { return m_case.fiche.meta.id.toString(QUuid::WithoutBraces); }
    QString sessionId() const { return m_session.sessionId.toString(QUuid::WithoutBraces); }

private Q_SLOTS:
    void initTestCase() {
        m_db = path(QStringLiteral("print.db"));
        QString error;
        auto db = Database::create(m_db, &error);
        QVERIFY2(db, qPrintable(error));
        m_session = test::saveSessionCase(*db);
        m_case = m_session.first;
    }

    void wrongCommandLinesExitWithTwo() {
        const QString untouched = path(QStringLiteral("untouched.db"));
        const QString out = path(QStringLiteral("never.pdf"));
        const QString fiche = ficheId();
        for (const QStringList &args :
             {QStringList{QStringLiteral("print-fiche")}, QStringList{QStringLiteral("print-fiche"), fiche},
              QStringList{QStringLiteral("print-fiche"), fiche, QStringLiteral("--out")},
              QStringList{QStringLiteral("print-fiche"), fiche, QStringLiteral("--out=")},
              QStringList{QStringLiteral("print-fiche"), fiche, fiche, QStringLiteral("--out"), out},
              QStringList{QStringLiteral("print-fiche"), QStringLiteral("not-an-id"), QStringLiteral("--out"),
                          out}}) {
            const test::CliRun r = test::runCli(args + QStringList{QStringLiteral("--db"), untouched});
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY(!r.err.isEmpty());
            QVERIFY(!QFile::exists(untouched));
            QVERIFY(!QFile::exists(out));
        }
    }

    void printsAFiche() {
        const QString out = path(QStringLiteral("fiche.pdf"));
        const test::CliRun r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"),
                                             ficheId(), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = test::simplified(test::pdfText(out));
        for (const QString &expected :
             {QStringLiteral("Fiche de réunion de concertation pluridisciplinaire"),
              QStringLiteral("RCP digestive"), QStringLiteral("MARTIN Marie – née le 14/08/1955"),
              QStringLiteral("Proposition de la RCP"), QStringLiteral("Page 1/")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in: ") + text));
        // Printed again over the first file: the same bytes.
        QFile first(out);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray before = first.readAll();
        first.close();
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"), ficheId(),
                               QStringLiteral("--out"), out})
                     .code,
                 0);
        QVERIFY(first.open(QIODevice::ReadOnly));
        QVERIFY(first.readAll() == before);
    }

    void unknownFicheOrUnwritableFileFails() {
        const QString out = path(QStringLiteral("unknown.pdf"));
        test::CliRun r =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        const QString nowhere = path(QStringLiteral("no-such-folder/fiche.pdf"));
        r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"), ficheId(),
                          QStringLiteral("--out"), nowhere});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(QDir(path(QStringLiteral("no-such-folder"))).exists() == false);
    }

    void printsASession() {
        const QString dir = path(QStringLiteral("session"));
        const QString combined = path(QStringLiteral("session.pdf"));
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-session"), sessionId(),
                          QStringLiteral("--out"), dir, QStringLiteral("--combined"), combined});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("01-MARTIN-Marie-v1.pdf"),
                                     QStringLiteral("02-DURAND-Paul-v1.pdf"),
                                     QStringLiteral("03-BERNARD-Lucie-v1.pdf"), QStringLiteral("agenda.pdf"),
                                     QStringLiteral("attendance.pdf")}));
        QVERIFY(test::pdfText(dir + QStringLiteral("/agenda.pdf")).contains(QStringLiteral("Ordre du jour")));
        QVERIFY(test::pdfText(dir + QStringLiteral("/attendance.pdf"))
                    .contains(QStringLiteral("Feuille d'émargement")));
        QVERIFY(test::simplified(test::pdfText(dir + QStringLiteral("/02-DURAND-Paul-v1.pdf")))
                    .contains(QStringLiteral("<b>Radiothérapie</b> & suite ?")));
        const QString all = test::simplified(test::pdfText(combined));
        QCOMPARE(all.count(QStringLiteral("Page 1/")), 5);
        QVERIFY(all.contains(QStringLiteral("BERNARD Lucie")));
    }

    void unknownSessionOrUnwritableFolderFails() {
        const QString dir = path(QStringLiteral("unknown-session"));
        test::CliRun r =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-session"),
                          QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--out"), dir});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir));
        // A folder where a file is: nothing can be written there.
        const QString blocker = path(QStringLiteral("a-file"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-session"), sessionId(),
                          QStringLiteral("--out"), blocker + QStringLiteral("/inside")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_MAIN(TestPrintCommands)
#include "tst_printcommands.moc"
