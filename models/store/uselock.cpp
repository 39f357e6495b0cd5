// The lock file of an open database, in $XDG_RUNTIME_DIR (or the temporary folder), named after a hash
// of the database's canonical path so that two spellings of one file share it.
#include "models/store/uselock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace concerto {

namespace {

QString lockPath(const QString &databasePath) {
    const QFileInfo info(databasePath);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return folder + QStringLiteral("/concerto-") + QString::fromLatin1(hash) + QStringLiteral(".lock");
}

} // namespace

DatabaseUseLock::DatabaseUseLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(lockPath(databasePath))) {
    m_lock->setStaleLockTime(0); // never stale by age: only when its process is gone
    if (m_lock->tryLock(0))
        return;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->getLockInfo(&pid, &host, &application))
        m_otherPid = pid > 0 ? pid : -1;
}

} // namespace concerto
