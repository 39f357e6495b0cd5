// The process's key source, the default one (CONCERTO_KEY_FILE), and the reading of key files.
#include "models/store/keyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>

#include <algorithm>
#include <cctype>

#include <unistd.h>

namespace concerto::keyring {

namespace {

Key fromEnvironment(const QString &path, bool) {
    const QString file = qEnvironmentVariable("CONCERTO_KEY_FILE");
    if (!file.isEmpty())
        return readKeyFile(file);
    return {{},
            QCoreApplication::translate(
                "Keyring",
                "%1 needs its key, and none was given: on a machine without a system keychain, name a key "
                "file with --key-file FILE or CONCERTO_KEY_FILE (64 hexadecimal characters, readable by its "
                "owner only).")
                .arg(QDir::toNativeSeparators(path))};
}

QMutex &sourceMutex() {
    static QMutex mutex;
    return mutex;
}

Source &currentSource() {
    static Source source = fromEnvironment;
    return source;
}

} // namespace

void setSource(Source source) {
    const QMutexLocker lock(&sourceMutex());
    currentSource() = source ? std::move(source) : Source(fromEnvironment);
}

Key keyFor(const QString &path, bool make) {
    // One lookup at a time: a keychain is asked once per file, then the source remembers.
    const QMutexLocker lock(&sourceMutex());
    return currentSource()(path, make);
}

QByteArray randomKey() {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), kKeyBytes / 4);
    return key;
}

Key readKeyFile(const QString &file) {
    const QString shown = QDir::toNativeSeparators(file);
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile())
        return {{}, QCoreApplication::translate("Keyring", "The key file %1 does not exist.").arg(shown)};
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if ((info.permissions() & others) || info.ownerId() != uint(::getuid()))
        return {{},
                QCoreApplication::translate(
                    "Keyring",
                    "The key file %1 may be read by other users than you: it was not used. Make it yours "
                    "and private (chmod 600).")
                    .arg(shown)};
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, QCoreApplication::translate("Keyring", "The key file %1 cannot be read.").arg(shown)};
    const QByteArray text = f.read(200).trimmed();
    const bool hex = text.size() == 2 * kKeyBytes &&
                     std::all_of(text.begin(), text.end(), [](char c) { return std::isxdigit(uchar(c)); });
    if (!hex)
        return {{},
                QCoreApplication::translate(
                    "Keyring", "The key file %1 does not hold a key: it must hold 64 hexadecimal characters.")
                    .arg(shown)};
    return {QByteArray::fromHex(text), {}};
}

} // namespace concerto::keyring
