// ReadWorker: a QThread running an event loop; each read is a functor queued to a context object living
// there, each answer a functor queued back to the worker object on its own thread.
#include "models/store/readworker.h"

#include <QSqlQuery>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace concerto {

void lowerThisThreadPriority() {
#ifdef Q_OS_LINUX
    // On Linux the nice value is per thread; `who` 0 is the calling thread. Failing is harmless.
    setpriority(PRIO_PROCESS, 0, 10);
#endif
}

ReadWorker::ReadWorker(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_context(new QObject) {
    m_thread.setObjectName(QStringLiteral("concerto-read"));
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority); // has no effect on Linux: hence the nice value below
    QMetaObject::invokeMethod(m_context, [] { lowerThisThreadPriority(); });
}

ReadWorker::~ReadWorker() {
    // Closes the connection in the thread that opened it, after the reads already queued.
    QMetaObject::invokeMethod(m_context, [this] {
        m_db.reset();
        m_thread.quit();
    });
    m_thread.wait();
    delete m_context; // its thread has ended
    // Answers posted to this object and not delivered yet are dropped with it.
}

void ReadWorker::post(std::function<void(Database *, const QString &)> job) {
    ++m_pending;
    QMetaObject::invokeMethod(m_context, [this, job = std::move(job)] {
        if (!m_db) { // opened again at the next read when it failed
            m_openError.clear();
            m_db = Database::open(m_path, &m_openError);
            if (m_db) // a reader keeps a small cache: the window's connection keeps the large one
                QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA cache_size=-16384"));
        }
        job(m_db.get(), m_openError);
    });
}

void ReadWorker::deliver(std::function<void()> answer) {
    QMetaObject::invokeMethod(
        this,
        [this, answer = std::move(answer)] {
            --m_pending;
            answer();
        },
        Qt::QueuedConnection);
}

} // namespace concerto
