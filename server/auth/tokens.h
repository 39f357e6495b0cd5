// Bearer tokens: 256 random bits, given to the client once (base64url) and kept by the server only as
// their SHA-256 (hex), so that a copy of the database signs no one in.
#pragma once

#include <QByteArray>

namespace concerto::server {

// A new token as the client sees it (43 base64url characters); empty if OpenSSL's generator failed.
QByteArray newToken();
// What the database keeps of a token: its SHA-256, in hex.
QByteArray tokenDigest(const QByteArray &token);

} // namespace concerto::server
