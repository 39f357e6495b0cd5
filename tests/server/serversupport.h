// Helpers of the server's tests: the real concerto-server started on a free loopback port over a
// temporary data folder (its data on SQLite, or on PostgreSQL in the `*_postgresql` runs), an HTTPS
// client that trusts only the CA it was given (or the system's), the admin commands run as a script
// would, and a look into the server's database.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <QVariant>
#include <memory>

namespace concerto::test {

inline const QByteArray kTestPassword = QByteArrayLiteral("correct horse battery staple");

// One concerto-server process; stopped (SIGTERM, then killed) when destroyed.
class ServerProcess final {
public:
    explicit ServerProcess(QString dataDir)
        : m_dataDir(std::move(dataDir)) {}
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts on 127.0.0.1, any free port, and waits until it says where it listens; false (with the
    // process's output in output()) if it did not.
    bool start() { return launch() && waitUntilListening(); }
    // More arguments for the next start (--demo…).
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    // start() in two steps, so that several servers can start at once.
    bool launch();
    // `timeoutMs`: how long the start may take (a demo region is filled before the server listens).
    bool waitUntilListening(int timeoutMs = 30000);
    // SIGTERM and wait; the exit code (-1 if it crashed or had to be killed).
    int stop();
    // SIGKILL, as a crash would end it (nothing of it runs after); start() may start it again.
    void kill();

    int port() const { return m_port; }
    QString caFile() const { return m_dataDir + QStringLiteral("/tls/ca.pem"); }
    QString dataDir() const { return m_dataDir; }
    QString output() const { return m_output; }
    QUrl url(const QString &path, const QString &scheme = QStringLiteral("https")) const;

private:
    QString m_dataDir;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QString m_output;
    int m_port = -1;
};

struct HttpAnswer {
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QJsonObject json;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    qint64 milliseconds = 0;
};

// An HTTPS client trusting only `caFile` (or, when empty, the system's store, which does not hold the
// test CA). Each request waits for its answer (30 s at most).
class TlsClient final {
public:
    explicit TlsClient(const QString &caFile);

    HttpAnswer get(const QUrl &url, const QByteArray &token = {});
    HttpAnswer post(const QUrl &url, const QByteArray &body, const QByteArray &token = {});
    // POST /api/v1/auth/login with that user and password.
    HttpAnswer login(const ServerProcess &server, const QString &user, const QByteArray &password);

private:
    HttpAnswer wait(QNetworkReply *reply);
    QNetworkRequest request(const QUrl &url, const QByteArray &token) const;

    QNetworkAccessManager m_manager;
    QString m_caFile;
};

struct AdminRun {
    int code = -1;
    QString out;
    QString err;
};
// `concerto-server --data DIR admin ARGS…`, with CONCERTO_PASSWORD from `password` unless it is null
// (then `input` is written to stdin).
AdminRun runAdmin(const QString &dataDir, const QStringList &arguments,
                  const QByteArray &password = kTestPassword, const QByteArray &input = {});

// `--data DIR`, and `--database URL` when the tests run on PostgreSQL (CONCERTO_TEST_ENGINE=postgresql,
// postgressupport.h): the server's database that stands for the data folder `dataDir`.
QStringList serverDatabaseArguments(const QString &dataDir);

// One value (first column of the first row) of `sql` on the server's database of `dataDir` (its SQLite
// file, or its PostgreSQL database), read through a connection of the test's own; invalid if the query
// failed.
QVariant queryServerDb(const QString &dataDir, const QString &sql);

// Runs `sql` (any statement) on the server's database of `dataDir`, as queryServerDb reads it; false with
// the database's message in `error` when it failed.
bool execServerDb(const QString &dataDir, const QString &sql, QString *error = nullptr);

// `concerto-server --data DIR [--database URL] ARGS…` (verify-audit…), run to its end.
AdminRun runServerCommand(const QString &dataDir, const QStringList &arguments);

// Every file under `dir` (recursively) with its bytes.
QMap<QString, QByteArray> snapshotFolder(const QString &dir);

} // namespace concerto::test
