// The keys of the encrypted database files: 256 random bits each, given to SQLite as a raw key (no
// passphrase, so no key derivation at opening). The store asks the process's key source for the key of
// each file it opens, from any thread (the ReadWorker's connection too). The composition root sets the
// source (app/keysource.h: the system keychain, or a key file); without one, the store reads the key file
// that CONCERTO_KEY_FILE names.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace concerto::keyring {

inline constexpr int kKeyBytes = 32;

// A key, or why there is none (in the user's language).
struct Key {
    QByteArray bytes;
    QString error;
    bool ok() const { return bytes.size() == kKeyBytes; }
};

// Finds the key of the database at `path` (absolute); with `make`, the file is new: makes its key and
// keeps it where it will be found again.
using Source = std::function<Key(const QString &path, bool make)>;

// Replaces the process's key source (the default: the key file of CONCERTO_KEY_FILE).
void setSource(Source source);

// The key of the database at `path`, from the process's key source.
Key keyFor(const QString &path, bool make);

// A new key from the system's random generator.
QByteArray randomKey();

// Reads a key file: 64 hexadecimal characters (a final newline allowed), in a regular file of this user
// that nobody else may read or write (no permission bit for the group or others). Otherwise, why not.
Key readKeyFile(const QString &file);

} // namespace concerto::keyring
