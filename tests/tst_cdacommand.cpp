// concerto-cli export-cda as a user runs it: a wrong command line exits 2 before the database is
// touched; an unknown fiche exits 1; an unsigned fiche exits 1, lists what is missing and writes no
// file; a signed one writes the document (the same bytes as the library) and says so.
#include "reports/cda/cdaexport.h"
#include "tests/support/documentfixtures.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace concerto;

class TestCdaCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString idText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

    // A database holding the fixture case, signed or not; its fiche's id.
    QUuid saveCase(const QString &name, bool sign) {
        QString error;
        auto db = Database::create(path(name), &error);
        [&] { QVERIFY2(db, qPrintable(error)); }();
        return db ? test::saveDocumentCase(*db, sign).fiche.meta.id : QUuid();
    }

private Q_SLOTS:
    void wrongCommandLinesExitWithTwo() {
        const QString untouched = path(QStringLiteral("untouched.db"));
        const QString out = path(QStringLiteral("never.xml"));
        const QString id = idText(QUuid::createUuid());
        for (const QStringList &args :
             {QStringList{QStringLiteral("export-cda")}, QStringList{QStringLiteral("export-cda"), id},
              QStringList{QStringLiteral("export-cda"), QStringLiteral("not-an-id"), QStringLiteral("--out"),
                          out},
              QStringList{QStringLiteral("export-cda"), id, id, QStringLiteral("--out"), out},
              QStringList{QStringLiteral("export-cda"), id, QStringLiteral("--out=")}}) {
            const test::CliRun r = test::runCli(args + QStringList{QStringLiteral("--db"), untouched});
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY(!r.err.isEmpty());
            QVERIFY(!QFile::exists(untouched));
            QVERIFY(!QFile::exists(out));
        }
    }

    void unknownFicheExitsWithOne() {
        const QString db = path(QStringLiteral("unknown.db"));
        QVERIFY(!saveCase(QStringLiteral("unknown.db"), true).isNull());
        const QString out = path(QStringLiteral("unknown.xml"));
        const test::CliRun r = test::runCli({QStringLiteral("--db"), db, QStringLiteral("export-cda"),
                                             idText(QUuid::createUuid()), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(out));
    }

    void unsignedFicheIsRefusedWithoutAFile() {
        const QUuid id = saveCase(QStringLiteral("unsigned.db"), false);
        const QString out = path(QStringLiteral("unsigned.xml"));
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), path(QStringLiteral("unsigned.db")),
                          QStringLiteral("export-cda"), idText(id), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be exported")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("- The fiche is not signed")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void signedFicheIsWritten() {
        const QUuid id = saveCase(QStringLiteral("signed.db"), true);
        const QString out = path(QStringLiteral("signed.xml"));
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), path(QStringLiteral("signed.db")),
                          QStringLiteral("export-cda"), idText(id), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Fiche version 1 written to")), qPrintable(r.out));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto db = Database::open(path(QStringLiteral("signed.db")));
        QVERIFY(db);
        QCOMPARE(file.readAll(), reports::exportCda(READ(reports::loadFicheContext(*db, id))).xml);
    }

    // A file that cannot be written is an error; nothing half-written is left behind.
    void unwritableOutputExitsWithOne() {
        const QUuid id = saveCase(QStringLiteral("nowhere.db"), true);
        const QString out = path(QStringLiteral("no/such/dir/fiche.xml"));
        const test::CliRun r =
            test::runCli({QStringLiteral("--db"), path(QStringLiteral("nowhere.db")),
                          QStringLiteral("export-cda"), idText(id), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCdaCommand)
#include "tst_cdacommand.moc"
