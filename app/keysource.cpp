// The key source of the executables: a key file, or the system keychain, whose answers are remembered
// for the life of the process (the ReadWorker's connection asks again for the same file).
#include "app/keysource.h"
#include "models/store/keyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <map>
#include <qt6keychain/keychain.h>

namespace concerto::app {

namespace {

const QString kService = QStringLiteral("Concerto database keys");

// Runs a keychain job to its end (a local event loop: the keychain answers over D-Bus).
void run(QKeychain::Job &job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString noKeychain(const QString &path, const QString &why) {
    return QCoreApplication::translate(
               "Keyring",
               "%1 needs its key, and no system keychain answered to find or keep it (%2). On a machine "
               "without a keychain, name a key file with --key-file FILE or CONCERTO_KEY_FILE (64 "
               "hexadecimal characters, readable by its owner only).")
        .arg(QDir::toNativeSeparators(path), why);
}

keyring::Key fromKeychain(const QString &path, bool make) {
    static std::map<QString, QByteArray> known;
    // Named by the file's canonical folder and its name, made and found alike: a new file does not exist
    // yet, and a folder reached through a symbolic link must give the same entry when it does.
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString account = (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
    if (const auto found = known.find(account); found != known.end())
        return {found->second, {}};
    QKeychain::ReadPasswordJob read(kService);
    read.setKey(account);
    run(read);
    if (read.error() == QKeychain::NoError) {
        const QByteArray key = QByteArray::fromHex(read.textData().toLatin1());
        if (key.size() != keyring::kKeyBytes)
            return {{},
                    QCoreApplication::translate("Keyring", "The system keychain's entry for %1 holds no key.")
                        .arg(QDir::toNativeSeparators(path))};
        known[account] = key;
        return {key, {}};
    }
    if (read.error() != QKeychain::EntryNotFound)
        return {{}, noKeychain(path, read.errorString())};
    if (!make)
        return {{},
                QCoreApplication::translate(
                    "Keyring",
                    "%1 needs its key, and the system keychain holds none for it (give its key file with "
                    "--key-file FILE if it was made with one).")
                    .arg(QDir::toNativeSeparators(path))};
    const QByteArray key = keyring::randomKey();
    QKeychain::WritePasswordJob write(kService);
    write.setKey(account);
    write.setTextData(QString::fromLatin1(key.toHex()));
    run(write);
    if (write.error() != QKeychain::NoError)
        return {{}, noKeychain(path, write.errorString())};
    known[account] = key;
    return {key, {}};
}

} // namespace

void installKeySource(const QString &keyFile) {
    const QString file = !keyFile.isEmpty() ? keyFile : qEnvironmentVariable("CONCERTO_KEY_FILE");
    if (!file.isEmpty()) {
        keyring::setSource([file](const QString &, bool) { return keyring::readKeyFile(file); });
        return;
    }
    keyring::setSource(fromKeychain);
}

} // namespace concerto::app
