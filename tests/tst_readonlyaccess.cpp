// Read-only access leaves nothing behind: a file without write permission, or in a folder closed to
// writing, is listed (exit 0) and left byte-identical with no -wal or -shm beside it (they used to be
// left behind, owned by the reader, and the owner's next write failed; in a closed folder even `list`
// failed); a write is refused in words. While the owner has the file open, the reader reads through
// the owner's log and sees the owner's last commit.
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace concerto;

namespace {

QByteArray bytesOf(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QFile::Permissions kReadOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
const QFile::Permissions kFolderReadOnly = kReadOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
const QFile::Permissions kFolderOpen = kFolderReadOnly | QFile::WriteOwner;

void expectNothingBeside(const QString &file) {
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFile::exists(file + QLatin1String(suffix)),
                 qPrintable(QStringLiteral("left behind: %1%2").arg(file, QLatin1String(suffix))));
}

} // namespace

class TestReadOnlyAccess : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeDatabase(const QString &folder) {
        QDir().mkpath(folder);
        const QString file = QDir(folder).filePath(QStringLiteral("concerto.db"));
        auto db = Database::create(file);
        if (db)
            test::saveSampleCase(*db);
        return file;
    }

    // `list patients` works and a write is refused; the file keeps its bytes and nothing is left beside.
    void readWithoutTrace(const QString &file) {
        const QByteArray before = bytesOf(file);
        {
            QString error;
            auto db = Database::open(file, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(db->isReadOnly());
            QCOMPARE(READ(PatientRepository(*db).all()).size(), std::size_t(1));
        }
        expectNothingBeside(file);
        const test::CliRun list =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), file});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
        expectNothingBeside(file);
        const test::CliRun demo = test::runCli({QStringLiteral("demo"), QStringLiteral("--patients"),
                                                QStringLiteral("5"), QStringLiteral("--db"), file});
        QCOMPARE(demo.code, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("read-only")), qPrintable(demo.err));
        expectNothingBeside(file);
        QVERIFY(bytesOf(file) == before);
    }

private Q_SLOTS:
    void aFileWithoutWritePermissionLeavesNothingBehind() {
        const QString file = makeDatabase(m_dir.filePath(QStringLiteral("file")));
        expectNothingBeside(file);
        QVERIFY(QFile::setPermissions(file, kReadOnly));
        readWithoutTrace(file);
        QFile::setPermissions(file, kReadOnly | QFile::WriteOwner);
        // The owner writes again afterwards.
        auto db = Database::open(file);
        QVERIFY(db && !db->isReadOnly());
        QVERIFY(!test::saveSampleCase(*db).meta.id.isNull());
        QCOMPARE(READ(PatientRepository(*db).all()).size(), std::size_t(2));
    }

    void aFolderClosedToWritingIsStillRead() {
        const QString folder = m_dir.filePath(QStringLiteral("closed"));
        const QString file = makeDatabase(folder);
        QVERIFY(QFile::setPermissions(folder, kFolderReadOnly));
        readWithoutTrace(file);
        QFile::setPermissions(folder, kFolderOpen);
    }

    void whileTheOwnerWritesTheReaderSeesTheLog() {
        const QString file = makeDatabase(m_dir.filePath(QStringLiteral("busy")));
        auto owner = Database::open(file);
        QVERIFY(owner);
        test::saveSampleCase(*owner); // committed into the owner's write-ahead log
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        QVERIFY(QFile::setPermissions(file, kReadOnly));
        const test::CliRun list =
            test::runCli({QStringLiteral("list"), QStringLiteral("patients"), QStringLiteral("--db"), file});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 2);
        QFile::setPermissions(file, kReadOnly | QFile::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyAccess)
#include "tst_readonlyaccess.moc"
