// ReadWorker: reads run on a thread of their own with their own connection, in order; answers come
// back on the owner's thread as events; a worker destroyed with reads pending never answers them; a file
// it cannot open is each read's error, and it opens the file once it is there again.
#include "models/store/readworker.h"
#include "models/store/repositories.h"
#include "tests/support/fixtures.h"

#include <QtTest>

using namespace concerto;

namespace {

// A read that says which thread it ran on and what it saw.
StoreRead<QString> patientCount(Database &db, QThread **ranOn) {
    *ranOn = QThread::currentThread();
    const StoreRead<int> n = PatientRepository(db).count();
    return n.ok() ? StoreRead<QString>::success(QString::number(*n)) : StoreRead<QString>::failure(n.error);
}

} // namespace

class TestReadWorker : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void readsRunElsewhereAndAnswerHereInOrder() {
        auto db = Database::create(m_dir.filePath(QStringLiteral("order.db")));
        QVERIFY(db);
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*db).save(p).ok);
        ReadWorker worker(db->path());
        QThread *ranOn = nullptr;
        QStringList answers;
        QList<QThread *> answeredOn;
        for (int i = 0; i < 3; ++i)
            worker.read<QString>([&ranOn](Database &d) { return patientCount(d, &ranOn); },
                                 [&, i](StoreRead<QString> &r) {
                                     answers << QStringLiteral("%1:%2").arg(i).arg(r.ok() ? *r : r.error);
                                     answeredOn << QThread::currentThread();
                                 });
        // Nothing is answered inside the caller's own code: only from the event loop.
        QCOMPARE(answers.size(), 0);
        QCOMPARE(worker.pending(), 3);
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(answers, QStringList({QStringLiteral("0:1"), QStringLiteral("1:1"), QStringLiteral("2:1")}));
        QVERIFY(ranOn != nullptr && ranOn != QThread::currentThread());
        for (QThread *t : answeredOn)
            QCOMPARE(t, QThread::currentThread());
        QCOMPARE(worker.pending(), 0);
    }

    void aCommittedWriteIsSeenByTheNextRead() {
        auto db = Database::create(m_dir.filePath(QStringLiteral("seen.db")));
        QVERIFY(db);
        ReadWorker worker(db->path());
        QThread *ranOn = nullptr;
        QString answer;
        const auto ask = [&] {
            answer.clear();
            worker.read<QString>([&ranOn](Database &d) { return patientCount(d, &ranOn); },
                                 [&](StoreRead<QString> &r) { answer = r.ok() ? *r : r.error; });
            return QTest::qWaitFor([&] { return !answer.isEmpty(); }, 10000);
        };
        QVERIFY(ask());
        QCOMPARE(answer, QStringLiteral("0"));
        Patient p = test::samplePatient();
        QVERIFY(PatientRepository(*db).save(p).ok);
        QVERIFY(ask());
        QCOMPARE(answer, QStringLiteral("1"));
    }

    void aDestroyedWorkerNeverAnswers() {
        auto db = Database::create(m_dir.filePath(QStringLiteral("gone.db")));
        QVERIFY(db);
        int answered = 0;
        {
            ReadWorker worker(db->path());
            for (int i = 0; i < 5; ++i)
                worker.read<int>(
                    [](Database &) {
                        QThread::msleep(20);
                        return StoreRead<int>::success(1);
                    },
                    [&answered](StoreRead<int> &) { ++answered; });
        } // waits for the running read; the answers posted are dropped with the worker
        QCoreApplication::processEvents();
        QCOMPARE(answered, 0);
    }

    void aReadOnlyFileIsRead() {
        const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
        {
            auto db = Database::create(path);
            QVERIFY(db);
            Patient p = test::samplePatient();
            QVERIFY(PatientRepository(*db).save(p).ok);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        {
            ReadWorker worker(path);
            QThread *ranOn = nullptr;
            QString answer;
            worker.read<QString>([&ranOn](Database &d) { return patientCount(d, &ranOn); },
                                 [&](StoreRead<QString> &r) { answer = r.ok() ? *r : r.error; });
            QTRY_VERIFY(!answer.isEmpty());
            QCOMPARE(answer, QStringLiteral("1"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // a reader leaves the file as it was
    }

    void aFileItCannotOpenIsEachReadsError() {
        const QString path = m_dir.filePath(QStringLiteral("later.db"));
        ReadWorker worker(path);
        QString error;
        bool done = false;
        const auto ask = [&] {
            done = false;
            worker.read<int>([](Database &) { return StoreRead<int>::success(7); },
                             [&](StoreRead<int> &r) {
                                 error = r.error;
                                 done = true;
                             });
            return QTest::qWaitFor([&] { return done; }, 10000);
        };
        QVERIFY(ask());
        QVERIFY2(!error.isEmpty(), "a missing file must be an error, not an answer");
        QVERIFY(Database::create(path)); // the file is there now: the next read opens it
        QVERIFY(ask());
        QCOMPARE(error, QString());
    }
};

QTEST_MAIN(TestReadWorker)
#include "tst_readworker.moc"
