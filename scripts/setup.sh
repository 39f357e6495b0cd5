#!/usr/bin/env bash
# Installs the Debian 12 packages Concerto needs to build, run and test, when some are missing
# (through sudo when not root), then configures the build folder. Usage: scripts/setup.sh [BUILD_DIR] [cmake args…]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # build and desktop client
  cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite tzdata qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl1-mesa-dev
  # the regional server (concerto-server): HTTPS through cpp-httplib and OpenSSL; curl for trying it by hand
  libcpp-httplib-dev libssl-dev openssl curl
  # its production database (--database postgresql://…): Qt's PostgreSQL driver, and PostgreSQL itself,
  # which the server tests start from initdb (tests/server/postgressupport.h)
  libqt6sql6-psql postgresql
  # deploy/: nginx, which tst_serverdeploy checks (nginx -t) and runs in front of two servers
  nginx
  # testing as a user would: virtual display, screenshots, PDF and XML tools
  xvfb xauth imagemagick poppler-utils libxml2-utils sqlite3
  # Qt's own French texts (standard dialogs and command-line help)
  qt6-translations-l10n
  # the CDA tests: the national FRCP validator (CDA schema + schematron) runs on Saxon HE under Java
  libsaxonhe-java default-jre-headless
  # the printed documents' font (DejaVu Sans, embedded in every PDF)
  fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir="${1:-build}"
shift || true

# The SQLite every executable runs on: SQLite3 Multiple Ciphers (sqlite3mc, MIT), whose amalgamation
# (SQLite and its ciphers in one C file) ships in the npm package better-sqlite3-multiple-ciphers. One
# pinned version, its tarball checked against the SHA-256 below before anything is extracted; only the
# amalgamation and the licence are kept, in BUILD_DIR/third-party/sqlite3mc, and built with the project
# (cmake/sqlite3mc.cmake). The package's JavaScript and prebuilt Node addons are never used.
sqlite3mc_package=better-sqlite3-multiple-ciphers
sqlite3mc_version=13.0.3 # SQLite 3.53.4, sqlite3mc 2.4.0
sqlite3mc_sha256=24a11e221247fc003f755ad0f82126bc6b0295d0be1c06f3cb3e48d9db8eb898
sqlite3mc_dir="$build_dir/third-party/sqlite3mc"
if [ "$(cat "$sqlite3mc_dir/VERSION" 2>/dev/null)" != "$sqlite3mc_package@$sqlite3mc_version $sqlite3mc_sha256" ]; then
  command -v npm >/dev/null || {
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm
  }
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/concerto"
  tarball="$cache/$sqlite3mc_package-$sqlite3mc_version.tgz"
  mkdir -p "$cache"
  if ! echo "$sqlite3mc_sha256  $tarball" | sha256sum --check --status 2>/dev/null; then
    echo "Downloading $sqlite3mc_package@$sqlite3mc_version (the SQLite with ciphers) from the npm registry"
    rm -f "$tarball"
    # npm pack only downloads the package's tarball: no install, no install scripts.
    (cd "$cache" && npm pack --silent "$sqlite3mc_package@$sqlite3mc_version" >/dev/null)
  fi
  if ! echo "$sqlite3mc_sha256  $tarball" | sha256sum --check --status; then
    echo "$tarball does not have the expected SHA-256 ($sqlite3mc_sha256): refused." >&2
    rm -f "$tarball"
    exit 1
  fi
  rm -rf "$sqlite3mc_dir"
  mkdir -p "$sqlite3mc_dir"
  tar -xzf "$tarball" -C "$sqlite3mc_dir" --strip-components=3 \
    package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h package/deps/sqlite3/sqlite3ext.h
  tar -xzf "$tarball" -C "$sqlite3mc_dir" --strip-components=1 package/LICENSE
  # The amalgamation's own header names its author and licence (sqlite3mc: MIT; SQLite: public domain).
  sed -n '1,/\*\//p' "$sqlite3mc_dir/sqlite3.c" >"$sqlite3mc_dir/LICENSE.sqlite3mc"
  echo "$sqlite3mc_package@$sqlite3mc_version $sqlite3mc_sha256" >"$sqlite3mc_dir/VERSION"
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
