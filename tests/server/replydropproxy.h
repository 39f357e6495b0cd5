// A TCP proxy for the fault tests: it forwards each connection to the server byte for byte (TLS passes
// through it untouched: the client still checks the server's certificate), and, once armed, drops the
// server's reply on the first connection whose client has sent more than a given number of bytes (a push,
// not the small sign-in before it): the request reached the server whole, its answer never reaches the
// client, whose connection is cut. It runs on a thread of its own, so the test may block meanwhile.
#pragma once

#include <QThread>
#include <atomic>

namespace concerto::test {

class ProxyWorker;

class ReplyDropProxy final {
public:
    // Listens on 127.0.0.1 (any free port) and forwards to 127.0.0.1:`serverPort`.
    explicit ReplyDropProxy(int serverPort);
    ~ReplyDropProxy();
    ReplyDropProxy(const ReplyDropProxy &) = delete;
    ReplyDropProxy &operator=(const ReplyDropProxy &) = delete;

    int port() const { return m_port; }
    // Drops one reply: the first on a connection whose client sent more than `clientBytes`.
    void dropOneReplyAfter(qint64 clientBytes) { m_threshold = clientBytes; }
    // How many replies were dropped.
    int dropped() const { return m_dropped; }

private:
    friend class ProxyWorker;
    QThread m_thread;
    ProxyWorker *m_worker = nullptr;
    int m_port = -1;
    std::atomic<qint64> m_threshold{-1};
    std::atomic<int> m_dropped{0};
};

} // namespace concerto::test
