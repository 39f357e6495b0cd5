#!/usr/bin/env bash
# Builds Concerto with warnings as errors and runs every test; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-test -DCONCERTO_WERROR=ON
cmake --build build-test
ctest --test-dir build-test --output-on-failure --parallel 2
