"""Real windows on a real X server (Xvfb, QT_QPA_PLATFORM=xcb), not the offscreen platform:
the README's `make run` start opens and paints its first window, and F11 puts the room
display where it belongs on every screen set-up a facilitator meets.

Each test starts its own Xvfb (tests/helpers/xvfb.py) and runs the app in a process of its
own. Without Xvfb these tests fail and say how to install it (they skip off Linux only).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from facilitator_desktop.cli import QUIT_AFTER_FIRST_PAINT
from tests.helpers import xvfb
from tests.helpers.xvfb import Monitor, VirtualDisplay

ROOT = Path(__file__).resolve().parents[2]
LAPTOP = Monitor("laptop", 0, 0, 1366, 768)
TIMEOUT = 120
#: What Qt prints when the platform plugin or a library it needs is missing.
PLUGIN_FAILURES = (
    "could not load the qt platform plugin",
    "could not connect to display",
    "cannot open shared object",
    "xcb-cursor0",
)


def assert_qt_started(stderr: str) -> None:
    lowered = stderr.lower()
    for failure in PLUGIN_FAILURES:
        assert failure not in lowered, stderr


# --- the first start ----------------------------------------------------------------------


@pytest.mark.slow
def test_make_run_paints_its_first_window_on_a_real_display(tmp_path: Path) -> None:
    """`make run` is `python -m facilitator_desktop` on the user's own (here: throwaway,
    empty) data folder: the xcb plugin loads, the first window maps and paints."""
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768)]) as display:
        done = subprocess.run(
            [sys.executable, "-m", "facilitator_desktop"],
            cwd=ROOT,
            env=dict(display.env(), **{QUIT_AFTER_FIRST_PAINT: "1"}),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert_qt_started(done.stderr)
        label, seconds = done.stdout.split()
        assert label == "first-paint" and 0 < float(seconds) < 60
        # The data folder is the usual one (this test's XDG_DATA_HOME): nothing written
        # before the facilitator chose a passphrase.
        data_home = Path(os.environ["XDG_DATA_HOME"])
        assert not (data_home / "facilitator-desktop" / "workspace.db").exists()


@pytest.mark.slow
def test_the_first_window_is_really_on_the_screen(tmp_path: Path) -> None:
    """What the X server shows while the app runs: a window with content, within the
    1366x768 laptop screen (grabbed from the server by a second client)."""
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768)]) as display:
        env = display.env()
        app = subprocess.Popen(
            [sys.executable, "-m", "facilitator_desktop"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            painted = grab_until_painted(env, tmp_path / "first-window.png")
        finally:
            app.send_signal(signal.SIGTERM)
            try:
                _, stderr = app.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                _, stderr = app.communicate()
        assert_qt_started(stderr)
        assert painted is not None, f"no window appeared; app said:\n{stderr}"
        left, top, width, height = painted
        assert width >= 300 and height >= 200  # a dialog, not a speck
        assert left >= 0 and top >= 0 and left + width <= 1366 and top + height <= 768


GRAB = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv[:1])
    image = app.primaryScreen().grabWindow(0).toImage()
    image.save(sys.argv[1])
    background = image.pixelColor(0, 0).rgb()
    xs = [x for x in range(0, image.width(), 4)
          if any(image.pixelColor(x, y).rgb() != background for y in range(0, image.height(), 4))]
    ys = [y for y in range(0, image.height(), 4)
          if any(image.pixelColor(x, y).rgb() != background for x in range(0, image.width(), 4))]
    if xs and ys:
        print(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    """
)


