"""Start-up, unlock and memory, each next to a baseline measured the same way.

- start-up to the unlock window painted, next to a bare PySide6 window (goal ≤ 1.5×);
- unlock to the main window painted on the ten-year workspace, with the KDF time apart;
- resident memory with the main window open on the ten-year workspace (goal < 250 MB),
  next to a bare PySide6 window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import print_table

ROOT = Path(__file__).resolve().parent.parent
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
class Q(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint and w.isWidgetType() and w.isWindow():
            print("first-paint", flush=True); QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv[:1])
label = QLabel("Unlock"); label.installEventFilter(Q(app)); label.resize(480, 300); label.show()
app.exec()
"""

OPEN_MAIN = """
import resource, sys, time
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from facilitator_desktop.workspace import Workspace
from facilitator_desktop.crypto import vault
from facilitator_desktop.crypto.kdf import derive_key
from facilitator_desktop.ui.context import UiContext
from facilitator_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv[:1])
data = Path(sys.argv[1])
start = time.perf_counter()
ws = Workspace.open(data, "bench")
opened = time.perf_counter()
with ws.engine.connect() as conn:
    slot = conn.exec_driver_sql("SELECT blob FROM vault_slots WHERE kind=1").scalar()
header = vault.parse_slot(bytes(slot))[0]
k0 = time.perf_counter()
derive_key("bench", header.salt, header.kdf)
kdf = time.perf_counter() - k0
settings = QSettings(str(data / "b.ini"), QSettings.Format.IniFormat)
window = MainWindow(UiContext(ws, demo=False), settings)
window.resize(1280, 800); window.show(); app.processEvents()
window.grab()  # paint once, for real
shown = time.perf_counter()
for index in range(window.stack.count()):
    window.stack.setCurrentIndex(index); app.processEvents(); window.grab()
def resident_mb():
    try:  # Linux: what is resident now (the KDF's transient 64-256 MiB is not counted)
        status = open("/proc/self/status").read()
        return int(status.split("VmRSS:")[1].split()[0]) / 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{opened - start:.4f} {kdf:.4f} {shown - start:.4f} {resident_mb():.1f} {peak:.1f}")
"""

BARE_RSS = """
import resource, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1]); label = QLabel("x"); label.resize(1280, 800); label.show()
app.processEvents(); label.grab()
try:
    print(int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024)
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"no first paint from {command[:3]}")
    process.wait(30)
    process.stdout.close()
    return elapsed * 1000


def startup_ms(folder: Path, runs: int) -> tuple[float, float]:
    """Median ms to the unlock window painted, and to a bare window painted."""
    # Started as a facilitator starts it: no arguments, the usual per-user folders (here
    # inside a throwaway home), and compiled bytecode as an installed app has it (this
    # machine may set PYTHONDONTWRITEBYTECODE, which would leave every run compiling).
    user_env = dict(ENV, XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"))
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "facilitator_desktop")],
        check=True,
        env=ENV,
        stdout=subprocess.DEVNULL,
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            "from facilitator_desktop.paths import default_data_dir; from facilitator_desktop."
            "workspace import Workspace; Workspace.create(default_data_dir(), 'bench').close()",
        ],
        check=True,
        env=user_env,
    )
    app_cmd = [sys.executable, "-m", "facilitator_desktop", "--quit-after-first-paint"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_ms, bare_ms = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        bare_ms.append(time_to_first_paint(bare_cmd, ENV))
        app_ms.append(time_to_first_paint(app_cmd, user_env))
    return statistics.median(app_ms), statistics.median(bare_ms)


def measure(runs: int = 9) -> list[tuple[object, ...]]:
    folder = Path(tempfile.mkdtemp(prefix="fd-startup-"))
    startup, bare = startup_ms(folder, runs)

    big = folder / "ten-years"
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from facilitator_desktop import demo; "
            "from facilitator_desktop.workspace import Workspace; "
            "ws = Workspace.create(Path(sys.argv[1]), 'bench'); "
            "demo.populate(ws, groups=6, weeks=520); ws.close()",
            str(big),
        ],
        check=True,
        env=ENV,
    )
    opened_s, kdf_s, shown_s, rss, peak = (
        float(x)
        for x in subprocess.run(
            [sys.executable, "-c", OPEN_MAIN, str(big)],
            capture_output=True,
            text=True,
            check=True,
            env=ENV,
        ).stdout.split()
    )
    bare_rss = float(
        subprocess.run(
            [sys.executable, "-c", BARE_RSS], capture_output=True, text=True, check=True, env=ENV
        ).stdout
    )
    return [
        (
            "start-up to unlock window painted",
            startup,
            "ms",
            "bare PySide6 window",
            bare,
            f"≤ 1.5× ({startup / bare:.2f}×)",
        ),
        (
            "unlock → main window (ten years)",
            shown_s * 1000,
            "ms",
            "of which KDF",
            kdf_s * 1000,
            "-",
        ),
        (
            "resident memory, main window (ten years)",
            rss,
            "MB",
            "bare PySide6 window",
            bare_rss,
            "< 250 MB",
        ),
        ("peak memory incl. the KDF (ten years)", peak, "MB", "-", "-", "-"),
    ]


def main() -> int:
    rows = measure()
    print_table(
        "Start-up and memory",
        ("figure", "value", "unit", "baseline", "baseline value", "goal"),
        rows,
    )
    startup, bare, rss = rows[0][1], rows[0][4], rows[2][1]
    assert isinstance(startup, float) and isinstance(bare, float) and isinstance(rss, float)
    return 0 if startup <= 1.5 * bare and rss < 250 else 1


if __name__ == "__main__":
    sys.exit(main())
