// The command line's output files never destroy what they would replace: print-fiche, print-session,
// export-cda and import-patients --report refuse (exit 1, nothing written) the open database and its
// -wal, -shm and -journal (by name, through a symbolic link or a hard link), a folder and a FIFO, and
// leave them as they were, byte for byte.
#include "tests/support/sessionfixtures.h"
#include "tests/support/testsupport.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace concerto;

namespace {
QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestOutputPaths : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_dbBytes;
    test::SessionCase m_session;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString ficheId() const { return m_session.first.fiche.meta.id.toString(QUuid::WithoutBraces); }
    QString sessionId() const { return m_session.sessionId.toString(QUuid::WithoutBraces); }

    // Every command that writes a file, aimed at `target`.
    QList<QStringList> commandsWriting(const QString &target) const {
        const QString csv = path(QStringLiteral("patients.csv"));
        return {{QStringLiteral("print-fiche"), ficheId(), QStringLiteral("--out"), target},
                {QStringLiteral("export-cda"), ficheId(), QStringLiteral("--out"), target},
                {QStringLiteral("print-session"), sessionId(), QStringLiteral("--combined"), target},
                {QStringLiteral("import-patients"), csv, QStringLiteral("--report"), target}};
    }

    // Runs every writing command at `target`: each must exit 1 with a message, and the database must
    // stay byte-identical with no patient imported.
    void expectRefused(const QString &target, const QString &words) {
        for (const QStringList &args : commandsWriting(target)) {
            const test::CliRun r = test::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
            const QString what = args.join(QLatin1Char(' '));
            QVERIFY2(r.code == 1, qPrintable(what + QStringLiteral(": exit ") + QString::number(r.code)));
            QVERIFY2(r.err.contains(words), qPrintable(what + QStringLiteral(": ") + r.err));
            QVERIFY2(bytesOf(m_db) == m_dbBytes, qPrintable(what + QStringLiteral(": the database changed")));
        }
        const test::CliRun listed =
            test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("list"), QStringLiteral("patients")});
        QCOMPARE(listed.code, 0);
        QVERIFY2(!listed.out.contains(QStringLiteral("NOUVEAU")), qPrintable(listed.out));
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = path(QStringLiteral("x.db"));
        {
            QString error;
            auto db = Database::create(m_db, &error);
            QVERIFY2(db, qPrintable(error));
            m_session = test::saveSessionCase(*db);
        }
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")));
        m_dbBytes = bytesOf(m_db);
        // Encrypted: no SQLite header in clear.
        QVERIFY(m_dbBytes.size() > 4096 && !m_dbBytes.startsWith("SQLite format 3"));
        QFile csv(path(QStringLiteral("patients.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("birth_name;given_names;sex;birth_date\nNOUVEAU;Jean;M;01/02/1960\n");
    }

    void theDatabaseItselfIsRefused() {
        expectRefused(m_db, QStringLiteral("database in use"));
        // Named another way: a relative path with a detour.
        expectRefused(m_dir.path() + QStringLiteral("/./sub/../x.db"), QStringLiteral("database in use"));
    }

    void itsCompanionsAreRefusedEvenWhenAbsent() {
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString companion = m_db + QLatin1String(suffix);
            expectRefused(companion, QStringLiteral("database in use"));
            QVERIFY2(!QFile::exists(companion), suffix);
        }
    }

    void linksToTheDatabaseAreRefused() {
        const QString symlink = path(QStringLiteral("link.pdf"));
        QVERIFY(QFile::link(m_db, symlink));
        expectRefused(symlink, QStringLiteral("database in use"));
        const QString hardlink = path(QStringLiteral("hard.pdf"));
        QCOMPARE(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(hardlink).constData()), 0);
        expectRefused(hardlink, QStringLiteral("database in use"));
        QVERIFY(QFileInfo(symlink).isSymLink());
        QCOMPARE(bytesOf(hardlink), m_dbBytes);
    }

    void foldersAndFifosAreRefused() {
        const QString folder = path(QStringLiteral("folder.pdf"));
        QVERIFY(QDir().mkpath(folder));
        expectRefused(folder, QStringLiteral("is a folder"));
        QVERIFY(QFileInfo(folder).isDir());
        const QString fifo = path(QStringLiteral("pipe.pdf"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        expectRefused(fifo, QStringLiteral("not a regular file"));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &st), 0);
        QVERIFY2(S_ISFIFO(st.st_mode), "the FIFO was replaced");
    }

    void aSessionFolderThatIsAFileIsRefused() {
        const test::CliRun r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-session"),
                                             sessionId(), QStringLiteral("--out"), m_db});
        QCOMPARE(r.code, 1);
        QCOMPARE(bytesOf(m_db), m_dbBytes);
    }

    void aRegularFileIsStillReplacedWhole() {
        const QString out = path(QStringLiteral("fiche.pdf"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        const test::CliRun r = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("print-fiche"),
                                             ficheId(), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(bytesOf(out).startsWith("%PDF"));
    }
};

QTEST_GUILESS_MAIN(TestOutputPaths)
#include "tst_outputpaths.moc"
