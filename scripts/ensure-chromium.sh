#!/bin/sh
# Makes sure Debian's chromium and chromium-driver are installed, for the report's browser test.
# Does nothing when /usr/bin/chromium and /usr/bin/chromedriver exist. Otherwise installs them
# with apt-get (as root, or through passwordless sudo) and fails loudly when it cannot: the
# browser test must never be skipped silently.
set -eu

CHROMIUM=/usr/bin/chromium
DRIVER=/usr/bin/chromedriver

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi

fail() {
  echo "ensure-chromium: $*" >&2
  echo "ensure-chromium: the report's browser test needs Debian's chromium and chromium-driver" \
    "($CHROMIUM, $DRIVER). Install them with: apt-get install -y chromium chromium-driver" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || fail "apt-get not found: this is not a Debian-like system"

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  fail "not root and no passwordless sudo, so cannot install packages"
fi

echo "ensure-chromium: the report's browser test (ReportBrowserTest) drives Debian's chromium through" \
  "chromium-driver, and they are not installed; installing both with apt-get (system packages," \
  "about 100 MB) so that './mvnw verify' works on a fresh machine" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update || fail "apt-get update failed"
$SUDO apt-get install -y --no-install-recommends chromium chromium-driver || fail "apt-get install failed"

[ -x "$CHROMIUM" ] || fail "$CHROMIUM is still missing after installation"
[ -x "$DRIVER" ] || fail "$DRIVER is still missing after installation"
echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null || echo chromium), $("$DRIVER" --version 2>/dev/null | head -n 1)" >&2
