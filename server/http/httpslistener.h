// The HTTPS listener: cpp-httplib's SSLServer behind our request -> response handler. TLS 1.2 or newer
// only, the certificate chain and key from files, a body-size limit (413 beyond it), read, write and
// keep-alive timeouts. Plain HTTP on the port gets no answer (the TLS handshake fails).
#pragma once

#include "server/http/httpmessage.h"

#include <QString>
#include <memory>

namespace concerto::server {

struct ListenerLimits {
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int readTimeoutSeconds = 10;
    int writeTimeoutSeconds = 10;
    int keepAliveSeconds = 5;
    int keepAliveRequests = 100; // requests on one connection before it is closed
};

class HttpsListener final {
public:
    HttpsListener(const QString &certificateFile, const QString &keyFile, ListenerLimits limits,
                  RequestHandler handler);
    ~HttpsListener();
    HttpsListener(const HttpsListener &) = delete;
    HttpsListener &operator=(const HttpsListener &) = delete;

    // Whether the certificate and key could be loaded.
    bool isValid() const;
    // Binds `address`:`port` (port 0: any free one); the bound port, or -1.
    int bind(const QString &address, int port);
    // Serves until stop(), on the library's thread pool; blocks the calling thread.
    bool serve();
    // Whether serve() is answering. Safe from another thread.
    bool isRunning() const;
    // Safe from another thread; does nothing before serve() runs (wait for isRunning()).
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace concerto::server
