#!/bin/sh
# Qt needs a few system libraries that a bare Debian/Ubuntu lacks. Install them when we
# can (root with apt), otherwise print the exact command. Other systems: nothing to do.
set -eu
PACKAGES="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Qt runtime libraries:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends $missing
else
    echo "Qt needs these system libraries. Please run:" >&2
    echo "    sudo apt-get install -y$missing" >&2
    exit 1
fi
