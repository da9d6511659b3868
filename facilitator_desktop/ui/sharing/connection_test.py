"""“Test connection”: one connection to the server as typed, on a thread of its own.

Connecting can take the whole connect timeout (five seconds) when nothing answers; the
window stays usable meanwhile and the result arrives as a queued signal. What the server
or the network said is put in words a facilitator can act on.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitator_desktop.ui.signals import emit


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionTest", text)


@dataclass(frozen=True, slots=True)
class Connection:
    host: str
    port: int
    dbname: str
    role: str
    password: str


class ConnectionTest(QObject):
    # (reached, what to say)
    finished = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, connection: Connection) -> None:
        if self.running:
            return
        self._thread = threading.Thread(
            target=self._run, args=(connection,), name="sync-connection-test", daemon=True
        )
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the test ends (closing the dialog, tests)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, connection: Connection) -> None:
        from facilitator_desktop.sync.server import Server, ServerSettings, ServerUnavailable

        settings = ServerSettings(
            connection.host,
            connection.port,
            connection.dbname,
            connection.role,
            connection.password,
        )
        try:
            Server.connect(settings).close()
        except ServerUnavailable as exc:
            self._tell(False, unreachable_words(str(exc)))
            return
        except Exception as exc:  # reported in words, never a crash of the thread
            self._tell(
                False, _tr("The connection failed ({kind}).").format(kind=type(exc).__name__)
            )
            return
        self._tell(True, _tr("Connected: the server answered and accepted the role."))

    def _tell(self, reached: bool, words: str) -> None:
        # The dialog may be gone (locked, closed) by the time the server answers.
        with contextlib.suppress(RuntimeError):
            emit(self.finished, reached, words)


def unreachable_words(detail: str) -> str:
    """What the server or network said, as a facilitator can act on it."""
    lowered = detail.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return _tr("The server refused the role or the password. Check both with your agency.")
    if "does not exist" in lowered and "database" in lowered:
        return _tr("The server has no database of that name. Check the database's name.")
    if "does not exist" in lowered and "role" in lowered:
        return _tr("The server has no role of that name. Check the role.")
    if "ssl" in lowered or "certificate" in lowered:
        return _tr(
            "The server offers no verified encrypted (TLS) connection, which is required "
            "for every server but this computer. Ask your agency for its certificate set-up."
        )
    if "timeout" in lowered or "timed out" in lowered:
        return _tr("Nothing answered in time at that address. Check the address, or the network.")
    if "could not translate host name" in lowered or "name or service not known" in lowered:
        return _tr("No server of that name was found. Check the address, or the network.")
    if "refused" in lowered:
        return _tr("Nothing answers at that address and port. Check both, or the network.")
    return _tr("The server could not be reached: {detail}").format(detail=detail or "—")
