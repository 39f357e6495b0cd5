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
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
