// The checks made before a document is written, and the atomic write itself (reports/outputfile.h).
#include "reports/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace concerto::reports {

namespace {

// The file a write to `path` reaches: QSaveFile follows symbolic links to their target.
QString finalTarget(const QString &path) {
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

// The path as its folder's canonical path and its own name (the file need not exist; its folder may
// not either, in which case the absolute path is used).
QString canonicalName(const QString &path) {
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

} // namespace

QString outputFileProblem(const QString &path, const QString &databasePath) {
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return QCoreApplication::translate("Reports", "No file name was given to write to.");
    const QString target = finalTarget(path);
    struct stat out {};
    const bool exists = ::stat(QFile::encodeName(target).constData(), &out) == 0;
    if (exists && S_ISDIR(out.st_mode))
        return QCoreApplication::translate("Reports", "%1 is a folder: give the name of a file to write.")
            .arg(shown);
    if (exists && !S_ISREG(out.st_mode))
        return QCoreApplication::translate(
                   "Reports",
                   "%1 is not a regular file (a device, a pipe or a socket): nothing was written to it.")
            .arg(shown);
    if (databasePath.isEmpty())
        return {};
    const QString targetName = canonicalName(target);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString companion = finalTarget(databasePath + QLatin1String(suffix));
        struct stat kept {};
        const bool sameFile = exists && ::stat(QFile::encodeName(companion).constData(), &kept) == 0 &&
                              kept.st_dev == out.st_dev && kept.st_ino == out.st_ino;
        if (sameFile || canonicalName(companion) == targetName)
            return QCoreApplication::translate(
                       "Reports",
                       "%1 is the database in use (or one of its SQLite files): it is never written over.")
                .arg(shown);
    }
    return {};
}

bool saveOutputFile(const QString &path, const QByteArray &bytes, QString *error,
                    const QString &databasePath) {
    if (const QString problem = outputFileProblem(path, databasePath); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Reports", "The file %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace concerto::reports
