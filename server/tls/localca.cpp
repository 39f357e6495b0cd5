// The CA and server certificate through OpenSSL 3's C API (EVP_EC_gen, X509v3 extensions), written as PEM
// files through a temporary file renamed in place, keys created with mode 0600.
#include "server/tls/localca.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QSysInfo>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace concerto::server {

namespace {

using Key = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using Certificate = std::unique_ptr<X509, decltype(&X509_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

constexpr long kDay = 24 * 3600;

Key newKey() {
    return Key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const char *value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

// A certificate for `key` named `commonName`, signed by `issuerKey` (self-signed when `issuer` is null).
Certificate makeCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey,
                            long days, const QList<QPair<int, QByteArray>> &extensions) {
    Certificate certificate(X509_new(), &X509_free);
    X509 *x = certificate.get();
    unsigned char serial[16];
    if (!x || RAND_bytes(serial, sizeof serial) != 1)
        return Certificate(nullptr, &X509_free);
    serial[0] &= 0x7f; // a positive serial number
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    const bool serialSet = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x));
    BN_free(number);
    X509_NAME *name = X509_NAME_new();
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Concerto"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    bool ok = serialSet && X509_set_version(x, 2) == 1 && X509_set_subject_name(x, name) == 1 &&
              X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name) == 1 &&
              X509_gmtime_adj(X509_getm_notBefore(x), -3600) &&
              X509_gmtime_adj(X509_getm_notAfter(x), days * kDay) && X509_set_pubkey(x, key) == 1;
    X509_NAME_free(name);
    for (const auto &[nid, value] : extensions)
        ok = ok && addExtension(x, issuer ? issuer : x, nid, value.constData());
    ok = ok && X509_sign(x, issuerKey, EVP_sha256()) > 0;
    return ok ? std::move(certificate) : Certificate(nullptr, &X509_free);
}

// Writes `pem` to `path` (mode 0600 when `secret`) through a temporary file renamed over it.
bool writeFile(const QString &path, const QByteArray &pem, bool secret) {
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    const auto permissions =
        secret ? (QFile::ReadOwner | QFile::WriteOwner)
               : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!file.setPermissions(permissions) || file.write(pem) != pem.size() || !file.flush()) {
        file.remove();
        return false;
    }
    file.close();
    QFile::remove(path);
    return QFile::rename(temporary, path);
}

QByteArray keyPem(EVP_PKEY *key) {
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray certificatePem(X509 *certificate) {
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!PEM_write_bio_X509(bio.get(), certificate))
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

Key readKey(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Key(nullptr, &EVP_PKEY_free);
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return Key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
}

Certificate readCertificate(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Certificate(nullptr, &X509_free);
    const QByteArray pem = file.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    return Certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), &X509_free);
}

QByteArray subjectAltNames(const QStringList &extraNames) {
    QStringList names = {QStringLiteral("localhost"), QSysInfo::machineHostName()};
    names += extraNames;
    QStringList entries = {QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")};
    for (const QString &name : names) {
        if (name.isEmpty())
            continue;
        const QString entry =
            QHostAddress(name).isNull() ? QStringLiteral("DNS:") + name : QStringLiteral("IP:") + name;
        if (!entries.contains(entry))
            entries.append(entry);
    }
    return entries.join(QLatin1Char(',')).toUtf8();
}

} // namespace

bool ensureServerCertificate(const QString &dataDir, const QStringList &extraNames, ServerCertificate *result,
                             QString *error) {
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("tls")));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        *error = QStringLiteral("cannot make %1").arg(dir.path());
        return false;
    }
    QLockFile lock(dir.filePath(QStringLiteral(".lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(60 * 1000)) {
        *error = QStringLiteral("another concerto-server holds %1")
                     .arg(lock.error() == QLockFile::LockFailedError ? dir.filePath(QStringLiteral(".lock"))
                                                                     : dir.path());
        return false;
    }
    const QString caCertificateFile = dir.filePath(QStringLiteral("ca.pem"));
    const QString caKeyFile = dir.filePath(QStringLiteral("ca.key"));
    result->caCertificateFile = caCertificateFile;
    result->certificateChainFile = dir.filePath(QStringLiteral("server.pem"));
    result->keyFile = dir.filePath(QStringLiteral("server.key"));
    result->madeNow = false;

    const bool haveCaCertificate = QFile::exists(caCertificateFile);
    if (haveCaCertificate != QFile::exists(caKeyFile)) {
        *error = QStringLiteral("%1 holds only half of the CA (ca.pem and ca.key go together); restore the "
                                "missing file or remove the folder to make a new CA")
                     .arg(dir.path());
        return false;
    }
    Key caKey(nullptr, &EVP_PKEY_free);
    Certificate ca(nullptr, &X509_free);
    if (haveCaCertificate) {
        caKey = readKey(caKeyFile);
        ca = readCertificate(caCertificateFile);
        if (!caKey || !ca || X509_check_private_key(ca.get(), caKey.get()) != 1) {
            *error = QStringLiteral("cannot read the CA in %1").arg(dir.path());
            return false;
        }
    } else {
        caKey = newKey();
        const QString name = QStringLiteral("Concerto local CA (%1)").arg(QSysInfo::machineHostName());
        ca = caKey ? makeCertificate(caKey.get(), name, nullptr, caKey.get(), 3650,
                                     {{NID_basic_constraints, "critical,CA:TRUE,pathlen:0"},
                                      {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                      {NID_subject_key_identifier, "hash"}})
                   : Certificate(nullptr, &X509_free);
        if (!ca || !writeFile(caKeyFile, keyPem(caKey.get()), true) ||
            !writeFile(caCertificateFile, certificatePem(ca.get()), false)) {
            *error = QStringLiteral("cannot make the CA in %1").arg(dir.path());
            return false;
        }
        result->madeNow = true;
    }
    if (!result->madeNow && QFile::exists(result->certificateChainFile) && QFile::exists(result->keyFile))
        return true;
    Key key = newKey();
    const Certificate certificate =
        key ? makeCertificate(key.get(), QStringLiteral("localhost"), ca.get(), caKey.get(), 800,
                              {{NID_basic_constraints, "critical,CA:FALSE"},
                               {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                               {NID_ext_key_usage, "serverAuth"},
                               {NID_subject_key_identifier, "hash"},
                               {NID_authority_key_identifier, "keyid:always"},
                               {NID_subject_alt_name, subjectAltNames(extraNames)}})
            : Certificate(nullptr, &X509_free);
    if (!certificate || !writeFile(result->keyFile, keyPem(key.get()), true) ||
        !writeFile(result->certificateChainFile, certificatePem(certificate.get()) + certificatePem(ca.get()),
                   false)) {
        *error = QStringLiteral("cannot make the server certificate in %1").arg(dir.path());
        return false;
    }
    return true;
}

} // namespace concerto::server
