// Paths the tests need, resolved from the build or the environment.
#include "tests/support/testsupport.h"

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

} // namespace concerto::test
