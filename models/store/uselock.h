// Whether another Concerto process has the same database open: a lock file in the user's runtime
// folder, named after the database's full path. SQLite keeps both processes' writes whole; the lock is
// only there to tell the user, who may otherwise edit the same case in two windows.
#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace concerto {

class DatabaseUseLock {
public:
    // Takes the lock for `databasePath` when nobody holds it. A lock left by a killed process is taken over.
    explicit DatabaseUseLock(const QString &databasePath);

    bool heldElsewhere() const { return m_otherPid != 0; }
    qint64 otherPid() const { return m_otherPid; } // the process that has the file open, 0 when none

private:
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_otherPid = 0;
};

} // namespace concerto
