"""Run a command with one throwaway PostgreSQL server shared by every test session under it.

`make mutation` runs each mutant as a test session of its own; the sharing tests would start
(initdb, pg_ctl) a server per mutant. This starts one, names it in FD_TEST_POSTGRES for the
command's processes, and removes it when the command ends.

    python scripts/with_test_postgres.py python -m mutmut run
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.helpers.postgres import (  # noqa: E402
    SHARED_CLUSTER_ENV,
    describe_cluster,
    remove_cluster,
    start_cluster,
)


def main(command: list[str]) -> int:
    if not command:
        print(__doc__)
        return 2
    # Stopped from outside (a terminal closed, a kill), the server is still removed: the
    # exit unwinds through `finally`, and subprocess.run kills the command on its way out.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    signal.signal(signal.SIGHUP, lambda *_: sys.exit(128 + signal.SIGHUP))
    cluster = start_cluster()
    try:
        env = dict(os.environ, **{SHARED_CLUSTER_ENV: describe_cluster(cluster)})
        return subprocess.run(command, env=env).returncode
    finally:
        remove_cluster(cluster)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
