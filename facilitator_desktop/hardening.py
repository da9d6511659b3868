"""The app process keeps decrypted notes and names in memory: none of it goes to a core
dump, and nothing the process creates is readable by others. Called once at start, before
anything is decrypted.

On Linux the process is also marked not dumpable (prctl PR_SET_DUMPABLE 0). That covers
what a core-size limit does not: a core handler piped from the kernel (systemd-coredump,
apport) and other processes of the same user attaching a debugger or reading
/proc/<pid>/mem. Checked against what the app does: the process can still read the parts of
/proc/self that Qt uses (exe, fd, mountinfo); QtWebEngine, whose sandbox needs more, is not
used; a second copy still finds the first one's single-instance lock held, because
QLockFile also holds a kernel flock on it, so the owner's /proc/<pid>/exe becoming
unreadable to other processes does not make its lock look stale.
"""

from __future__ import annotations

import sys

from facilitator_desktop.private_files import restrict_umask

PR_GET_DUMPABLE = 3  # from <linux/prctl.h>
PR_SET_DUMPABLE = 4


def harden_process() -> None:
    restrict_umask()
    disable_core_dumps()


def disable_core_dumps() -> None:
    """Best effort: a platform that refuses leaves the app running as before."""
    # Windows writes no core files; its crash dumps are a system setting.
    if sys.platform != "win32":
        import resource

        try:
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ValueError, OSError):
            pass
    if sys.platform.startswith("linux"):
        _prctl(PR_SET_DUMPABLE, 0)


def is_dumpable() -> bool | None:
    """Linux only (None elsewhere): whether the kernel would write a core for this process."""
    if not sys.platform.startswith("linux"):
        return None
    result = _prctl(PR_GET_DUMPABLE, 0)
    return None if result is None else result != 0


def _prctl(option: int, argument: int) -> int | None:
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        result = int(libc.prctl(option, argument, 0, 0, 0))
    except (OSError, AttributeError):
        return None
    return None if result < 0 else result
