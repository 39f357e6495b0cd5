// The server process, the TLS client, the admin runs and the raw database reads of the server's tests
// (on the SQLite file of the data folder, or on its PostgreSQL database: postgressupport.h).
#include "serversupport.h"

#include "postgressupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace concerto::test {

ServerProcess::~ServerProcess() {
    stop();
}

QStringList serverDatabaseArguments(const QString &dataDir) {
    QStringList arguments{QStringLiteral("--data"), dataDir};
    if (testsOnPostgres()) {
        // No cluster: a URL the server refuses, so that the test fails rather than runs on SQLite.
        const QString url = testDatabaseUrl(dataDir);
        arguments << QStringLiteral("--database") << (url.isEmpty() ? QStringLiteral("no-postgresql") : url);
    }
    return arguments;
}

bool ServerProcess::launch() {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_output.clear();
    m_port = -1;
    m_process->start(QStringLiteral(CONCERTO_SERVER),
                     serverDatabaseArguments(m_dataDir) +
                         QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + m_extra);
    return m_process->waitForStarted(10000);
}

void ServerProcess::kill() {
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

bool ServerProcess::waitUntilListening(int timeoutMs) {
    if (!m_process)
        return false;
    static const QRegularExpression listening(QStringLiteral("Listening on https://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process->readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

int ServerProcess::stop() {
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process && m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_output += QString::fromUtf8(m_process->readAll());
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

QUrl ServerProcess::url(const QString &path, const QString &scheme) const {
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path));
}

TlsClient::TlsClient(const QString &caFile)
    : m_caFile(caFile) {
    m_manager.setAutoDeleteReplies(false);
}

QNetworkRequest TlsClient::request(const QUrl &url, const QByteArray &token) const {
    QNetworkRequest request(url);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_caFile.isEmpty())
        configuration.setCaCertificates(QSslCertificate::fromPath(m_caFile));
    request.setSslConfiguration(configuration);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

HttpAnswer TlsClient::wait(QNetworkReply *reply) {
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer answer;
    answer.milliseconds = timer.elapsed();
    if (!reply->isFinished())
        reply->abort();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.errorString = reply->errorString();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

HttpAnswer TlsClient::get(const QUrl &url, const QByteArray &token) {
    return wait(m_manager.get(request(url, token)));
}

HttpAnswer TlsClient::post(const QUrl &url, const QByteArray &body, const QByteArray &token) {
    return wait(m_manager.post(request(url, token), body));
}

HttpAnswer TlsClient::login(const ServerProcess &server, const QString &user, const QByteArray &password) {
    const QJsonObject body{{QStringLiteral("user"), user},
                           {QStringLiteral("password"), QString::fromUtf8(password)}};
    return post(server.url(QStringLiteral("/api/v1/auth/login")), QJsonDocument(body).toJson());
}

AdminRun runAdmin(const QString &dataDir, const QStringList &arguments, const QByteArray &password,
                  const QByteArray &input) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CONCERTO_PASSWORD"));
    if (!password.isNull())
        environment.insert(QStringLiteral("CONCERTO_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CONCERTO_SERVER),
                  serverDatabaseArguments(dataDir) + QStringList{QStringLiteral("admin")} + arguments);
    AdminRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

namespace {

// Runs `use` on a connection of the test's own to the server's database of `dataDir`.
template <typename Use>
void withServerDb(const QString &dataDir, Use use) {
    const QString name = QStringLiteral("server-test-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db;
        if (testsOnPostgres()) {
            const QUrl url(testDatabaseUrl(dataDir));
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(dataDir + QStringLiteral("/server.db"));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QVariant queryServerDb(const QString &dataDir, const QString &sql) {
    QVariant value;
    withServerDb(dataDir, [&](QSqlDatabase &db) {
        if (!db.open())
            return;
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
    });
    return value;
}

bool execServerDb(const QString &dataDir, const QString &sql, QString *error) {
    bool done = false;
    withServerDb(dataDir, [&](QSqlDatabase &db) {
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        done = query.exec(sql);
        if (!done && error)
            *error = query.lastError().text();
    });
    return done;
}

AdminRun runServerCommand(const QString &dataDir, const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(CONCERTO_SERVER), serverDatabaseArguments(dataDir) + arguments);
    AdminRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QMap<QString, QByteArray> snapshotFolder(const QString &dir) {
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        files.insert(path,
                     file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArrayLiteral("<unreadable>"));
    }
    return files;
}

} // namespace concerto::test
