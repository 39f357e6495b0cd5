// cpp-httplib (Debian's, with OpenSSL) under our handler: one catch-all route per method, the library's
// own errors (400, 413…) given a JSON body, exceptions turned into 500 without their text.
#include "server/http/httpslistener.h"

#include <httplib.h>
#include <openssl/ssl.h>

namespace concerto::server {

struct HttpsListener::Impl {
    std::unique_ptr<httplib::SSLServer> server;
    bool valid = false;
};

namespace {

void answer(const HttpResponse &from, httplib::Response &to) {
    to.status = from.status;
    for (const auto &[name, value] : from.headers)
        to.set_header(name.toStdString(), value.toStdString());
    to.set_content(from.body.toStdString(), from.contentType.toStdString());
}

QByteArray reasonOf(int status) {
    switch (status) {
    case 400:
        return QByteArrayLiteral("malformed request");
    case 413:
        return QByteArrayLiteral("the request body is too large");
    case 404:
        return QByteArrayLiteral("no such endpoint");
    default:
        return QByteArrayLiteral("request refused");
    }
}

} // namespace

HttpsListener::HttpsListener(const QString &certificateFile, const QString &keyFile, ListenerLimits limits,
                             RequestHandler handler)
    : m_impl(std::make_unique<Impl>()) {
    const std::string certificate = certificateFile.toStdString();
    const std::string key = keyFile.toStdString();
    bool loaded = false;
    m_impl->server = std::make_unique<httplib::SSLServer>([&](SSL_CTX &context) {
        SSL_CTX_set_min_proto_version(&context, TLS1_2_VERSION);
        SSL_CTX_set_options(&context, SSL_OP_NO_COMPRESSION | SSL_OP_NO_RENEGOTIATION);
        loaded = SSL_CTX_use_certificate_chain_file(&context, certificate.c_str()) == 1 &&
                 SSL_CTX_use_PrivateKey_file(&context, key.c_str(), SSL_FILETYPE_PEM) == 1 &&
                 SSL_CTX_check_private_key(&context) == 1;
        return loaded;
    });
    m_impl->valid = loaded && m_impl->server->is_valid();
    httplib::SSLServer &server = *m_impl->server;
    server.set_payload_max_length(size_t(limits.maxBodyBytes));
    server.set_read_timeout(limits.readTimeoutSeconds, 0);
    server.set_write_timeout(limits.writeTimeoutSeconds, 0);
    server.set_keep_alive_timeout(limits.keepAliveSeconds);
    server.set_keep_alive_max_count(size_t(limits.keepAliveRequests));
    server.set_tcp_nodelay(true); // an answer's header and body leave at once, not 40 ms apart (Nagle)
    const auto route = [handler](const httplib::Request &in, httplib::Response &out) {
        HttpRequest request;
        request.method = QByteArray::fromStdString(in.method);
        request.path = QString::fromStdString(in.path);
        for (const auto &[name, value] : in.headers)
            request.headers.insert(QByteArray::fromStdString(name).toLower(),
                                   QByteArray::fromStdString(value));
        for (const auto &[name, value] : in.params)
            request.query.insert(QString::fromStdString(name), QString::fromStdString(value));
        request.body = QByteArray::fromStdString(in.body);
        request.remoteAddress = QString::fromStdString(in.remote_addr);
        answer(handler(request), out);
    };
    const char *everything = R"(/.*)";
    server.Get(everything, route);
    server.Post(everything, route);
    server.Put(everything, route);
    server.Patch(everything, route);
    server.Delete(everything, route);
    server.set_error_handler([](const httplib::Request &, httplib::Response &out) {
        if (!out.body.empty())
            return;
        answer(HttpResponse::error(out.status, QString::number(out.status),
                                   QString::fromLatin1(reasonOf(out.status))),
               out);
    });
    server.set_exception_handler([](const httplib::Request &, httplib::Response &out, std::exception_ptr) {
        answer(HttpResponse::error(500, QStringLiteral("internal"), QStringLiteral("internal error")), out);
    });
}

HttpsListener::~HttpsListener() = default;

bool HttpsListener::isValid() const {
    return m_impl->valid;
}

int HttpsListener::bind(const QString &address, int port) {
    if (!m_impl->valid)
        return -1;
    const std::string host = address.toStdString();
    if (port == 0)
        return m_impl->server->bind_to_any_port(host);
    return m_impl->server->bind_to_port(host, port) ? port : -1;
}

bool HttpsListener::serve() {
    return m_impl->server->listen_after_bind();
}

bool HttpsListener::isRunning() const {
    return m_impl->server->is_running();
}

void HttpsListener::stop() {
    m_impl->server->stop();
}

} // namespace concerto::server
