// Paths the tests need, resolved from the build or the environment.
#include "tests/support/testsupport.h"

#include <QProcess>

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

} // namespace concerto::test
