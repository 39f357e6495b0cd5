// Random tokens from OpenSSL's RAND_bytes and their SHA-256 digests.
#include "server/auth/tokens.h"

#include <QCryptographicHash>
#include <openssl/rand.h>

namespace concerto::server {

QByteArray newToken() {
    QByteArray bytes(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
        return {};
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenDigest(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

} // namespace concerto::server
