// The proxy's connections: client and server sockets paired on the proxy's thread.
#include "replydropproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace concerto::test {

class ProxyWorker final : public QObject {
public:
    ProxyWorker(ReplyDropProxy &proxy, int serverPort)
        : m_proxy(proxy)
        , m_serverPort(serverPort) {}

    int listen() {
        m_listener = new QTcpServer(this);
        if (!m_listener->listen(QHostAddress::LocalHost, 0))
            return -1;
        connect(m_listener, &QTcpServer::newConnection, this, &ProxyWorker::accept);
        return m_listener->serverPort();
    }

private:
    void accept() {
        while (QTcpSocket *client = m_listener->nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            server->connectToHost(QHostAddress::LocalHost, quint16(m_serverPort));
            if (!server->waitForConnected(5000)) {
                client->abort();
                client->deleteLater();
                continue;
            }
            auto sent = std::make_shared<qint64>(0);
            auto dropping = std::make_shared<bool>(false);
            connect(client, &QTcpSocket::readyRead, server, [this, client, server, sent, dropping] {
                const QByteArray data = client->readAll();
                *sent += data.size();
                server->write(data);
                qint64 threshold = m_proxy.m_threshold.load();
                if (!*dropping && threshold >= 0 && *sent > threshold &&
                    m_proxy.m_threshold.compare_exchange_strong(threshold, -1))
                    *dropping = true; // this connection's next answer is the one to lose
            });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server, dropping] {
                const QByteArray data = server->readAll();
                if (!*dropping) {
                    client->write(data);
                    return;
                }
                ++m_proxy.m_dropped;
                client->abort();
                server->abort();
            });
            connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
            connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    ReplyDropProxy &m_proxy;
    int m_serverPort;
    QTcpServer *m_listener = nullptr;
};

ReplyDropProxy::ReplyDropProxy(int serverPort) {
    m_worker = new ProxyWorker(*this, serverPort);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

ReplyDropProxy::~ReplyDropProxy() {
    m_thread.quit();
    m_thread.wait();
}

} // namespace concerto::test
