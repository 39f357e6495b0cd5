// A throwaway PostgreSQL cluster for the server tests: initdb, pg_ctl start on a socket folder, a database
// per server data folder, pg_ctl stop at the end of the process.
#include "postgressupport.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace concerto::test {

namespace {

// Debian's newest PostgreSQL binaries folder, or empty.
QString postgresBinaries() {
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    return {};
}

class Cluster final {
public:
    Cluster() = default;
    ~Cluster() { stop(); }
    Cluster(const Cluster &) = delete;
    Cluster &operator=(const Cluster &) = delete;

    bool start(QString *error) {
        m_bin = postgresBinaries();
        if (m_bin.isEmpty()) {
            *error = QStringLiteral(
                "no PostgreSQL under /usr/lib/postgresql/*/bin (scripts/setup.sh installs it)");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (geteuid() == 0) {
            // PostgreSQL refuses root: its folder goes to the postgres user, which runs its programs.
            const passwd *postgres = getpwnam("postgres");
            if (!postgres ||
                chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
                *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
                return false;
            }
            m_asPostgres = true;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 error))
            return false;
        // Only the socket in our folder (no TCP port), no fsync (a throwaway), room for many servers.
        const QString options =
            QStringLiteral("-k %1 -c listen_addresses='' -F -c max_connections=250").arg(m_dir.path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                  QStringLiteral("-o"), options, QStringLiteral("-w"), QStringLiteral("-t"),
                  QStringLiteral("60"), QStringLiteral("start")},
                 error))
            return false;
        m_running = true;
        return true;
    }

    void stop() {
        if (!m_running)
            return;
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
        m_running = false;
    }

    QString url(const QString &database) const {
        return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(database, m_dir.path());
    }
    QString socketDir() const { return m_dir.path(); }

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString binary = m_bin + QLatin1Char('/') + program;
        if (m_asPostgres)
            process.start(
                QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), binary} +
                    arguments);
        else
            process.start(binary, arguments);
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000) ||
            process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAll()));
            return false;
        }
        return true;
    }

    // In /tmp whatever TMPDIR says: the postgres user must reach it, and a socket's path has at most
    // 107 bytes.
    QTemporaryDir m_dir{QStringLiteral("/tmp/concerto-pg-XXXXXX")};
    QString m_bin;
    bool m_asPostgres = false;
    bool m_running = false;
};

std::unique_ptr<Cluster> cluster;

// The process's cluster, started on first use (stopped with the application object); nullptr when it
// could not start.
Cluster *sharedCluster(QString *error) {
    static QString failure;
    if (!cluster && failure.isEmpty()) {
        auto made = std::make_unique<Cluster>();
        if (made->start(&failure)) {
            cluster = std::move(made);
            qAddPostRoutine([] { cluster.reset(); });
        }
    }
    if (error)
        *error = failure;
    return cluster.get();
}

} // namespace

bool testsOnPostgres() {
    return qgetenv("CONCERTO_TEST_ENGINE") == "postgresql";
}

QString newPostgresDatabase(QString *error) {
    Cluster *cluster = sharedCluster(error);
    if (!cluster)
        return {};
    static int made = 0;
    const QString database = QStringLiteral("concerto_%1_%2").arg(getpid()).arg(++made);
    const QString connection = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(cluster->socketDir());
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            created = query.exec(QStringLiteral("CREATE DATABASE ") + database);
            if (!created)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return created ? cluster->url(database) : QString();
}

QString testDatabaseUrl(const QString &dataDir) {
    if (!testsOnPostgres())
        return {};
    static QMap<QString, QString> urls;
    const QString key = QDir(dataDir).absolutePath();
    auto it = urls.find(key);
    if (it == urls.end()) {
        QString error;
        const QString url = newPostgresDatabase(&error);
        if (url.isEmpty()) {
            qWarning().noquote() << "No PostgreSQL for the test:" << error;
            return {};
        }
        it = urls.insert(key, url);
    }
    return *it;
}

} // namespace concerto::test
