// Paths the tests need, resolved from the build or the environment; another program's SQL on a file.
#include "tests/support/testsupport.h"
#include "tests/support/rawsqlite.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concerto::test {

QString referenceDir() {
    const QString fromEnv = qEnvironmentVariable("CONCERTO_REFERENCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(CONCERTO_REFERENCE_DIR) : fromEnv;
}

QString dataFile(const QString &name) {
    return QDir(QStringLiteral(CONCERTO_TEST_DATA)).filePath(name);
}

QString cliPath() {
    return QStringLiteral(CONCERTO_CLI);
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &environment) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONCERTO_LANGUAGE"), QStringLiteral("en"));
    env.insert(environment);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool runRawSql(const QString &path, const QStringList &statements) {
    const QString name = QStringLiteral("raw-sql");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && unlock(db);
        QSqlQuery q(db);
        for (const QString &sql : statements)
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace concerto::test
