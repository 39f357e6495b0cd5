// Helpers shared by the tests: where the reference and test data are, and a fresh data directory.
#pragma once

#include <QDir>
#include <QString>
#include <QTemporaryDir>

namespace concerto::test {

// The official FRCP reference files (value sets, example fiches); CONCERTO_REFERENCE_DIR overrides.
QString referenceDir();
// Files under tests/data.
QString dataFile(const QString &name);
// The concerto-cli executable built with the tests.
QString cliPath();

} // namespace concerto::test
