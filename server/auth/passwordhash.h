// Passwords as the server keeps them: PBKDF2-SHA256 with a random 16-byte salt and at least 600,000
// iterations (OWASP 2023), written "pbkdf2-sha256$ITERATIONS$SALT$HASH" (base64), checked in constant time.
#pragma once

#include <QByteArray>
#include <QString>

namespace concerto::server {

inline constexpr int kPasswordIterations = 600000;
// A password shorter than this is refused by the admin commands.
inline constexpr int kMinimumPasswordLength = 12;

// The stored form of `password`, with a fresh random salt; empty if OpenSSL failed.
QByteArray hashPassword(const QString &password, int iterations = kPasswordIterations);
// Whether `password` matches the stored form `stored` (false for a malformed one); the comparison of
// the derived keys takes the same time wherever they differ.
bool verifyPassword(const QString &password, const QByteArray &stored);

} // namespace concerto::server
