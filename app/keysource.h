// Where the desktop and concerto-cli find the key of a database (models/store/keyring.h): the key file
// named by --key-file, else by CONCERTO_KEY_FILE (a machine without a keychain: CI, a headless server),
// else the system keychain (QtKeychain: the Secret Service or KWallet), one entry per database, named by
// its canonical path, made at init.
#pragma once

#include <QString>

namespace concerto::app {

// Sets the process's key source before any database is opened; `keyFile` comes from --key-file (empty
// when not given).
void installKeySource(const QString &keyFile);

} // namespace concerto::app
