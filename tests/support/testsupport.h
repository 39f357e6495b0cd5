// Helpers shared by the tests: where the reference and test data are, and a fresh data directory.
#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace concerto::test {

// The official FRCP reference files (value sets, example fiches); CONCERTO_REFERENCE_DIR overrides.
QString referenceDir();
// Files under tests/data.
QString dataFile(const QString &name);
// The concerto-cli executable built with the tests.
QString cliPath();

// One run of concerto-cli, in English: exit code (-1 if it crashed or hung), stdout and stderr.
struct CliRun {
    int code = -1;
    QString out;
    QString err;
};
// `environment` adds or overrides variables of the child's environment.
CliRun runCli(const QStringList &args, const QProcessEnvironment &environment = {});

// Runs `statements` on the file at `path` through a plain SQLite connection of its own, as another
// program (the sqlite3 shell) would, then closes it; false, with a warning naming the statement, when one
// fails.
bool runRawSql(const QString &path, const QStringList &statements);

} // namespace concerto::test

#include "models/store/storeresult.h"
#include <QTest>

namespace concerto::test {
// The value of a read the test expects to work: a failed read fails the test with the store's message.
template <typename T>
T readOrFail(StoreRead<T> read, const char *expression, const char *file, int line) {
    if (!read.ok())
        QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2").arg(QLatin1String(expression), read.error)),
                     file, line);
    return std::move(read.value);
}
} // namespace concerto::test

#define READ(expression) ::concerto::test::readOrFail((expression), #expression, __FILE__, __LINE__)
