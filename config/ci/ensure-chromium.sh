#!/bin/sh
# The browser tests (licensing-ear, kz.gov.elicense.it.ui) drive Debian's Chromium through its chromedriver.
# The build runs this before the system tests: it installs both when they are missing and it may (root, apt-get),
# and otherwise says exactly what to install. No browser or driver is ever downloaded from anywhere else.
set -eu

CHROMIUM=${CHROMIUM_BINARY:-/usr/bin/chromium}
CHROMEDRIVER=${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
    exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: installing chromium and chromium-driver with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends chromium chromium-driver \
        || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }
    if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
        exit 0
    fi
fi

echo "ensure-chromium: the browser tests need $CHROMIUM and $CHROMEDRIVER." >&2
echo "ensure-chromium: install them with: sudo apt-get install chromium chromium-driver" >&2
echo "ensure-chromium: (or point CHROMIUM_BINARY and CHROMEDRIVER_BINARY at other binaries)" >&2
exit 1
