"""CPU use of the in-room runner: a running session (a member speaking) with the room
display open, averaged over a window of wall time, printed next to an idle bare Qt window
and the app idle on the Session page, measured the same way in the same run.
Goal: at most 1 % of one core.

    python benchmarks/bench_runner_cpu.py [--seconds 60]

The event loop runs for real (real monotonic clock, real 200 ms repaint timer, real
10 s heartbeat); CPU time is the process's user + system time (all threads). Also counted:
repaint-timer ticks and paints of the room display's big time label (it should repaint
about once a second, when the shown second changes, and never more).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import print_table  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer, Slot  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from facilitator_desktop.app import build_app, ensure_application  # noqa: E402
from facilitator_desktop.crypto.kdf import FLOOR  # noqa: E402
from facilitator_desktop.demo import DEMO_PASSPHRASE, populate  # noqa: E402
from facilitator_desktop.ui.runner.page import RunnerPage  # noqa: E402
from facilitator_desktop.workspace import Workspace  # noqa: E402

SETTLE_S = 2.0


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_loop(app: QApplication, seconds: float) -> tuple[float, float]:
    """Run an event loop for `seconds` of wall time; (wall s, CPU s) spent.

    A local QEventLoop, not app.exec()/quit(): quitting the application would close its
    windows (the room display among them) before the next measurement.
    """
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    wall, cpu = time.perf_counter(), cpu_seconds()
    loop.exec()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def settled(app: QApplication, seconds: float) -> tuple[float, float]:
    run_loop(app, SETTLE_S)
    return run_loop(app, seconds)


def bare_window(app: QApplication, seconds: float) -> tuple[float, float]:
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("An idle window"))
    window.resize(1280, 800)
    window.show()
    result = settled(app, seconds)
    window.close()
    window.deleteLater()
    return result


class TickCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.ticks = 0

    @Slot()
    def count(self) -> None:
        self.ticks += 1


def scenarios(seconds: float) -> list[tuple[str, float, float, float | None, float | None]]:
    """(scenario, wall s, CPU s, ticks/s, time-label paints/s) for the three scenarios."""
    app = ensure_application()
    app.setQuitOnLastWindowClosed(False)
    rows: list[tuple[str, float, float, float | None, float | None]] = []
    wall, cpu = bare_window(app, seconds)
    rows.append(("idle bare Qt window", wall, cpu, None, None))

    folder = Path(tempfile.mkdtemp(prefix="fd-bench-runner-"))
    ws = Workspace.create(folder / "data", DEMO_PASSPHRASE, kdf_params=FLOOR)
    populate(ws)
    ws.close()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    fa = build_app(folder / "data", kdf_params=FLOOR, settings=settings, qapp=app)
    try:
        assert fa.unlock_dialog is not None
        fa.unlock_dialog.passphrase.setText(DEMO_PASSPHRASE)
        QTest.keyClick(fa.unlock_dialog.passphrase, Qt.Key.Key_Return)
        window = fa.window
        assert window is not None
        window.resize(1280, 800)
        window.show_page(RunnerPage.key)
        page = window.pages[RunnerPage.key]
        assert isinstance(page, RunnerPage)
        wall, cpu = settled(app, seconds)
        rows.append(("app idle on the Session page", wall, cpu, None, None))

        keys = page.room_actions
        keys.toggle()  # the session opens
        page.panels.attendance_panel.all_button.click()
        keys.toggle()  # the clock runs
        keys.queue_digit(1)
        keys.next_speaker()  # a member speaks: speaker time, airtime bars and cue are live
        keys.toggle_room()
        room = page.room
        assert room is not None
        room.resize(1920, 1080)
        paints = PaintCounter()
        room.time_label.installEventFilter(paints)
        ticks = TickCounter()
        page.controller.tick_timer.timeout.connect(ticks.count)
        run_loop(app, SETTLE_S)
        paints.paints, ticks.ticks = 0, 0
        wall, cpu = run_loop(app, seconds)
        rows.append(
            ("running session + room display", wall, cpu, ticks.ticks / wall, paints.paints / wall)
        )
        room.close()
    finally:
        fa.shutdown()
    return rows


def measure(seconds: float = 60.0) -> list[tuple[object, ...]]:
    """Headline figure for `run_all.py`: the running session next to a bare Qt window."""
    rows = scenarios(seconds)
    bare, running = rows[0], rows[-1]
    return [
        (
            "CPU, running session + room display",
            100 * running[2] / running[1],
            "% of one core",
            "idle bare Qt window",
            100 * bare[2] / bare[1],
            "≤ 1 %",
        )
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="measuring window")
    seconds = parser.parse_args().seconds
    rows = [
        (
            name,
            wall,
            cpu,
            100 * cpu / wall,
            "-" if ticks is None else ticks,
            "-" if paints is None else paints,
            "-" if name.startswith("idle") else 1.0,
        )
        for name, wall, cpu, ticks, paints in scenarios(seconds)
    ]
    print_table(
        f"Runner CPU (offscreen, {seconds:g} s window, Python {sys.version.split()[0]})",
        ("scenario", "wall s", "CPU s", "% of one core", "ticks/s", "time paints/s", "goal %"),
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
