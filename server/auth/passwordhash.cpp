// PBKDF2-SHA256 through OpenSSL (PKCS5_PBKDF2_HMAC), salt from RAND_bytes, CRYPTO_memcmp to compare.
#include "server/auth/passwordhash.h"

#include <QList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace concerto::server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
const QByteArray kScheme = QByteArrayLiteral("pbkdf2-sha256");

QByteArray derive(const QByteArray &password, const QByteArray &salt, int iterations) {
    QByteArray key(kKeyBytes, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), kKeyBytes,
                          reinterpret_cast<unsigned char *>(key.data())) != 1)
        return {};
    return key;
}

} // namespace

QByteArray hashPassword(const QString &password, int iterations) {
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return {};
    const QByteArray key = derive(password.toUtf8(), salt, iterations);
    if (key.isEmpty())
        return {};
    return kScheme + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' + key.toBase64();
}

bool verifyPassword(const QString &password, const QByteArray &stored) {
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    const QByteArray key = derive(password.toUtf8(), salt, iterations);
    if (key.isEmpty() || expected.size() != key.size())
        return false;
    return CRYPTO_memcmp(key.constData(), expected.constData(), size_t(key.size())) == 0;
}

} // namespace concerto::server
