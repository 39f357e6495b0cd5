// Where a document may be written: only over a regular file or as a new file, never over a folder, a
// device, a pipe or a socket, and never over the open database or its SQLite companions (-wal, -shm,
// -journal), compared by device and inode (or by canonical folder and name for a file not there yet).
// Every output of the command line and of the desktop goes through saveOutputFile.
#pragma once

#include <QByteArray>
#include <QString>

namespace concerto::reports {

// Why `path` must not be written, in the user's language, or an empty text when it may.
// `databasePath` (may be empty) is the database in use: it and its companions are refused.
QString outputFileProblem(const QString &path, const QString &databasePath = {});

// Writes `bytes` to `path` atomically (QSaveFile: all of it or, on failure, nothing) after
// outputFileProblem found nothing wrong; `error` says why not.
bool saveOutputFile(const QString &path, const QByteArray &bytes, QString *error,
                    const QString &databasePath = {});

} // namespace concerto::reports
