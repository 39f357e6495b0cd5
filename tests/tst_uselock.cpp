// A second Concerto process on the same database is told so: the lock is seen from another process,
// under another spelling of the path, and is taken over once the holder was killed.
#include "models/store/uselock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>

using namespace concerto;

class TestUseLock : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // A child process (this executable in holder mode) that holds the lock of `path` until killed.
    static std::unique_ptr<QProcess> holder(const QString &path) {
        auto child = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONCERTO_HOLD_LOCK"), path);
        child->setProcessEnvironment(env);
        child->start(QCoreApplication::applicationFilePath(), {});
        if (!child->waitForStarted() || !child->waitForReadyRead(10000) ||
            !child->readAllStandardOutput().startsWith("held"))
            return nullptr;
        return child;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QStringLiteral("run")).toUtf8());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
        QVERIFY(QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QFile f(file("a.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(QDir().mkpath(file("sub")));
    }

    void freeFileIsNotHeld() {
        const DatabaseUseLock lock(file("a.db"));
        QVERIFY(!lock.heldElsewhere());
        QCOMPARE(lock.otherPid(), 0);
    }

    void seenFromAnotherProcessUnderAnySpelling() {
        const auto child = holder(file("a.db"));
        QVERIFY(child);
        const DatabaseUseLock same(file("a.db"));
        QVERIFY(same.heldElsewhere());
        QCOMPARE(same.otherPid(), child->processId());
        const DatabaseUseLock otherSpelling(m_dir.path() + QStringLiteral("/sub/../a.db"));
        QVERIFY(otherSpelling.heldElsewhere());
        const DatabaseUseLock otherFile(file("b.db"));
        QVERIFY(!otherFile.heldElsewhere());
        child->kill();
        child->waitForFinished();
    }

    void killedHolderLeavesNoLock() {
        const auto child = holder(file("a.db"));
        QVERIFY(child);
        child->kill(); // SIGKILL: the lock file stays on disk, its process is gone
        QVERIFY(child->waitForFinished());
        const DatabaseUseLock lock(file("a.db"));
        QVERIFY(!lock.heldElsewhere());
    }
};

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QString held = qEnvironmentVariable("CONCERTO_HOLD_LOCK");
    if (!held.isEmpty()) {
        const DatabaseUseLock lock(held);
        std::printf(lock.heldElsewhere() ? "busy\n" : "held\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    TestUseLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uselock.moc"
