#!/bin/sh
# The PostgreSQL server the sharing tests run against: Debian's own package, nothing built
# or downloaded by hand. The tests start their own throwaway cluster from its binaries
# (initdb and pg_ctl under /usr/lib/postgresql/<version>/bin, pg_dump for the canary test),
# as an unprivileged user on 127.0.0.1; the cluster the package makes for itself is never
# used and its service is not started here.
#
#   sh scripts/ensure_postgres.sh
#
# Installs with apt when run as root, otherwise prints the exact apt line and fails, so
# `make test` never runs the sharing tests without a server (they are not skipped).
set -eu

[ "$(uname -s)" = "Linux" ] || exit 0

PACKAGES="postgresql postgresql-client"

have_server() {
    for bin in /usr/lib/postgresql/*/bin; do
        [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ] && [ -x "$bin/pg_dump" ] && return 0
    done
    return 1
}

# runuser/setpriv (util-linux) drop root for initdb; useradd (passwd) makes the user.
have_tools() {
    command -v runuser >/dev/null 2>&1 && command -v useradd >/dev/null 2>&1
}

have_server && have_tools && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "The sharing tests need a PostgreSQL server (initdb, pg_ctl, pg_dump)." >&2
    echo "Please install PostgreSQL with your system's package manager." >&2
    exit 1
fi

missing="$PACKAGES"
have_tools || missing="$missing util-linux passwd"

if [ "$(id -u)" != "0" ]; then
    echo "The sharing tests need Debian's PostgreSQL server. Please run:" >&2
    echo "    sudo apt-get install -y --no-install-recommends $missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
# The package's own cluster is not wanted running: policy-rc.d tells invoke-rc.d not to
# start services while we install (removed again afterwards if we put it there).
policy=/usr/sbin/policy-rc.d
made_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 0755 "$policy"
    made_policy=yes
fi
cleanup() { [ "$made_policy" = "yes" ] && rm -f "$policy"; return 0; }
trap cleanup EXIT

apt-get update -q
echo "Installing PostgreSQL for the sharing tests: $missing"
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $missing

if ! have_server; then
    echo "PostgreSQL was installed, but initdb/pg_ctl/pg_dump are still not found." >&2
    exit 1
fi
