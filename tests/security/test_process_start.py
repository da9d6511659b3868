"""What the app process does at start, before anything is decrypted, checked in real child
processes: no core dumps (and not dumpable on Linux), a private umask, and the handout
copies of a crashed run removed while a running copy's stay. Marking the process not
dumpable must not break the single-instance check."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator_desktop import APP_ID

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process limits"),
]

VIEWER_PREFIX = f"{APP_ID}-viewer-"

# The real command-line entry point with app.run replaced by a report of the process.
START_PROBE = """
import json, os, resource, sys
from facilitator_desktop import app, cli, hardening

def report(*_args, **_kwargs):
    umask = os.umask(0)
    os.umask(umask)
    print(json.dumps({
        "core": resource.getrlimit(resource.RLIMIT_CORE),
        "dumpable": hardening.is_dumpable(),
        "umask": umask,
    }))
    return 0

app.run = report
sys.exit(cli.main(sys.argv[1:]))
"""

HOLDER = f"""
import sys, time
from pathlib import Path
from facilitator_desktop.private_files import OwnedTempDir, write_private_file
owned = OwnedTempDir.create("{VIEWER_PREFIX}", Path(sys.argv[1]))
write_private_file(owned.path / "session-summary.pdf", b"%PDF-1.4")
print(owned.path, flush=True)
time.sleep(60)
"""


def child_env(temp: Path) -> dict[str, str]:
    return {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}


def hold_a_viewer_folder(temp: Path) -> tuple[subprocess.Popen[str], Path]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(temp)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    folder = Path(child.stdout.readline().strip())
    child.stdout.close()
    assert folder.is_dir()
    return child, folder


def test_the_started_process_is_hardened_and_sweeps_crashed_previews(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    running, running_folder = hold_a_viewer_folder(temp)
    crashed, crashed_folder = hold_a_viewer_folder(temp)
    crashed.send_signal(signal.SIGKILL)
    crashed.wait()
    demo = temp / f"{APP_ID}-demo-x1y2"  # another kind of folder, without an owner mark
    demo.mkdir()
    try:
        probe = subprocess.run(
            [sys.executable, "-c", START_PROBE, "--data-dir", str(tmp_path / "data")],
            env=child_env(temp),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert probe.returncode == 0, probe.stderr
        seen = json.loads(probe.stdout)
        assert seen["core"] == [0, 0]
        assert seen["dumpable"] is False
        assert seen["umask"] == 0o077
        assert not crashed_folder.exists()
        assert (running_folder / "session-summary.pdf").is_file()
        assert demo.is_dir()
    finally:
        running.kill()
        running.wait()


def test_version_and_help_leave_the_calling_process_alone() -> None:
    """`main` is also called in-process (tests, --version): hardening waits until the
    arguments say the app will really start."""
    probe = """
import os, resource
from facilitator_desktop import cli
_soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
os.umask(0o022)
before = (resource.getrlimit(resource.RLIMIT_CORE), os.umask(0o022))
for argv in (["--version"], ["--help"], ["--demo", "--data-dir", "x"]):
    try:
        cli.main(argv)
    except SystemExit:
        pass
print(before == (resource.getrlimit(resource.RLIMIT_CORE), os.umask(0o022)))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "True"


def test_the_real_app_process_writes_no_core(tmp_path: Path) -> None:
    """The app as a facilitator starts it (first window up), seen from outside."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-m", "facilitator_desktop", "--data-dir", str(data)],
        env=child_env(temp),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not (data / ".instance.lock").exists():
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the app never took its data folder"
            time.sleep(0.05)
        limits = Path(f"/proc/{child.pid}/limits").read_text(encoding="ascii")
        (core,) = [line for line in limits.splitlines() if line.startswith("Max core file size")]
        assert core.split()[4:6] == ["0", "0"]
        assert oct(data.stat().st_mode & 0o777) == "0o700"
        assert oct((data / ".instance.lock").stat().st_mode & 0o777) == "0o600"
        time.sleep(0.5)  # let the event loop start, then stop it as a terminal would
        child.send_signal(signal.SIGTERM)
        _out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    assert child.returncode == 0, err.decode(errors="replace")


# Holds the single-instance lock in a hardened (not dumpable) process.
LOCK_HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from facilitator_desktop.hardening import harden_process
from facilitator_desktop.ui.single_instance import SingleInstance
harden_process()
app = QCoreApplication([])
instance = SingleInstance(Path(sys.argv[1]))
assert instance.acquire()
print("held", flush=True)
time.sleep(60)
"""

SECOND_COPY = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from facilitator_desktop.hardening import harden_process
from facilitator_desktop.ui.single_instance import SingleInstance
harden_process()
app = QCoreApplication([])
try:
    os.readlink(f"/proc/{sys.argv[2]}/exe")
    hidden = False
except PermissionError:
    hidden = True
print(hidden, SingleInstance(Path(sys.argv[1])).acquire())
"""


def without_ptrace_capability() -> list[str]:
    """Root may read any process's /proc entries; drop that power so the test sees what a
    facilitator's own account sees."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop CAP_SYS_PTRACE")
    return [setpriv, "--bounding-set", "-sys_ptrace", "--inh-caps", "-sys_ptrace"]


def test_a_second_copy_still_finds_the_first_when_it_is_not_dumpable(tmp_path: Path) -> None:
    """Not dumpable hides the owner's /proc/<pid>/exe, which QLockFile reads to tell a live
    owner from a reused pid: the kernel lock on the file must keep the answer right."""
    data = tmp_path / "data"
    prefix = without_ptrace_capability()
    env = child_env(tmp_path)
    holder = subprocess.Popen(
        [*prefix, sys.executable, "-c", LOCK_HOLDER, str(data)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        holder.stdout.close()
        second = subprocess.run(
            [*prefix, sys.executable, "-c", SECOND_COPY, str(data), str(holder.pid)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        hidden, acquired = second.stdout.split()
        assert hidden == "True"  # the situation under test really arose
        assert acquired == "False"
    finally:
        holder.kill()
        holder.wait()
