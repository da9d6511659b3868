"""Real X servers for tests that need real windows: Xvfb with one or more screens, and
RandR monitors for one X screen split into a laptop and a TV (or a mirrored pair).

On Linux a missing Xvfb (or xrandr, where monitors are asked for) fails the test with the
command that installs it: skipping would let CI pass without ever opening a real window.
Other systems skip these tests.

    with VirtualDisplay(tmp_path, screens=[(1366, 768)]) as display:
        subprocess.run([...], env=display.env(), ...)
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pytest

INSTALL = "sh scripts/ensure_qt_libs.sh --test"
#: Seconds Xvfb may take to open its display.
START_TIMEOUT = 30.0


@dataclass(frozen=True, slots=True)
class Monitor:
    """A RandR monitor: a part of one X screen that clients treat as a screen of its own."""

    name: str
    x: int
    y: int
    width: int
    height: int

    def spec(self) -> str:
        """xrandr's geometry: width/mm x height/mm + x + y (about 96 dpi)."""
        mm_wide, mm_high = round(self.width * 25.4 / 96), round(self.height * 25.4 / 96)
        return f"{self.width}/{mm_wide}x{self.height}/{mm_high}+{self.x}+{self.y}"


def require(program: str, package: str) -> str:
    """The path of `program`; skips off Linux, fails on Linux with how to install it."""
    if not sys.platform.startswith("linux"):
        pytest.skip(f"{program} tests run on Linux")
    path = shutil.which(program)
    if path is None:
        pytest.fail(
            f"{program} is not installed, so no test can open a real window. Install it with "
            f"`{INSTALL}` (as root; Debian/Ubuntu package {package}).",
            pytrace=False,
        )
    return path


class VirtualDisplay:
    """An Xvfb server on a free display number, stopped on exit.

    `screens`: one X screen per size (separate X screens, as ":N.0", ":N.1"). `monitors`:
    RandR monitors on screen 0 instead of one monitor covering it (its size must hold them).
    """

    def __init__(
        self,
        folder: Path,
        *,
        screens: Sequence[tuple[int, int]],
        monitors: Sequence[Monitor] = (),
    ) -> None:
        self.xvfb = require("Xvfb", "xvfb")
        self.xrandr = require("xrandr", "x11-xserver-utils") if monitors else ""
        self.folder = folder
        self.screens = tuple(screens)
        self.monitors = tuple(monitors)
        self.number: int | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log = folder / "xvfb.log"

    @property
    def name(self) -> str:
        assert self.number is not None, "the display is not running"
        return f":{self.number}"

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment for a Qt program on this display (the xcb platform, no Wayland)."""
        runtime = self.folder / "runtime"
        runtime.mkdir(mode=0o700, exist_ok=True)
        env = dict(os.environ if base is None else base)
        env.pop("WAYLAND_DISPLAY", None)
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime))
        return env

    def log(self) -> str:
        return self._log.read_text(errors="replace") if self._log.exists() else ""

    # --- running ---------------------------------------------------------------------------

    def __enter__(self) -> VirtualDisplay:
        self.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Xvfb picks a free display number itself (-displayfd) and writes it once it
        accepts clients; -noreset keeps monitors set by a client that has gone."""
        self.folder.mkdir(parents=True, exist_ok=True)
        read_end, write_end = os.pipe()
        command = [self.xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-noreset"]
        for index, (width, height) in enumerate(self.screens):
            command += ["-screen", str(index), f"{width}x{height}x24"]
        with self._log.open("wb") as log:
            self._process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, pass_fds=(write_end,)
            )
        os.close(write_end)
        try:
            self.number = self._read_number(read_end)
        finally:
            os.close(read_end)
        if self.monitors:
            self._set_monitors()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

    def _read_number(self, read_end: int) -> int:
        deadline = time.monotonic() + START_TIMEOUT
        text = b""
        while not text.endswith(b"\n"):
            left = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(0.0, left))
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                self.stop()
                raise RuntimeError(f"Xvfb did not open a display:\n{self.log()}")
            text += chunk
        return int(text.strip())

    def _set_monitors(self) -> None:
        """The first monitor takes Xvfb's one output ("screen"), so no automatic monitor
        covering the whole screen is left; the others have no output, as xrandr allows."""
        env = self.env()
        for index, monitor in enumerate(self.monitors):
            output = "screen" if index == 0 else "none"
            subprocess.run(
                [self.xrandr, "--setmonitor", monitor.name, monitor.spec(), output],
                env=env,
                check=True,
                capture_output=True,
                timeout=30,
            )
        listed = subprocess.run(
            [self.xrandr, "--listmonitors"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        if f"Monitors: {len(self.monitors)}" not in listed:
            raise RuntimeError(f"xrandr did not set the monitors:\n{listed}")
