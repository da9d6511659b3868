"""What a screen reader sees on Linux: the AT-SPI tree of a real app, read over D-Bus.

    with VirtualDisplay(...) as display, AtSpiSession(folder, display) as atspi:
        app = subprocess.Popen([...], env=atspi.env())
        field = atspi.wait_for(PASSWORD_TEXT)
        atspi.set_text(field, "…")                      # as a screen reader's user types
        atspi.press(atspi.wait_for(PUSH_BUTTON, name="Unlock"))
        timer = atspi.wait_for(LABEL, description="Time left in this segment")
        atspi.name(timer)                               # what Orca reads: "08:40"

pyatspi is not on PyPI, so the tree is read with `gdbus` (GLib's command-line D-Bus
client) on the accessibility bus that at-spi-bus-launcher starts, on a session bus of the
test's own. Nodes are found with the Collection interface (one call returns every showing
node of a role, where a walk would take one call per node of every page, hidden or not).
Missing programs fail the test with how to install them on Linux (Debian: at-spi2-core,
dbus-daemon, libglib2.0-bin) and skip elsewhere, as tests/helpers/xvfb.py does for Xvfb.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest

from tests.helpers.xvfb import INSTALL, VirtualDisplay, require

#: Where Debian and Ubuntu put the launcher (it is not on PATH).
LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
ROOT = "/org/a11y/atspi/accessible/root"
REGISTRY = "org.a11y.atspi.Registry"
ACCESSIBLE = "org.a11y.atspi.Accessible"
CALL_TIMEOUT = 10

# AT-SPI roles (AtspiRole in at-spi2-core's atspi-constants.h).
ALERT = 2
DIALOG = 16
LABEL = 29
PASSWORD_TEXT = 40
PUSH_BUTTON = 43
# AT-SPI states (AtspiStateType): on screen now.
SHOWING = 25
# Collection match types (AtspiCollectionMatchType).
MATCH_ALL = 1
MATCH_ANY = 2

Node = tuple[str, str]  # (bus name, object path)
# gdbus prints the type of an array's first element only: "('a', objectpath '/x'), ('a', '/y')".
_NODE = re.compile(r"\('([^']*)', (?:objectpath )?'([^']*)'\)")
# A string reply, bare or in a variant: "('text',)", "(<'text'>,)".
_STRING = re.compile(r"^\(<?'(.*)'>?,\)$", re.DOTALL)
_INTEGER = re.compile(r"^\((?:uint32 |int32 )?(\d+),\)$")


def launcher() -> str:
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI tests run on Linux")
    for path in LAUNCHERS:
        if os.access(path, os.X_OK):
            return path
    pytest.fail(
        "at-spi-bus-launcher is not installed, so no test can read the app as a screen "
        f"reader does. Install it with `{INSTALL}` (as root; Debian/Ubuntu package "
        "at-spi2-core).",
        pytrace=False,
    )


def _bits(*numbers: int) -> str:
    """A GVariant `ai` bit set of AT-SPI roles or states (32 bits a word)."""
    words = [0] * max(2, max(numbers) // 32 + 1)
    for number in numbers:
        words[number // 32] |= 1 << (number % 32)
    return "[" + ", ".join(str(word) for word in words) + "]"


def _quoted(text: str) -> str:
    """`text` as a GVariant string literal (gdbus parses its arguments as GVariant text)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class AtSpiSession:
    """A private session bus with the accessibility bus on it, for apps on `display`."""

    def __init__(self, folder: Path, display: VirtualDisplay) -> None:
        self.dbus_daemon = require("dbus-daemon", "dbus-daemon")
        self.gdbus = require("gdbus", "libglib2.0-bin")
        self.launcher = launcher()
        self.folder = folder
        self.display = display
        self.session_address = ""
        self.address = ""
        self._processes: list[subprocess.Popen[bytes]] = []

    def env(self) -> dict[str, str]:
        """For an app on the display that talks to this bus, with Qt's bridge always on (no
        screen reader runs to ask for it)."""
        env = self.display.env()
        env.update(
            DBUS_SESSION_BUS_ADDRESS=self.session_address,
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        )
        return env

    def __enter__(self) -> AtSpiSession:
        self.folder.mkdir(parents=True, exist_ok=True)
        socket = self.folder / "session.sock"
        self.session_address = f"unix:path={socket}"
        bus = subprocess.Popen(
            [self.dbus_daemon, "--session", "--nofork", f"--address={self.session_address}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._processes.append(bus)
        try:
            self._wait_for(socket.exists, "the session bus")
            with (self.folder / "at-spi.log").open("wb") as log:
                self._processes.append(
                    subprocess.Popen(
                        [self.launcher, "--launch-immediately"],
                        env=self.env(),
                        stdout=log,
                        stderr=log,
                    )
                )
            self._wait_for(self._read_address, "the accessibility bus")
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        self._processes.clear()

    def _read_address(self) -> bool:
        reply = self._gdbus(
            self.session_address, ("org.a11y.Bus", "/org/a11y/bus"), "org.a11y.Bus.GetAddress"
        )
        match = _STRING.match(reply)
        if match:
            self.address = match.group(1)
        return bool(self.address)

    @staticmethod
    def _wait_for(condition: Callable[[], bool], what: str, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start")
            time.sleep(0.1)

    # --- calls --------------------------------------------------------------------------------

    def _gdbus(self, address: str, node: Node, method: str, *args: str) -> str:
        done = subprocess.run(
            [self.gdbus, "call", "--address", address, "--dest", node[0]]
            + ["--object-path", node[1], "--method", method, *args],
            capture_output=True,
            text=True,
            timeout=CALL_TIMEOUT,
            check=False,
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    def call(self, node: Node, method: str, *args: str) -> str:
        """gdbus's text of the reply ("" when the call failed: the node may be gone)."""
        return self._gdbus(self.address, node, method, *args)

    def _property(self, node: Node, name: str) -> str:
        match = _STRING.match(
            self.call(node, "org.freedesktop.DBus.Properties.Get", ACCESSIBLE, name)
        )
        return match.group(1) if match else ""

    # --- reading ------------------------------------------------------------------------------

    def name(self, node: Node) -> str:
        """The accessible name: what a screen reader says first (for a label, its text)."""
        return self._property(node, "Name")

    def description(self, node: Node) -> str:
        return self._property(node, "Description")

    def role(self, node: Node) -> int:
        match = _INTEGER.match(self.call(node, f"{ACCESSIBLE}.GetRole"))
        return int(match.group(1)) if match else -1

    def children(self, node: Node) -> list[Node]:
        return _NODE.findall(self.call(node, f"{ACCESSIBLE}.GetChildren"))

    def apps(self) -> list[Node]:
        return self.children((REGISTRY, ROOT))

    def showing(self, role: int, *, window: int | None = None) -> list[Node]:
        """Every node of `role` on screen now, in every window (of role `window`, when given)
        of every registered app."""
        rule = (
            f"({_bits(SHOWING)}, {MATCH_ALL}, @a{{ss}} {{}}, {MATCH_ALL}, "
            f"{_bits(role)}, {MATCH_ANY}, @as [], {MATCH_ALL}, false)"
        )
        found: list[Node] = []
        for app in self.apps():
            for top in self.children(app):
                if window is not None and self.role(top) != window:
                    continue
                # canonical order (0), every match (0), the whole subtree (true)
                found += _NODE.findall(
                    self.call(top, "org.a11y.atspi.Collection.GetMatches", rule, "0", "0", "true")
                )
        return found

    def find(
        self,
        role: int,
        *,
        name: str | None = None,
        description: str | None = None,
        window: int | None = None,
        seconds: float = 60.0,
    ) -> Node | None:
        """The first showing node of `role` (with that name and description, in a window of
        that role, when given), waiting up to `seconds` for it."""
        deadline = time.monotonic() + seconds
        while True:
            for node in self.showing(role, window=window):
                if name is not None and self.name(node) != name:
                    continue
                if description is not None and self.description(node) != description:
                    continue
                return node
            if time.monotonic() > deadline:
                return None
            time.sleep(0.25)

    def wait_for(
        self,
        role: int,
        *,
        name: str | None = None,
        description: str | None = None,
        window: int | None = None,
        seconds: float = 60.0,
    ) -> Node:
        """As find, but a node that does not come fails the test with what was showing."""
        node = self.find(role, name=name, description=description, window=window, seconds=seconds)
        if node is None:
            seen = [(self.name(n), self.description(n)) for n in self.showing(role)]
            pytest.fail(
                f"no showing node of role {role} named {name!r} described {description!r}; "
                f"showing were {seen}",
                pytrace=False,
            )
        return node

    # --- acting, as a screen reader's user does -------------------------------------------------

    def set_text(self, node: Node, text: str) -> None:
        """Replace an editable text's contents."""
        reply = self.call(node, "org.a11y.atspi.EditableText.SetTextContents", _quoted(text))
        assert reply == "(true,)", f"the text was not set: {reply!r}"

    def press(self, node: Node) -> None:
        """The node's first action (a button's Press)."""
        reply = self.call(node, "org.a11y.atspi.Action.DoAction", "0")
        assert reply == "(true,)", f"the action did not run: {reply!r}"
