// The embedded server's own certificate authority: on first start, a CA (EC P-256, ten years) and a
// server certificate it signs (localhost, 127.0.0.1, ::1, the machine's host name and any names given;
// about two years) are made under DIR/tls with OpenSSL's C API; later starts reuse them. The CA
// certificate (ca.pem) is the file a desktop is told to trust; the private keys are written 0600.
#pragma once

#include <QString>
#include <QStringList>

namespace concerto::server {

struct ServerCertificate {
    QString caCertificateFile;    // DIR/tls/ca.pem
    QString certificateChainFile; // DIR/tls/server.pem: the server certificate, then the CA
    QString keyFile;              // DIR/tls/server.key
    bool madeNow = false;         // whether this start made the CA
};

// Makes or reuses the CA and server certificate under `dataDir`/tls (one process at a time: a lock file
// keeps two first starts from making two CAs). Returns false with `error` when they cannot be made or
// read (an incomplete pair is refused, never overwritten).
bool ensureServerCertificate(const QString &dataDir, const QStringList &extraNames, ServerCertificate *result,
                             QString *error);

} // namespace concerto::server
