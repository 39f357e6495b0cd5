// A reader on a thread of its own, with its own connection to the database file, for the reads that
// would hold the window up (a month's completeness, a period's cases on a large network). Reads run one
// at a time, in the order asked. Each answer comes back as an event on the thread that made the worker,
// so never inside the caller's own code; the answers of a worker destroyed meanwhile are dropped. The
// connection is opened at the first read (a file that cannot be opened is each read's error) and closed
// in the worker's thread. The file is in WAL mode: a read sees what was committed before it started.
#pragma once

#include "models/store/database.h"
#include "models/store/storeresult.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace concerto {

// Lowers the calling thread's scheduling priority (on Linux, its own nice value): on a busy machine the
// window's thread is then served first. For the threads that read in the background.
void lowerThisThreadPriority();

class ReadWorker final : public QObject {
    Q_OBJECT
public:
    explicit ReadWorker(QString path, QObject *parent = nullptr);
    ~ReadWorker() override; // waits for the running read

    // Runs `read` on the worker's connection, then `answer` with its result on this object's thread.
    template <typename T>
    void read(std::function<StoreRead<T>(Database &)> read, std::function<void(StoreRead<T> &)> answer) {
        post([this, read = std::move(read), answer = std::move(answer)](Database *db, const QString &error) {
            auto result = std::make_shared<StoreRead<T>>(db ? read(*db) : StoreRead<T>::failure(error));
            deliver([answer, result] { answer(*result); });
        });
    }

    // Reads asked and not answered yet.
    int pending() const { return m_pending; }

private:
    void post(std::function<void(Database *, const QString &)> job);
    void deliver(std::function<void()> answer);

    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr;   // lives in m_thread: the jobs are its events
    std::unique_ptr<Database> m_db; // opened, used and closed in m_thread only
    QString m_openError;
    int m_pending = 0; // on the owner's thread
};

} // namespace concerto
