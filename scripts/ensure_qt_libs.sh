#!/bin/sh
# The system libraries Qt needs on Linux, found by asking the installed Qt itself: `ldd` on
# the platform plugins (xcb for a real desktop, offscreen for tests) and on every Qt module
# the app imports, so a new Qt release that links one more library is caught here and not
# by a facilitator whose window never opens. Missing libraries are mapped to Debian/Ubuntu
# packages and installed when we can (root with apt), otherwise the exact apt line is printed.
#
#   sh scripts/ensure_qt_libs.sh [--test] [PYTHON]
#
# --test also brings what the test suite runs besides Python: Xvfb (real windows on a
# virtual X server), xrandr (to split it into a laptop and a TV), dbus-daemon (a private
# bus for the system-lock tests), and at-spi2-core with gdbus (libglib2.0-bin) to read the
# real app's accessibility tree as a Linux screen reader does.
# PYTHON is the interpreter that has PySide6 (default: .venv/bin/python).
# Other systems than Linux: nothing to do; other Linux systems: the missing libraries named.
set -eu

mode=run
if [ "${1:-}" = "--test" ]; then
    mode=test
    shift
fi
python=${1:-.venv/bin/python}
here=$(dirname "$0")

[ "$(uname -s)" = "Linux" ] || exit 0

# Not a library, but without any font Qt draws empty boxes.
FONT_PACKAGE="fonts-dejavu-core"
# When PySide6 is not installed yet there is nothing to ask: the libraries Qt is known to need.
FALLBACK_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-xinerama0 libx11-xcb1"

# The Debian package that ships a shared library, by its soname. The table covers what Qt
# links today; anything else follows Debian's naming rule (libfoo.so.1 -> libfoo1,
# libfoo2.so.0 -> libfoo2-0), which apt also resolves for the renamed "t64" packages.
package_for() {
    case "$1" in
        libGL.so.*) echo libgl1 ;;
        libEGL.so.*) echo libegl1 ;;
        libGLX.so.*) echo libglx0 ;;
        libOpenGL.so.*) echo libopengl0 ;;
        libX11.so.6) echo libx11-6 ;;
        libX11-xcb.so.1) echo libx11-xcb1 ;;
        libxkbcommon-x11.so.0) echo libxkbcommon-x11-0 ;;
        libglib-2.0.so.0 | libgthread-2.0.so.0 | libgobject-2.0.so.0 | libgio-2.0.so.0)
            echo libglib2.0-0 ;;
        libdbus-1.so.3) echo libdbus-1-3 ;;
        libgtk-3.so.0 | libgdk-3.so.0) echo libgtk-3-0 ;;
        libpulse.so.0) echo libpulse0 ;;
        lib*.so.*)
            stem=${1%%.so.*}
            version=${1#*.so.}
            version=${version%%.*}
            name=$(echo "$stem" | tr 'A-Z' 'a-z')
            case "$name" in
                *[0-9]) echo "$name-$version" ;;
                *) echo "$name$version" ;;
            esac
            ;;
        *) echo "" ;;
    esac
}

qt_dir=$("$python" -c 'import os, PySide6; print(os.path.dirname(PySide6.__file__))' \
    2>/dev/null || true)

# The files Qt loads for this app: the platform plugins and their helpers, the sound and
# print plugins, and every PySide6 module the package imports.
qt_files() {
    for file in \
        "$qt_dir"/Qt/plugins/platforms/libqxcb.so \
        "$qt_dir"/Qt/plugins/platforms/libqoffscreen.so \
        "$qt_dir"/Qt/plugins/xcbglintegrations/*.so \
        "$qt_dir"/Qt/plugins/platforminputcontexts/*.so \
        "$qt_dir"/Qt/plugins/multimedia/*.so \
        "$qt_dir"/Qt/plugins/printsupport/*.so \
        "$qt_dir"/Qt/plugins/imageformats/*.so; do
        [ -f "$file" ] && echo "$file"
    done
    grep -rhoE 'PySide6\.Qt[A-Za-z0-9]+' "$here/../facilitator_desktop" 2>/dev/null |
        sort -u | while read -r module; do
            for file in "$qt_dir/${module#PySide6.}".*.so; do
                [ -f "$file" ] && echo "$file"
            done
        done
    return 0
}

# Sonames the dynamic loader cannot find for any of those files, one a line.
missing_libraries() {
    qt_files | while read -r file; do
        ldd "$file" 2>/dev/null || true
    done | awk '$2 == "=>" && $3 == "not" && $4 == "found" { print $1 }' | sort -u
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Debian 12 and later ship /usr/bin/dbus-daemon in "dbus-daemon"; older releases in "dbus".
dbus_package() {
    if apt-cache show dbus-daemon >/dev/null 2>&1; then echo dbus-daemon; else echo dbus; fi
}

# The accessibility bus launcher is not on PATH: where Debian and Ubuntu put it.
has_atspi_launcher() {
    [ -x /usr/libexec/at-spi-bus-launcher ] || [ -x /usr/lib/at-spi2-core/at-spi-bus-launcher ]
}

needed_packages() {
    packages=""
    if [ -n "$qt_dir" ] && command -v ldd >/dev/null 2>&1; then
        for library in $(missing_libraries); do
            package=$(package_for "$library")
            if [ -z "$package" ]; then
                echo "Qt needs $library and no package for it is known here." >&2
                continue
            fi
            packages="$packages $package"
        done
    elif command -v dpkg-query >/dev/null 2>&1; then
        for package in $FALLBACK_PACKAGES; do
            installed "$package" || packages="$packages $package"
        done
    fi
    if command -v dpkg-query >/dev/null 2>&1 && ! installed "$FONT_PACKAGE"; then
        packages="$packages $FONT_PACKAGE"
    fi
    if [ "$mode" = "test" ]; then
        command -v Xvfb >/dev/null 2>&1 || packages="$packages xvfb"
        command -v xrandr >/dev/null 2>&1 || packages="$packages x11-xserver-utils"
        command -v dbus-daemon >/dev/null 2>&1 || packages="$packages $(dbus_package)"
        command -v gdbus >/dev/null 2>&1 || packages="$packages libglib2.0-bin"
        has_atspi_launcher || packages="$packages at-spi2-core"
    fi
    # One of each, in a stable order.
    echo $packages | tr ' ' '\n' | sed '/^$/d' | sort -u | tr '\n' ' '
}

# Not Debian or Ubuntu: name what is missing and let the facilitator's own tools install it.
if ! command -v dpkg-query >/dev/null 2>&1; then
    if [ -n "$qt_dir" ] && command -v ldd >/dev/null 2>&1; then
        libraries=$(missing_libraries | tr '\n' ' ')
        [ -n "$libraries" ] && echo "Qt cannot find these system libraries: $libraries" >&2
    fi
    exit 0
fi

missing=$(needed_packages)
[ -z "${missing% }" ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt (or the test suite) needs these system packages. Please run:" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing% }" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# Names that depend on the release (dbus-daemon) are decided once the package lists are fresh.
missing=$(needed_packages)
echo "Installing system packages for Qt: ${missing% }"
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $missing

# Ask Qt again: a package that did not bring its library is a bug worth a clear message.
still=$(if [ -n "$qt_dir" ]; then missing_libraries; fi)
if [ -n "$still" ]; then
    echo "Qt still cannot find:" $still >&2
    exit 1
fi