def grab_until_painted(env: dict[str, str], picture: Path) -> tuple[int, ...] | None:
    """The bounding box of whatever differs from the empty root window, once something
    does (a picture of the screen is kept at `picture`); None after a minute."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = subprocess.run(
            [sys.executable, "-c", GRAB, str(picture)],
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=True,
        )
        if done.stdout.strip():
            return tuple(int(part) for part in done.stdout.split())
        time.sleep(0.5)
    return None


# --- F11 on every screen set-up -------------------------------------------------------------


def run_room(display: VirtualDisplay, folder: Path, answer: str = "") -> dict[str, Any]:
    """The app on `display`: a session started, F11 pressed (tests/gui/xvfb_room_driver.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.xvfb_room_driver", str(folder), answer],
        cwd=ROOT,
        env=display.env(),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert_qt_started(done.stderr)
    result: dict[str, Any] = json.loads((folder / "result.json").read_text())
    return result


@pytest.mark.slow
def test_f11_fills_the_tv_beside_the_laptop_and_the_keys_stay(tmp_path: Path) -> None:
    """One X screen, two monitors (RandR), as a laptop with a TV set to "extend" is."""
    tv = Monitor("tv", 1366, 0, 1920, 1080)
    with VirtualDisplay(tmp_path / "x", screens=[(3286, 1080)], monitors=[LAPTOP, tv]) as x:
        result = run_room(x, tmp_path / "run")
    assert [s["name"] for s in result["screens"]] == ["laptop", "tv"]
    assert result["display_screen"] == "tv"
    assert result["display_geometry"] == [1366, 0, 1920, 1080]
    assert result["full_screen"] and result["hint"] == ""
    assert result["status"] == "Room display full screen on tv. F11 closes it."
    # The facilitator's window keeps the keyboard and stays on the laptop, in view.
    assert result["window_screen_index"] == 0
    assert result["window_active"] and not result["display_active"]
    # What the X server shows: the room display's dark page fills the TV, and the
    # facilitator's panels are on the laptop.
    assert result["display_dark_share"] > 0.8
    assert result["panels_dark_share"] < 0.1


@pytest.mark.slow
def test_f11_fills_a_second_x_screen(tmp_path: Path) -> None:
    """Two X screens (:N.0 and :N.1), each Qt screen in its own coordinate space."""
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768), (1920, 1080)]) as x:
        result = run_room(x, tmp_path / "run")
    assert len(result["screens"]) == 2
    assert result["display_screen_index"] == 1 and result["window_screen_index"] == 0
    assert result["display_geometry"] == [0, 0, 1920, 1080]
    assert result["full_screen"] and result["window_active"]
    assert result["display_dark_share"] > 0.8 and result["panels_dark_share"] < 0.1


@pytest.mark.slow
def test_f11_with_a_mirrored_projector_warns_first_then_covers_the_panels(
    tmp_path: Path,
) -> None:
    projector = Monitor("projector", 0, 0, 1366, 768)
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768)], monitors=[LAPTOP, projector]) as x:
        result = run_room(x, tmp_path / "run", answer="Show the room view")
    assert [s["geometry"] for s in result["screens"]] == [[0, 0, 1366, 768]] * 2
    assert result["question"] == "Another screen shows the same picture as yours."
    assert result["display_geometry"] == [0, 0, 1366, 768] and result["full_screen"]
    assert "mirrored screen" in result["hint"] and "F11 or Esc" in result["hint"]
    assert result["status"].startswith("Your screen is mirrored")
    # The room view is in front (its keys work) and covers the private panels.
    assert result["display_active"]
    assert result["display_dark_share"] > 0.7


@pytest.mark.slow
def test_f11_with_a_mirrored_projector_can_blank_it(tmp_path: Path) -> None:
    projector = Monitor("projector", 0, 0, 1366, 768)
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768)], monitors=[LAPTOP, projector]) as x:
        result = run_room(x, tmp_path / "run", answer="Blank the screen")
    assert result["blanked"] and result["full_screen"]
    assert result["display_dark_share"] > 0.8


@pytest.mark.slow
def test_f11_on_one_screen_fills_it_and_says_how_back(tmp_path: Path) -> None:
    with VirtualDisplay(tmp_path / "x", screens=[(1366, 768)]) as x:
        result = run_room(x, tmp_path / "run")
    assert result["display_geometry"] == [0, 0, 1366, 768] and result["full_screen"]
    assert result["hint"] == "Room view on this screen · F11 or Esc: back to your panels"
    assert result["status"].startswith("One screen: the room view fills it.")
    assert result["display_active"]
    assert result["display_dark_share"] > 0.7


# --- without Xvfb ---------------------------------------------------------------------------


def test_a_missing_xvfb_fails_with_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI without Xvfb must not pass by skipping every real-window test."""
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(pytest.fail.Exception, match=r"sh scripts/ensure_qt_libs.sh --test"):
        xvfb.require("Xvfb", "xvfb")


def test_other_systems_skip_the_real_window_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    with pytest.raises(pytest.skip.Exception):
        xvfb.require("Xvfb", "xvfb")
